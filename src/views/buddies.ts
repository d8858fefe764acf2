import { activityLabel } from '../domain/activities.js';
import type { Profile } from '../domain/profile.js';
import type { RelayedMessage } from '../domain/social.js';
import type { BuddyList } from '../core/buddies.js';
import type { Button, Field, Reply } from '../interaction/reply.js';
import { distinctNames } from './names.js';

/** At most this many buttons fit on one message (Discord: 5 rows of 5). */
const MAX_BUTTONS = 25;

/** Someone as others see them: name, area name, activities, level — never where exactly. */
export function personLine(p: Profile, name = p.displayName): string {
  const bits = [p.area, p.activities.map(activityLabel).join(', '), p.level].filter((b): b is string => Boolean(b));
  return bits.length ? `**${name}** · ${bits.join(' · ')}` : `**${name}**`;
}

export const rows = (buttons: readonly Button[]): Button[][] => {
  const out: Button[][] = [];
  const capped = buttons.slice(0, MAX_BUTTONS);
  for (let i = 0; i < capped.length; i += 5) out.push(capped.slice(i, i + 5));
  return out;
};

/** The order in which people are numbered in /buddies, so "2" means the same in typed commands. */
export const buddyListOrder = (list: BuddyList): Profile[] => [...list.incoming, ...list.buddies, ...list.outgoing, ...list.blocked];

export function buddyListReply(list: BuddyList, buttons: readonly Button[]): Reply {
  const order = buddyListOrder(list);
  if (order.length === 0)
    return { visibility: 'private', text: 'No buddies yet. Find people who train like you with /match, then /connect.' };
  const number = new Map(order.map((p, i) => [p.id, i + 1] as const));
  const names = distinctNames(order);
  const lines = (people: readonly Profile[], suffix = '') => people.map((p) => `${number.get(p.id)}. ${personLine(p, names.get(p.id))}${suffix}`).join('\n');
  const fields: Field[] = [];
  if (list.incoming.length) fields.push({ name: 'Want to connect with you', value: lines(list.incoming) });
  if (list.buddies.length) fields.push({ name: 'Buddies', value: lines(list.buddies) });
  if (list.outgoing.length) fields.push({ name: 'Waiting for an answer', value: lines(list.outgoing) });
  if (list.blocked.length) fields.push({ name: 'Blocked', value: list.blocked.map((p) => `${number.get(p.id)}. **${names.get(p.id) ?? p.displayName}**`).join('\n') });
  return {
    visibility: 'private',
    title: 'Your buddies',
    text: 'Use the numbers in commands: /msg person: 2 text: …, /disconnect 2, /block 2, /unblock 2.',
    fields,
    buttons: rows(buttons),
  };
}
