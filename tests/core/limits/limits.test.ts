import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LimitSettings } from '../../../src/core/limits.js';
import type { PersonId } from '../../../src/domain/ids.js';
import { markKeys } from '../../../src/domain/marks.js';
import { communityKey } from '../../../src/domain/platform.js';
import { makeProfile } from '../../support/fixtures.js';
import { type Actor, Harness, runner } from '../../support/harness.js';
import { hostedBy } from '../sessions/helpers.js';

/**
 * Limits on abuse, driven through the commands: N allowed, N+1 refused with what was limited and
 * when to try again, nothing stored by the refused one, and the limit released once its window
 * has passed. rate-limiter-flexible reads Date.now(), so Date is faked and follows the harness clock.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const C = 'berlin-runners';

let h: Harness;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  h.assertNoCoordinatesLeaked();
  vi.useRealTimers();
});

/** The text of the actor's last reply, without the empty title line. */
const said = (a: Actor) => a.text().trim();

const start = async (limits: Partial<LimitSettings>) => {
  h = await Harness.create({ limits });
};

/** Someone to connect with, report or message, put straight into the store. */
async function stranger(name: string): Promise<PersonId> {
  const p = makeProfile({ displayName: name });
  await h.store.people.insert(p);
  return p.id;
}

async function befriend(a: Actor, b: Actor): Promise<void> {
  await a.run('connect', await b.id());
  await b.press(b.button('Accept', [b.lastInbox()]));
  expect(b.last?.outcome, b.text()).toBe('ok');
}

describe('creating sessions', () => {
  it('GIVEN 3 sessions a day WHEN Ana creates a 4th THEN it is refused in words, nothing is stored or announced, and a day later she can create again', async () => {
    await start({ 'session-create': { points: 3, windowMs: DAY } });
    const ana = await runner(h, 'Ana', { community: C });
    for (let i = 1; i <= 3; i++) {
      await ana.run('session-create', `activity: running when: tomorrow ${6 + i}am place: Berlin, DE`);
      expect(ana.last?.outcome, ana.text()).toBe('ok');
      h.advance(10 * MINUTE);
    }
    expect(h.posts).toHaveLength(3);

    await ana.run('session-create', 'activity: running when: tomorrow 11am place: Berlin, DE');
    expect(ana.last?.outcome).toBe('user-error');
    expect(said(ana)).toBe("You can create up to 3 sessions a day, and you've reached that. You can create the next one in about 24 hours.");
    expect(await hostedBy(h, ana)).toHaveLength(3);
    expect(h.posts).toHaveLength(3);

    h.advance(DAY - 30 * MINUTE + 1000);
    await ana.run('session-create', 'activity: running when: tomorrow 11am place: Berlin, DE');
    expect(ana.last?.outcome, ana.text()).toBe('ok');
    expect(await hostedBy(h, ana)).toHaveLength(4);
  });

  it('GIVEN 1 session a day WHEN the input is bad THEN the refusal for it spends nothing', async () => {
    await start({ 'session-create': { points: 1, windowMs: DAY } });
    const ana = await runner(h, 'Ana');
    await ana.run('session-create', 'activity: running when: yesterday 7am place: Berlin, DE');
    expect(ana.last?.outcome).toBe('user-error');
    expect(said(ana)).not.toMatch(/reached/);
    await ana.run('session-create', 'activity: running when: tomorrow 7am place: Berlin, DE');
    expect(ana.last?.outcome, ana.text()).toBe('ok');
  });
});

describe('buddy requests', () => {
  it('GIVEN 2 requests a day WHEN Ana asks a 3rd person THEN she is refused, nothing is stored or sent, a pending duplicate spent nothing, and a day later it works', async () => {
    await start({ connect: { points: 2, windowMs: DAY } });
    const ana = await runner(h, 'Ana');
    const [ben, cleo, dan] = [await stranger('Ben'), await stranger('Cleo'), await stranger('Dan')];
    await ana.run('connect', ben);
    expect(ana.last?.outcome, ana.text()).toBe('ok');
    // Refused for another reason (still pending): not counted.
    await ana.run('connect', ben);
    expect(said(ana)).toMatch(/still pending/);
    h.advance(2 * HOUR);
    await ana.run('connect', cleo);
    expect(ana.last?.outcome, ana.text()).toBe('ok');

    const deliveredBefore = h.delivered.length;
    await ana.run('connect', dan);
    expect(ana.last?.outcome).toBe('user-error');
    expect(said(ana)).toBe("You can send up to 2 buddy requests a day, and you've reached that. You can send the next one in about 22 hours.");
    expect(await h.store.connections.findPair(await ana.id(), dan)).toBeNull();
    expect(h.delivered).toHaveLength(deliveredBefore);

    h.advance(22 * HOUR);
    await ana.run('connect', dan);
    expect(ana.last?.outcome, ana.text()).toBe('ok');
    expect((await h.store.connections.findPair(await ana.id(), dan))?.status).toBe('requested');
  });
});

describe('reports', () => {
  it('GIVEN 2 reports a day WHEN Ana files a 3rd THEN it is refused with a pointer to /block, not stored, and a day later she can report again', async () => {
    await start({ report: { points: 2, windowMs: DAY } });
    const ana = await runner(h, 'Ana', { community: C });
    const people = [await stranger('Ben'), await stranger('Cleo'), await stranger('Dan')];
    for (const id of people.slice(0, 2)) {
      await ana.run('report', `person: ${id} reason: spamming the group`);
      expect(ana.last?.outcome, ana.text()).toBe('ok');
    }
    await ana.run('report', `person: ${people[2]} reason: spamming the group`);
    expect(ana.last?.outcome).toBe('user-error');
    expect(said(ana)).toBe(
      "You can file up to 2 reports a day, and you've reached that. You can file the next one in about 24 hours. If someone is bothering you right now, /block them: that works at once.",
    );
    const community = (await h.store.communities.getByKey(communityKey('console', C)))!;
    expect(await h.store.reports.listOpen(community.id, 100)).toHaveLength(2);

    h.advance(DAY);
    await ana.run('report', `person: ${people[2]} reason: spamming the group`);
    expect(ana.last?.outcome, ana.text()).toBe('ok');
    expect(await h.store.reports.listOpen(community.id, 100)).toHaveLength(3);
  });
});

describe('link codes', () => {
  const guess = (who: Actor, code: string) => who.run('link', code);

  it('GIVEN 5 wrong codes lock /link for 15 minutes WHEN Mallory guesses THEN she is warned, then locked even for the right code, and 15 minutes later codes are read again', async () => {
    await start({});
    const ana = await runner(h, 'Ana');
    await ana.run('link');
    const code = /\/link ([A-Z0-9]{6})/.exec(ana.text())![1]!;
    const mallory = await runner(h, 'Mallory');

    const answers: string[] = [];
    for (const wrong of ['AAAAAA', 'BBBBBB', 'CCCCCC', 'DDDDDD']) {
      await guess(mallory, wrong);
      answers.push(said(mallory));
    }
    expect(answers[0]).toBe('That code is unknown or expired. Run /link on your other account for a new one.');
    expect(answers[2]).toMatch(/2 more wrong codes and \/link locks for 15 minutes\.$/);
    expect(answers[3]).toMatch(/1 more wrong code and \/link locks for 15 minutes\.$/);

    await guess(mallory, 'EEEEEE');
    expect(said(mallory)).toBe('Too many wrong link codes (5 within an hour), so /link is locked for you. You can try again in 15 minutes.');
    // Locked: even the right code is not looked at, so nothing is used up or linked.
    h.advance(3 * MINUTE);
    await guess(mallory, code);
    expect(said(mallory)).toBe('Too many wrong link codes (5 within an hour), so /link is locked for you. You can try again in 12 minutes.');
    expect(await h.store.marks.get(markKeys.linkCode(code), h.now)).not.toBeNull();
    expect((await mallory.profile()).displayName).toBe('Mallory');

    h.advance(12 * MINUTE + 1000);
    await guess(mallory, 'FFFFFF');
    expect(said(mallory)).toBe('That code is unknown or expired. Run /link on your other account for a new one.');
  });

  it('GIVEN 4 wrong codes WHEN a right one is typed THEN the count starts again', async () => {
    await start({});
    const ana = await runner(h, 'Ana');
    await ana.run('link');
    const code = /\/link ([A-Z0-9]{6})/.exec(ana.text())![1]!;
    const cleo = await runner(h, 'Cleo');
    for (const wrong of ['AAAAAA', 'BBBBBB', 'CCCCCC', 'DDDDDD']) await guess(cleo, wrong);
    // The right code (refused afterwards only because both accounts are on the same platform here).
    await guess(cleo, code);
    expect(said(cleo)).toMatch(/already has a console account linked/);
    for (const wrong of ['AAAAAA', 'BBBBBB', 'CCCCCC', 'DDDDDD']) await guess(cleo, wrong);
    expect(said(cleo)).toMatch(/^That code is unknown or expired\. .*1 more wrong code/);
  });
});

describe('browsing', () => {
  it('GIVEN 3 searches an hour WHEN Ana runs /match, /sessions and a page, then a 4th THEN it is refused and an hour later she can browse again', async () => {
    await start({ browse: { points: 3, windowMs: HOUR } });
    const ana = await runner(h, 'Ana');
    for (let i = 0; i < 6; i++) await runner(h, `Runner ${i}`);
    await ana.run('match');
    expect(ana.last?.outcome, ana.text()).toBe('ok');
    await ana.press(ana.button('Next ▶'));
    expect(said(ana)).toMatch(/page 2 of 2/);
    await ana.run('sessions');
    expect(ana.last?.outcome, ana.text()).toBe('ok');

    h.advance(48 * MINUTE);
    await ana.run('sessions');
    expect(ana.last?.outcome).toBe('user-error');
    expect(said(ana)).toBe(
      "You can search up to 3 times an hour with /match and /sessions (pages included), and you've reached that. You can search again in 12 minutes.",
    );
    await ana.run('match');
    expect(ana.last?.outcome).toBe('user-error');
    expect(ana.last?.replies.flatMap((r) => r.buttons ?? [])).toEqual([]);

    h.advance(12 * MINUTE + 1000);
    await ana.run('match');
    expect(ana.last?.outcome, ana.text()).toBe('ok');
  });
});

describe('relayed messages', () => {
  it('GIVEN 3 messages an hour WHEN Ana sends a 4th THEN it is refused and not stored or delivered, and an hour later she can write again', async () => {
    await start({ message: { points: 3, windowMs: HOUR } });
    const ana = await runner(h, 'Ana');
    const ben = await runner(h, 'Ben');
    await befriend(ana, ben);
    const benId = await ben.id();
    for (let i = 1; i <= 3; i++) {
      await ana.run('msg', `person: ${benId} text: message ${i}`);
      expect(ana.last?.outcome, ana.text()).toBe('ok');
      h.advance(MINUTE);
    }
    await ana.run('msg', `person: ${benId} text: message 4`);
    expect(ana.last?.outcome).toBe('user-error');
    expect(said(ana)).toBe("You can send up to 3 messages an hour, and you've reached that. You can send the next one in 57 minutes.");
    expect(ben.inbox().filter((r) => r.title === 'Message from Ana')).toHaveLength(3);
    expect(await h.store.messages.countFromSince(await ana.id(), new Date(0))).toBe(3);

    h.advance(HOUR);
    await ana.run('msg', `person: ${benId} text: message 5`);
    expect(ana.last?.outcome, ana.text()).toBe('ok');
    expect(await h.store.messages.countFromSince(await ana.id(), new Date(0))).toBe(4);
  });

  it("GIVEN Ana has spent her messages WHEN Ben writes to her THEN his own allowance is untouched", async () => {
    await start({ message: { points: 1, windowMs: HOUR } });
    const ana = await runner(h, 'Ana');
    const ben = await runner(h, 'Ben');
    await befriend(ana, ben);
    await ana.run('msg', `person: ${await ben.id()} text: hi`);
    await ana.run('msg', `person: ${await ben.id()} text: hi again`);
    expect(ana.last?.outcome).toBe('user-error');
    await ben.run('msg', `person: ${await ana.id()} text: hello`);
    expect(ben.last?.outcome, ben.text()).toBe('ok');
  });
});
