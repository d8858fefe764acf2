import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { communityKey } from '../../../src/domain/platform.js';
import { type Actor, Harness, runner } from '../../support/harness.js';

const C = 'berlin-runners';
const LONG = 'x'.repeat(5000);
const QUERY = '{"$gt": ""}';
const QUERY_OBJECT = { $gt: '' };

let h: Harness;
let ana: Actor;
let ben: Actor;
let mia: Actor;
let benId: string;

beforeEach(async () => {
  h = await Harness.create();
  ana = await runner(h, 'Ana', { community: C });
  ben = await runner(h, 'Ben', { community: C });
  mia = h.person('Mia', { community: C, admin: true });
  benId = await ben.id();
  await ana.run('connect', benId);
  await ben.press(ben.button('Accept', [ben.lastInbox()]));
  await mia.run('places');
});
afterEach(() => h.assertNoCoordinatesLeaked());

/** Everything a bad input could have written. */
async function snapshot(): Promise<string> {
  const c = (await h.store.communities.getByKey(communityKey('console', C)))!;
  const [anaP, benP] = [await ana.profile(), await ben.profile()];
  return JSON.stringify({
    connections: await h.store.connections.listForPerson(anaP.id),
    messages: [await h.store.messages.countFromSince(anaP.id, new Date(0)), await h.store.messages.countFromSince(benP.id, new Date(0))],
    reports: await h.store.reports.listOpen(c.id, 100),
    audit: await h.store.audit.list(c.id, 100),
    settings: c.settings,
    bans: c.bans,
    blocked: [anaP.blocked, benP.blocked],
  });
}

type Case = readonly [who: 'ana' | 'mia', command: string, input: string | Record<string, unknown>, expected: RegExp];

const cases = (): Case[] => [
  ['ana', 'connect', QUERY, /I don't know anyone called/],
  ['ana', 'connect', { person: QUERY_OBJECT }, /^The person's name must be text$/],
  ['ana', 'connect', LONG, /^The person's name is too long: keep it under 40 characters\.$/],
  ['ana', 'connect', '🔥', /I don't know anyone called/],
  ['ana', 'connect', { person: '\u0007\u0008' }, /^The person's name can't be empty$/],
  ['ana', 'connect', { person: benId, message: LONG }, /^The note is too long: keep it under 200 characters\.$/],
  ['ana', 'msg', { person: benId, text: LONG }, /^The message is too long: keep it under 1000 characters\.$/],
  ['ana', 'msg', { person: benId, text: QUERY_OBJECT }, /^The message must be text$/],
  ['ana', 'msg', { person: '🔥', text: 'hi' }, /I don't know anyone called/],
  ['ana', 'msg', { person: QUERY, text: 'hi' }, /I don't know anyone called/],
  ['ana', 'block', QUERY, /I don't know anyone called/],
  ['ana', 'block', LONG, /^The person's name is too long/],
  ['ana', 'unblock', '🔥', /I don't know anyone called/],
  ['ana', 'disconnect', { person: QUERY_OBJECT }, /^The person's name must be text$/],
  ['ana', 'buddy-accept', '99', /Your last buddy list has no number 99\. Run \/buddies to see your buddies' numbers\./],
  ['ana', 'report', { person: benId, reason: LONG }, /^The reason is too long: keep it under 500 characters\.$/],
  ['ana', 'report', { message: QUERY_OBJECT, reason: 'x' }, /^The message must be text$/],
  ['ana', 'report', 'message: 🔥 reason: spam', /I can't find that message/],
  ['ana', 'report', { session: QUERY, reason: 'spam' }, /I can't find that session/],
  ['mia', 'mod-settings', 'radius: 🔥', /^The radius must be a whole number from 1 to 200$/],
  ['mia', 'mod-settings', { radius: QUERY_OBJECT }, /^The radius must be a whole number from 1 to 200$/],
  ['mia', 'mod-settings', 'radius: 5000', /^The radius can be at most 200 km$/],
  ['mia', 'mod-settings', `announce-channel: ${QUERY}`, /^The announce channel must be an id/],
  ['mia', 'mod-settings', { 'moderator-role': LONG }, /^The moderator role is too long/],
  ['mia', 'audit', '🔥', /^The count must be a whole number from 1 to 50$/],
  ['mia', 'audit', '9'.repeat(5000), /^The count must be a whole number from 1 to 50$/],
  ['mia', 'place-add', { name: LONG, location: 'Berlin, DE' }, /^The name is too long: keep it under 60 characters\.$/],
  ['mia', 'place-add', { name: 'Gate', location: QUERY_OBJECT }, /^The place must be text$/],
  ['mia', 'place-add', { name: 'Gate', location: LONG }, /^The place is too long/],
  ['mia', 'place-add', { name: QUERY_OBJECT, location: 'Berlin, DE' }, /^The name must be text$/],
  ['mia', 'place-remove', '🔥', /There's no place called "🔥"/],
  ['mia', 'ban', { person: '🔥', reason: 'spam' }, /I don't know anyone called/],
  ['mia', 'ban', { person: benId, reason: LONG }, /^The reason is too long: keep it under 300 characters\.$/],
  ['mia', 'unban', QUERY, /I don't know anyone called/],
  ['mia', 'report-resolve', 'report: 🔥 note: done', /I can't find that report/],
  ['mia', 'report-resolve', { report: QUERY_OBJECT, note: 'done' }, /^The report must be text$/],
  ['mia', 'session-remove', `session: ${QUERY} reason: spam`, /I can't find that session/],
  ['mia', 'session-remove', { session: 'AAAAAAAAAAAA', reason: LONG }, /^The reason is too long: keep it under 300 characters\.$/],
];

describe('bad input', () => {
  it('GIVEN every option of the buddy and moderation commands WHEN fed empty, 5,000 characters, a query object or an emoji THEN each answer names the problem and nothing is stored', async () => {
    const before = await snapshot();
    const actors = { ana, mia };
    for (const [who, command, input, expected] of cases()) {
      const actor = actors[who];
      const label = `${command} ${typeof input === 'string' ? input.slice(0, 30) : JSON.stringify(input).slice(0, 60)}`;
      const out = typeof input === 'string' ? await actor.run(command, input) : await actor.runWith(command, input);
      expect(out.outcome, label).toBe('user-error');
      expect(out.replies.at(-1)!.text, label).toMatch(expected);
      expect(await snapshot(), label).toBe(before);
    }
  });

  it('GIVEN a question for a missing option WHEN the answer is blank THEN it is asked again with the reason, and cancel stores nothing', async () => {
    const before = await snapshot();
    await ana.run('report', `person: ${benId}`);
    expect(ana.last!.replies[0]!.text).toMatch(/What happened/);
    await ana.say('   ');
    expect(ana.last!.replies[0]!.text).toMatch(/^The reason can't be empty/);
    await ana.run('msg', `person: ${benId}`);
    await ana.say('\u0007');
    expect(ana.last!.replies[0]!.text).toMatch(/^The message can't be empty/);
    await ana.say('cancel');
    expect(ana.text()).toMatch(/Cancelled \/msg/);
    expect(await snapshot()).toBe(before);
  });
});
