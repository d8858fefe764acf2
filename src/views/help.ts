import type { CommandDefinition } from '../interaction/command.js';
import type { OptionSpec } from '../interaction/options.js';
import type { CommandRegistry } from '../interaction/registry.js';
import type { Button, Reply } from '../interaction/reply.js';

const SECTIONS: [string, string[]][] = [
  ['Profile', ['setup', 'profile', 'set-location', 'set-activities', 'set-level', 'set-radius', 'set-availability', 'set-timezone', 'set-bio', 'set-name', 'notifications', 'pause', 'resume', 'export', 'delete-me', 'link']],
  ['Buddies', ['match', 'connect', 'buddies', 'buddy-accept', 'buddy-decline', 'msg', 'disconnect', 'block', 'unblock', 'report']],
  ['Sessions', ['session-create', 'sessions', 'session', 'join', 'requests', 'request-accept', 'request-decline', 'leave', 'my-sessions', 'calendar', 'session-edit', 'session-cancel', 'checkin', 'stats']],
  ['Moderators', ['mod-settings', 'place-add', 'place-remove', 'places', 'reports', 'report-resolve', 'session-remove', 'ban', 'unban', 'community-stats', 'audit']],
];

/** The first thing a new person sees (Telegram's /start, a first /help): two lines and the first steps. */
export function welcomeReply(buttons: readonly (readonly Button[])[]): Reply {
  return {
    visibility: 'private',
    title: 'Welcome to Spotter',
    text: 'Spotter finds people near you who train like you, and workout sessions you can join.\nStart with your profile, then meet buddies or pick a session. /help lists the commands.',
    buttons,
  };
}

/**
 * The help text is built from the command declarations, so it can't drift from them. It lists
 * only what `usable` allows where the person asked (`inCommunity`: inside a server or group).
 */
export function helpReply(registry: CommandRegistry, name: string | undefined, usable: (c: CommandDefinition) => boolean, inCommunity: boolean): Reply {
  if (name) {
    const c = registry.get(name.replace(/^\//, ''));
    if (!c || c.hidden) return { visibility: 'private', text: `There's no /${name.replace(/^\//, '').slice(0, 32)}. Try /help for the list.`, tone: 'error' };
    return explain(c);
  }
  const visible = new Set(registry.list.filter((c) => !c.hidden && usable(c)).map((c) => c.name));
  const sorted = new Set(SECTIONS.flatMap(([, names]) => names));
  // A command added as a file appears here even before anyone files it under a section.
  const more = [...visible].filter((n) => !sorted.has(n));
  const fields = [...SECTIONS, ['More', more] as [string, string[]]]
    .map(([section, names]) => ({ name: section, value: names.filter((n) => visible.has(n)).map((n) => `/${n}`).join(' ') }))
    .filter((f) => f.value);
  return {
    visibility: 'private',
    title: 'Spotter — find workout buddies nearby',
    text: `Set up your profile with /setup, then /match to meet people who train like you, or /sessions to join a workout nearby. /help <command> explains one command.${inCommunity ? '' : "\n\nA community's own commands (its meeting places, and moderation for its moderators) are listed when you ask inside it."}`,
    fields,
  };
}

function explain(c: CommandDefinition): Reply {
  const options = Object.entries(c.options) as [string, OptionSpec][];
  return {
    visibility: 'private',
    title: `/${c.name}`,
    text: `${c.description}${options.length ? `\n\nOptions (write them as name: value${c.positional ? `, or just the ${c.positional}` : ''}):` : ''}`,
    fields: options.map(([n, s]) => ({ name: `${n}${s.required ? '' : ' (optional)'}`, value: s.description })),
  };
}
