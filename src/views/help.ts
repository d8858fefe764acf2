import { type CommandDefinition, positionalOrder } from '../interaction/command.js';
import { commandDescription, optionDescription, type OptionSpec } from '../interaction/options.js';
import type { CommandRegistry } from '../interaction/registry.js';
import type { Translator } from '../i18n/translator.js';
import type { Button, Reply } from '../interaction/reply.js';

const SECTIONS: [string, string[]][] = [
  ['help-section-profile', ['setup', 'profile', 'set-location', 'set-activities', 'set-level', 'set-radius', 'set-availability', 'set-timezone', 'set-bio', 'set-name', 'notifications', 'language', 'pause', 'resume', 'export', 'delete-me', 'link']],
  ['help-section-buddies', ['match', 'connect', 'plan', 'buddies', 'buddy-accept', 'buddy-decline', 'msg', 'disconnect', 'block', 'unblock', 'report']],
  ['help-section-sessions', ['session-create', 'places', 'sessions', 'session', 'join', 'requests', 'request-accept', 'request-decline', 'leave', 'session-chat', 'my-sessions', 'calendar', 'session-edit', 'session-cancel', 'checkin', 'stats']],
  ['help-section-moderators', ['mod-settings', 'place-add', 'place-remove', 'reports', 'report-resolve', 'session-remove', 'ban', 'unban', 'community-stats', 'audit']],
];

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
  const visible = new Set(registry.list.filter((c) => !c.hidden && usable(c)).map((c) => c.name));
  const sorted = new Set(SECTIONS.flatMap(([, names]) => names));
  // A command added as a file appears here even before anyone files it under a section.
  const more = [...visible].filter((n) => !sorted.has(n));
  const fields = [...SECTIONS, ['help-section-more', more] as [string, string[]]]
    .map(([section, names]) => ({ name: t.t(section), value: names.filter((n) => visible.has(n)).map((n) => `/${n}`).join(' ') }))
    .filter((f) => f.value);
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
