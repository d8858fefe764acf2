import { type CommandDefinition, HELP_CATEGORIES, type HelpCategory, positionalOrder } from '../interaction/command.js';
import { commandDescription, optionDescription, type OptionSpec } from '../interaction/options.js';
import type { CommandRegistry } from '../interaction/registry.js';
import type { Translator } from '../i18n/translator.js';
import type { Button, Reply } from '../interaction/reply.js';

/** A category's title in the catalogue: `help-section-profile`, … */
export const categoryTitleKey = (category: HelpCategory): string => `help-section-${category}`;

/** The first thing a new person sees (Telegram's /start, a first /help): two lines and the first steps. */
export function welcomeReply(t: Translator, buttons: readonly (readonly Button[])[]): Reply {
  return {
    visibility: 'private',
    title: t.t('help-welcome-title'),
    text: t.t('help-welcome-text'),
    buttons,
  };
}

/**
 * The help text is built from the command declarations, so it can't drift from them. It lists
 * only what `usable` allows where the person asked (`inCommunity`: inside a server or group).
 */
export function helpReply(t: Translator, registry: CommandRegistry, name: string | undefined, usable: (c: CommandDefinition) => boolean, inCommunity: boolean): Reply {
  if (name) {
    const c = registry.get(name.replace(/^\//, ''));
    if (!c || c.hidden) return { visibility: 'private', text: t.t('help-no-such-command', { command: name.replace(/^\//, '').slice(0, 32) }), tone: 'error' };
    return explain(t, c);
  }
  const visible = registry.list.filter((c) => !c.hidden && usable(c));
  // Each command says where it belongs, so one added as a file is listed under its own category.
  const fields = HELP_CATEGORIES.map((category) => ({
    name: t.t(categoryTitleKey(category)),
    value: visible
      .filter((c) => c.category === category)
      .map((c) => `/${c.name}`)
      .join(' '),
  })).filter((f) => f.value);
  return {
    visibility: 'private',
    title: t.t('help-title'),
    text: t.t(inCommunity ? 'help-intro' : 'help-intro-private'),
    fields,
  };
}

function explain(t: Translator, c: CommandDefinition): Reply {
  const options = Object.entries(c.options) as [string, OptionSpec][];
  const intro = !options.length ? '' : positionalOrder(c).length ? t.t('help-options-positional', { positional: `/${c.name} ${positionalOrder(c).join(' ')}` }) : t.t('help-options');
  return {
    visibility: 'private',
    title: `/${c.name}`,
    text: `${commandDescription(t, c)}${intro ? `\n\n${intro}` : ''}`,
    fields: options.map(([n, s]) => ({ name: s.required ? n : t.t('help-option-optional', { option: n }), value: optionDescription(t, c, n, s) })),
  };
}
