import { describe, expect, it } from 'vitest';
import { userKey } from '../../src/domain/platform.js';
import type { Reply } from '../../src/interaction/reply.js';
import { type Actor, Harness, runner } from '../support/harness.js';

/**
 * The pseudo-locale run: everything Spotter says comes from the catalogues, which the pseudo-locale
 * turns into accented English ("Ýöûŕ ƥŕöƒîĺé"). A plain English word left in any reply, notification,
 * button, select or question was written outside the catalogues and would stay English for a German
 * or Russian reader.
 */

/** The story's own values (names, places, titles, notes): the person's words are never translated. */
const VALUES = ['Ana', 'Ben', 'Cleo', 'Berlin', 'Potsdam', 'Germany', 'Tiergarten', 'Crew', 'DE', 'Morning', 'loop', 'see', 'you', 'there', 'UTC', 'CET', 'GMT', 'Spotter', 'HIIT', 'Europe', 'like', 'whenever', 'Park', 'rude', 'rain']
/** Each language is named in its own words in every language (the /language list). */
const OWN_NAMES = ['English', 'Deutsch', 'Espa'];;

/**
 * Month names come from the platform's date formatting (Intl through luxon, in the reader's
 * locale: "Nov." in German, "нояб." in Russian); the pseudo-locale has no dates of its own.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** What a reader sees, with what is never translated taken out: /commands, time tags, values. */
function leftovers(text: string, ids: readonly string[] = []): string[] {
  let stripped = text;
  for (const id of ids) stripped = stripped.split(id).join(' ');
  stripped = stripped
    .replace(/<t:-?\d+:[FRf]>/g, ' ')
    .replace(/\/[a-z][a-z_-]*/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    // Ids (a report's subject, a session's): letters and digits mixed, never words.
    .replace(/\b(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{8,}\b/g, ' ')
    // Codes to type (/link 3WWZFH, or QWRTZP when chance drew no digit): six capitals or digits.
    .replace(/\b(?=[A-Z0-9]*\d)[A-Z0-9]{4,}\b|\b[A-Z0-9]{6}\b/g, ' ');
  return (stripped.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !VALUES.includes(w) && !MONTHS.includes(w) && !OWN_NAMES.includes(w));
}

function wordsOf(reply: Reply): string[] {
  return [
    reply.title ?? '',
    reply.text,
    ...(reply.fields ?? []).flatMap((f) => [f.name, f.value]),
    ...(reply.buttons ?? []).flat().map((b) => b.label),
    reply.select?.placeholder ?? '',
    ...(reply.select?.options ?? []).flatMap((o) => [o.label, o.description ?? '']),
    reply.prompt?.label ?? '',
    reply.image?.alt ?? '',
  ];
}

async function tour(h: Harness): Promise<void> {
  const ana = await runner(h, 'Ana', { community: 'Crew', availability: 'weekdays 18-20' });
  const ben = await runner(h, 'Ben', { community: 'Crew', availability: 'weekdays 18-21' });
  const mod = h.person('Cleo', { community: 'Crew', admin: true });
  const steps: [Actor, string, string][] = [
    [ana, 'help', ''],
    [ana, 'profile', ''],
    [ana, 'set-name', 'Ana'],
    [ana, 'set-bio', 'Morning loop'],
    [ana, 'set-timezone', 'Europe/Berlin'],
    [ana, 'set-availability', 'whenever I like'],
    [ana, 'notifications', ''],
    [ana, 'match', ''],
    [ana, 'connect', '1'],
    [ben, 'buddies', ''],
    [ben, 'buddy-accept', ''],
    [ana, 'msg', 'person: 1 text: see you there'],
    [ana, 'session-create', 'activity: running when: tomorrow 7am place: Tiergarten, Berlin capacity: 1'],
    [ben, 'sessions', ''],
    [ben, 'join', '1'],
    [ana, 'requests', ''],
    [ana, 'my-sessions', ''],
    [ben, 'my-sessions', ''],
    [ana, 'stats', ''],
    [ana, 'calendar', ''],
    [mod, 'mod-settings', ''],
    [mod, 'places', ''],
    [mod, 'reports', ''],
    [mod, 'community-stats', ''],
    [ana, 'session', '1'],
    [ana, 'session-edit', '1 capacity: 3'],
    [ben, 'leave', '1'],
    [ben, 'block', '1'],
    [ben, 'unblock', '1'],
    [ben, 'report', 'person: 1 reason: rude'],
    [mod, 'reports', ''],
    [mod, 'audit', ''],
    [mod, 'place-add', 'name: Park place: Tiergarten, Berlin'],
    [mod, 'places', ''],
    [ana, 'language', ''],
    [ana, 'link', ''],
    [ana, 'session-cancel', '1 reason: rain'],
    [ana, 'checkin', '1'],
    [ana, 'calendar-feed', ''],
    [ben, 'disconnect', '1'],
    [ana, 'pause', ''],
    [ana, 'resume', ''],
    [ana, 'delete-me', ''],
    [ana, 'no-such-command', ''],
    [ana, 'set-radius', '-4'],
  ];
  for (const [who, command, text] of steps) await who.run(command, text);
  // Press what was offered to the host: the join request's answer.
  const accept = h.delivered.flatMap((d) => (d.reply.buttons ?? []).flat()).find((b) => /./.test(b.label));
  if (accept) await ana.press(accept);
}

describe('the pseudo-locale run', () => {
  it('GIVEN every message said in pseudo-English WHEN members use every area of Spotter THEN no reply, notification, button or question has an English word left', async () => {
    const h = await Harness.create({ locale: 'en-XA' });
    await tour(h);
    const everything = h.everything();
    // People's and sessions' ids are shown to moderators (reports, audit): values, not words.
    const people = await Promise.all(['ana', 'ben', 'cleo'].map((id) => h.store.people.findByIdentity(userKey('console', id))));
    const ids = [...people.flatMap((p) => (p ? [p.id] : [])), ...(await h.store.sessions.listForPerson(people[0]!.id, ['open', 'full', 'cancelled', 'completed'], new Date(0))).map((x) => x.id)];
    expect(everything.length).toBeGreaterThan(30);
    const untranslated = [...new Set(everything.flatMap(wordsOf).flatMap((text) => (leftovers(text, ids).length ? [`${leftovers(text, ids).join(' ')} ← ${text.slice(0, 120)}`] : [])))];
    expect(untranslated).toEqual([]);
  });
});
