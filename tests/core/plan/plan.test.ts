import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkoutSession } from '../../../src/domain/session.js';
import { type Actor, Harness, runner, textOf } from '../../support/harness.js';
import { ALL_STATUSES, createSession } from '../sessions/helpers.js';

const HOUR = 3_600_000;
const C = 'berlin-runners';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

/** Every private session the person is in or hosts. */
async function privateSessions(a: Actor): Promise<WorkoutSession[]> {
  return (await h.store.sessions.listForPerson(await a.id(), ALL_STATUSES, new Date(0))).filter((s) => s.visibility === 'private');
}

/** Two Berlin runners free on weekday evenings (17–21), as the harness's Saturday noon begins. */
async function pair(): Promise<[Actor, Actor]> {
  const ana = await runner(h, 'Ana', { community: C, availability: 'weekday evenings' });
  const ben = await runner(h, 'Ben', { community: C, availability: 'weekday evenings' });
  return [ana, ben];
}

describe('/plan', () => {
  it('GIVEN two runners free on weekday evenings WHEN Ana plans with Ben, offers all three times and Ben takes Tuesday THEN a private session for the two exists, in both their /my-sessions, nowhere in /sessions, and both are told', async () => {
    const [ana, ben] = await pair();
    await ana.run('plan', await ben.id());
    expect(ana.last?.outcome, ana.text()).toBe('ok');
    expect(ana.text()).toMatch(/The 3 best times this week for Running with \*\*Ben\*\*/);
    // The three evenings after Saturday noon, in Ana's zone (Berlin, UTC+1 in November).
    for (const day of ['Mon 23 Nov, 17:00–18:00', 'Tue 24 Nov, 17:00–18:00', 'Wed 25 Nov, 17:00–18:00']) expect(ana.button(day)).toBeTruthy();
    await ana.press(ana.button('Offer all 3'));
    expect(ana.text()).toMatch(/Sent 3 times to Ben\. You'll hear when they pick one/);

    const proposal = ben.lastInbox();
    expect(proposal.title).toBe('Ana wants to train with you');
    expect(proposal.buttons?.flat().map((b) => b.label)).toEqual(['Mon 23 Nov, 17:00–18:00', 'Tue 24 Nov, 17:00–18:00', 'Wed 25 Nov, 17:00–18:00', 'Propose another time']);
    // Ben's buttons are Ben's alone.
    await ana.press(ben.button('Tue 24 Nov, 17:00–18:00', [proposal]));
    expect(ana.text()).toMatch(/isn't for you/);

    await ben.press(ben.button('Tue 24 Nov, 17:00–18:00', [proposal]));
    expect(ben.last?.outcome, ben.text()).toBe('ok');
    expect(ben.text()).toMatch(/You and \*\*Ana\*\* are training together/);
    const calendar = ben.button('Add to calendar');
    const [s] = await privateSessions(ana);
    expect(s).toMatchObject({
      hostId: await ana.id(),
      participants: [await ben.id()],
      capacity: 1,
      status: 'full',
      communityId: null,
      visibility: 'private',
      startsAt: new Date('2026-11-24T16:00:00Z'),
      durationMinutes: 60,
      announcements: [],
    });
    expect(ana.lastInbox().title).toBe('Session planned');
    expect(textOf(ana.lastInbox())).toMatch(/You and \*\*Ben\*\* are training together/);
    // Like any session: a calendar file for each of the two.
    await ben.press(calendar);
    expect(ben.last?.outcome, ben.text()).toBe('ok');
    expect(ben.last?.replies.some((r) => r.file?.name.endsWith('.ics'))).toBe(true);
    await ana.press(ana.button('Add to calendar', [ana.lastInbox()]));
    expect(ana.last?.outcome, ana.text()).toBe('ok');

    for (const who of [ana, ben]) {
      await who.run('my-sessions');
      expect(who.text(), who.name).toMatch(/Running/);
      expect(who.text(), who.name).toContain(`<t:${s!.startsAt.getTime() / 1000}:`);
    }
    // Nobody else finds it, nor is anyone alerted: no announcement, not in /sessions, not by id.
    const cem = await runner(h, 'Cem', { community: C });
    await cem.run('sessions');
    expect(cem.text()).not.toMatch(/Running · /);
    await cem.run('session', s!.id);
    expect(cem.last?.outcome).toBe('user-error');
    expect(h.posts).toEqual([]);
    expect(cem.inbox()).toEqual([]);
  });

  it('GIVEN Ana has a session on Monday 18–21 WHEN she plans with Ben THEN Monday (half an hour left before it, with time to get there) ranks below whole hours on Tuesday to Thursday', async () => {
    const [ana, ben] = await pair();
    await createSession(h, ana, 'activity: running when: monday 18:00 duration: 3h place: Berlin, DE capacity: 2');
    await ana.run('plan', await ben.id());
    expect(ana.button('Tue 24 Nov, 17:00–18:00')).toBeTruthy();
    expect(ana.button('Wed 25 Nov, 17:00–18:00')).toBeTruthy();
    expect(ana.button('Thu 26 Nov, 17:00–18:00')).toBeTruthy();
    expect(() => ana.button(/^Mon/)).toThrow();
  });

  it('GIVEN Ben got three times WHEN he proposes another time in his own words and Ana accepts THEN the session is hosted by Ben, at his time', async () => {
    const [ana, ben] = await pair();
    await ana.run('plan', await ben.id());
    await ana.press(ana.button('Offer all 3'));
    await ben.press(ben.button('Propose another time', [ben.lastInbox()]));
    expect(ben.text()).toMatch(/When\?/);
    await ben.say('thursday 7am');
    expect(ben.last?.outcome, ben.text()).toBe('ok');
    expect(ben.text()).toMatch(/Sent to Ana\./);

    const counter = ana.lastInbox();
    expect(textOf(counter)).toMatch(/\*\*Ben\*\* suggests Running together at this time instead/);
    await ana.press(ana.button('Thu 26 Nov, 07:00–08:00', [counter]));
    expect(ana.last?.outcome, ana.text()).toBe('ok');
    const [s] = await privateSessions(ben);
    expect(s).toMatchObject({ hostId: await ben.id(), participants: [await ana.id()], startsAt: new Date('2026-11-26T06:00:00Z') });
    expect(ben.lastInbox().title).toBe('Session planned');
  });

  it('GIVEN no shared time WHEN Ana plans THEN she is told so and proposes a time herself, which Ben accepts', async () => {
    const ana = await runner(h, 'Ana', { availability: 'weekday mornings' });
    const ben = await runner(h, 'Ben', { availability: 'weekend evenings' });
    await ana.run('plan', await ben.id());
    expect(ana.text()).toMatch(/no free time in common in the next 7 days/);
    await ana.press(ana.button('Propose a time'));
    await ana.say('sunday 10am');
    expect(ana.text()).toMatch(/Sent to Ben\./);
    await ben.press(ben.button(/^Sun 22 Nov, 10:00/, [ben.lastInbox()]));
    expect((await privateSessions(ana)).map((s) => s.startsAt)).toEqual([new Date('2026-11-22T09:00:00Z')]);
  });

  it('GIVEN a time in the command itself WHEN Ana types "/plan <Ben> saturday 9am" THEN that time goes to Ben to accept', async () => {
    const [ana, ben] = await pair();
    await ana.run('plan', `${await ben.id()} saturday 9am`);
    expect(ana.last?.outcome, ana.text()).toBe('ok');
    expect(ben.lastInbox().buttons?.flat().map((b) => b.label)).toEqual(['Sat 28 Nov, 09:00–10:00', 'Propose another time']);
  });

  it('GIVEN Ben took a time WHEN he presses it again, or another time of the same offer THEN the first time taken stays the only session', async () => {
    const [ana, ben] = await pair();
    await ana.run('plan', await ben.id());
    await ana.press(ana.button('Offer all 3'));
    const proposal = ben.lastInbox();
    await ben.press(ben.button('Mon 23 Nov, 17:00–18:00', [proposal]));
    await ben.press(ben.button('Mon 23 Nov, 17:00–18:00', [proposal]));
    expect(ben.text()).toMatch(/already planned/);
    await ben.press(ben.button('Wed 25 Nov, 17:00–18:00', [proposal]));
    expect(ben.text()).toMatch(/already planned/);
    expect((await privateSessions(ben)).map((s) => s.startsAt)).toEqual([new Date('2026-11-23T16:00:00Z')]);
  });

  it('GIVEN an offer of three times WHEN Ben presses two of them at the same instant (two devices) THEN one session is booked, and the other press answers with it', async () => {
    const [ana, ben] = await pair();
    await ana.run('plan', await ben.id());
    await ana.press(ana.button('Offer all 3'));
    const proposal = ben.lastInbox();
    const monday = ben.button('Mon 23 Nov, 17:00–18:00', [proposal]);
    const wednesday = ben.button('Wed 25 Nov, 17:00–18:00', [proposal]);
    const outcomes = await Promise.all([ben.send({ kind: 'action', id: monday.action }), ben.send({ kind: 'action', id: wednesday.action })]);
    expect(outcomes.map((o) => o.outcome)).toEqual(['ok', 'ok']);
    expect(await privateSessions(ben)).toHaveLength(1);
  });

  it('GIVEN the time has begun WHEN Ben presses it THEN the button no longer works and nothing is made', async () => {
    const [ana, ben] = await pair();
    await ana.run('plan', await ben.id());
    await ana.press(ana.button('Mon 23 Nov, 17:00–18:00'));
    expect(ana.text()).toMatch(/Sent to Ben\./);
    h.advance(60 * HOUR);
    await ben.press(ben.button('Mon 23 Nov, 17:00–18:00', [ben.lastInbox()]));
    expect(ben.last?.outcome).toBe('user-error');
    expect(await privateSessions(ben)).toEqual([]);
  });

  it('GIVEN Ben blocked Ana WHEN Ana plans with him THEN she is refused without being told why, and Ben hears nothing', async () => {
    const [ana, ben] = await pair();
    await ben.run('block', await ana.id());
    const before = ben.inbox().length;
    await ana.run('plan', await ben.id());
    expect(ana.text()).toMatch(/You can't plan a session with this person/);
    await ana.run('plan', `${await ben.id()} saturday 9am`);
    expect(ana.text()).toMatch(/You can't plan a session with this person/);
    expect(ben.inbox()).toHaveLength(before);
  });

  it('GIVEN Ana lists matches WHEN she presses "Plan with #1 Ben" THEN /plan runs with Ben', async () => {
    const [ana] = await pair();
    await ana.run('match');
    await ana.press(ana.button(/^Plan with #1 Ben/));
    expect(ana.text()).toMatch(/best times this week for Running with \*\*Ben\*\*/);
  });
});
