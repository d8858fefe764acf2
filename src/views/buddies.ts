import type { Profile } from '../domain/profile.js';
import type { BuddyList } from '../core/buddies.js';
import type { BuddyStreak } from '../core/buddy-streaks.js';
import type { PersonId } from '../domain/ids.js';
import type { Translator } from '../i18n/translator.js';
import type { Button, Field, Reply } from '../interaction/reply.js';
import { distinctNames } from '../domain/names.js';
import { personLine } from './words.js';

export { personLine } from './words.js';

/** At most this many buttons fit on one message (Discord: 5 rows of 5). */
const MAX_BUTTONS = 25;

export const rows = (buttons: readonly Button[]): Button[][] => {
  const out: Button[][] = [];
  const capped = buttons.slice(0, MAX_BUTTONS);
  for (let i = 0; i < capped.length; i += 5) out.push(capped.slice(i, i + 5));
  return out;
};

/** The order in which people are numbered in /buddies, so "2" means the same in typed commands. */
export const buddyListOrder = (list: BuddyList): Profile[] => [...list.incoming, ...list.buddies, ...list.outgoing, ...list.blocked];

/** A buddy's streak as /buddies shows it after their line; nothing before they first trained together. */
export const streakWords = (t: Translator, s: BuddyStreak | undefined): string =>
  s && s.weeks > 0 ? t.t('meeting-streak', { current: s.current, best: s.best }) : '';

export function buddyListReply(t: Translator, list: BuddyList, buttons: readonly Button[], streaks: ReadonlyMap<PersonId, BuddyStreak> = new Map()): Reply {
  const order = buddyListOrder(list);
  if (order.length === 0) return { visibility: 'private', text: t.t('buddy-list-empty') };
  const number = new Map(order.map((p, i) => [p.id, i + 1] as const));
  const names = distinctNames(order);
  const lines = (people: readonly Profile[]) => people.map((p) => `${number.get(p.id)}. ${personLine(t, p, names.get(p.id))}`).join('\n');
  const fields: Field[] = [];
  if (list.incoming.length) fields.push({ name: t.t('buddy-list-incoming'), value: lines(list.incoming) });
  if (list.buddies.length) {
    const withStreaks = list.buddies.map((p) => {
      const streak = streakWords(t, streaks.get(p.id));
      return `${number.get(p.id)}. ${personLine(t, p, names.get(p.id))}${streak ? `\n    ${streak}` : ''}`;
    });
    fields.push({ name: t.t('buddy-list-buddies'), value: withStreaks.join('\n') });
  }
  if (list.outgoing.length) fields.push({ name: t.t('buddy-list-outgoing'), value: lines(list.outgoing) });
  if (list.blocked.length)
    fields.push({ name: t.t('buddy-list-blocked'), value: list.blocked.map((p) => `${number.get(p.id)}. **${names.get(p.id) ?? p.displayName}**`).join('\n') });
  return {
    visibility: 'private',
    title: t.t('buddy-list-title'),
    // The example is a number this very list shows: the first buddy's (1 with one buddy).
    text: t.t('people-buddy-list-help', { example: String(number.get((list.buddies[0] ?? order[0]!).id)) }),
    fields,
    buttons: rows(buttons),
  };
}
