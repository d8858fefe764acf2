import { z } from 'zod';
import { optionalString } from '../../src/config.js';
import { definePlatform } from '../../src/interaction/platform-plugin.js';

export interface ConsoleSettings {
  /** The first person: `USER` when it is a usable name, else "Alex". */
  readonly person: string;
  /** The terminal's language from `LANG` ("de_DE.UTF-8" → de_DE), when it names one. */
  readonly locale: string | null;
}

/** A login name the terminal can use as a person ("alex", "ana.m"): one word with a letter. */
const personFrom = (user: string | undefined): string =>
  user && /^[\p{L}\p{N}._-]{1,32}$/u.test(user) && /\p{L}/u.test(user) ? user : 'Alex';

/** Set by the operating system: never an error, only a name and a language for the terminal. */
const configSchema = z
  .object({ USER: optionalString, LANG: optionalString })
  .transform((e): ConsoleSettings => ({
    person: personFrom(e.USER),
    locale: e.LANG && e.LANG !== 'C' && e.LANG !== 'POSIX' ? e.LANG.split('.')[0]! : null,
  }));

/**
 * The terminal's offline chat as a plug-in: always configured, started by `main` only when no
 * other platform is and there is a terminal. Nothing to hold back sending to.
 */
export const consolePlugin = definePlatform<ConsoleSettings>({
  name: 'console',
  configSchema,
  offline: true,
  async create(settings, deps) {
    const { createConsoleBot } = await import('./index.js');
    return createConsoleBot(deps, undefined, { person: settings.person, locale: settings.locale, ...(deps.durability ? { durability: deps.durability } : {}) });
  },
});
