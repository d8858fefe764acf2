import type { Core } from '../core/core.js';
import type { Asker } from '../core/people-lookup.js';
import type { Handle } from '../domain/handles.js';
import type { PersonId } from '../domain/ids.js';
import { distinctNames } from '../domain/names.js';
import { decodeUserKey } from '../domain/platform.js';
import type { Profile } from '../domain/profile.js';
import { ellipsize } from '../domain/text.js';
import { LIST_COMMAND, type ListKind } from '../domain/refs.js';
import type { Translator } from '../i18n/translator.js';
import type { RawValues } from './arguments.js';
import type { CommandDefinition } from './command.js';
import type { OptionSpec } from './options.js';
import { errorReply, type Reply } from './reply.js';

/** What the options naming list items and people came to: their ids, or an answer instead of running. */
export type RefsResult = { readonly ok: true; readonly values: RawValues } | { readonly ok: false; readonly reply: Reply };

/** What to say for a number no list of that kind showed, naming the command that shows them. */
const UNSHOWN_KEY: ReadonlyMap<ListKind, string> = new Map<ListKind, string>([
  ['matches', 'refs-unshown-matches'],
  ['buddies', 'refs-unshown-buddies'],
  ['sessions', 'refs-unshown-sessions'],
  ['my-sessions', 'refs-unshown-my-sessions'],
  ['requests', 'refs-unshown-requests'],
  ['places', 'refs-unshown-places'],
  ['reports', 'refs-unshown-reports'],
]);

const unshown = (t: Translator, number: number, list: ListKind): Reply =>
  errorReply(t.t(UNSHOWN_KEY.get(list)!, { number: String(number), command: `/${LIST_COMMAND.get(list)!}` }));

/**
 * Before a command runs, each option that names an item of a list or a person is turned into
 * its id, by the core: "2" is the item of the last list of the option's kinds, a person's name is
 * looked up among the people the asker has dealt with. Several people with that name: a select
 * to pick one, which runs the command again with the same values and the chosen person.
 */
export async function resolveRefs(core: Core, asker: Asker, command: CommandDefinition, values: RawValues, t: Translator): Promise<RefsResult> {
  const out: RawValues = { ...values };
  for (const [name, spec] of Object.entries(command.options) as [string, OptionSpec][]) {
    const given = Object.hasOwn(values, name) ? values[name] : undefined;
    if (typeof given !== 'string') continue;
    if (spec.kind === 'person' || spec.kind === 'member') {
      const found = await core.lookup.find(asker, given, spec.lists ?? []);
      switch (found.kind) {
        case 'found':
          out[name] = found.person.id;
          continue;
        case 'unshown':
          return { ok: false, reply: unshown(t, found.number, found.list) };
        case 'not-found':
          return { ok: false, reply: errorReply(t.t('people-not-found', { text: given.slice(0, 40) })) };
        case 'several':
          return { ok: false, reply: await pickOne(core, asker, command, name, out, found.people, found.handles, given, t) };
      }
    }
    if (!spec.lists || spec.lists.length === 0) continue;
    const ref = await core.refs.item(asker.me, asker.community, given, spec.lists);
    if (ref.kind === 'unshown') return { ok: false, reply: unshown(t, ref.number, ref.list) };
    if (ref.kind === 'item') out[name] = ref.id;
  }
  return { ok: true, values: out };
}

/**
 * A select of the people who fit, told apart by town where names are the same. Someone found by
 * their handle shows it, "Anna (@anna_k on Telegram)": the asker typed a handle, and a display
 * name alone would not say which of the people fit it. Nobody's handle is shown anywhere else:
 * the asker did not type it.
 */
async function pickOne(
  core: Core,
  asker: Asker,
  command: CommandDefinition,
  option: string,
  values: RawValues,
  people: readonly Profile[],
  handles: ReadonlyMap<PersonId, Handle>,
  typed: string,
  t: Translator,
): Promise<Reply> {
  const shown = people.slice(0, 25);
  const names = distinctNames(shown);
  const label = (p: Profile): string => {
    const name = names.get(p.id) ?? p.displayName;
    const fit = handles.get(p.id);
    return fit ? t.t('people-several-handle', { name, handle: fit.handle, platform: decodeUserKey(fit.identity).platform }) : name;
  };
  // The other values as they were given, so the chosen person runs the very same command.
  const keep = Object.fromEntries(Object.entries(values).filter(([k, v]) => k !== option && v !== undefined));
  const action = await core.actions.create(asker.me.id, command.name, { ...keep, __option: option });
  return {
    visibility: 'private',
    text: t.t('people-several', { text: typed.slice(0, 40), count: people.length }),
    select: {
      placeholder: t.t('people-several-placeholder'),
      action,
      options: shown.map((p) => ({ value: p.id, label: ellipsize(label(p), 100) })),
    },
  };
}
