import type { SessionId } from '../../../src/domain/ids.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Actor, Harness, runner, textOf } from '../../support/harness.js';
import { createSession, notification, session } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

const HOUR = 3_600_000;

/** A session tomorrow 7:00 with `people` seated; returns its id. */
async function sessionWith(host: Actor, people: Actor[], line = 'activity: running when: tomorrow 7am place: Berlin, DE capacity: 4'): Promise<SessionId> {
  const s = await createSession(h, host, line);
  for (const p of people) {
    await p.run('join', s.id);
    await host.press(host.button('Accept', [notification(host, new RegExp(`\\*\\*${p.name}\\*\\* .*wants to join`))]));
  }
  return s.id;
}

const stat = (actor: Actor, name: string) => actor.last!.replies[0]!.fields!.find((f) => f.name === name)!.value;

describe('after a session: check-in, streaks and stats', () => {
  it('GIVEN a session that ended WHEN the scheduler completes it and asks for check-ins THEN participants press "I was there" and their streak and stats move', async () => {
    const host = await runner(h, 'Hana', { community: 'c' });
    const ben = await runner(h, 'Ben', { community: 'c' });
    const cy = await runner(h, 'Cy', { community: 'c' });
    const late = await runner(h, 'Late', { community: 'c' });
    const id = await sessionWith(host, [ben, cy]);
    await late.run('join', id);
    h.advance(20 * HOUR);
    const done = await h.core.sessions.completeSession(id);
    expect(done?.status).toBe('completed');
    expect(await h.store.joinRequests.listForSession(id, ['pending'])).toHaveLength(0);
    expect(textOf(h.posts[0]!.edits.at(-1)!)).toMatch(/This session has ended/);
    expect(await h.core.sessions.sendCheckIns(id)).toBe(2);
    const prompt = notification(ben, /Did you make it/);
    expect(textOf(prompt)).toMatch(/\*\*Running session\*\* on <t:\d+:F> ended <t:\d+:R>/);
    await ben.press(ben.button('I was there', [prompt]));
    expect(ben.text()).toMatch(/Checked in for \*\*Running session\*\* \(<t:\d+:F>\). Streak: 1 \(best 1\)/);
    await cy.press(cy.button('I missed it', [notification(cy, /Did you make it/)]));
    expect((await ben.profile()).attendance).toEqual({ attended: 1, missed: 0, streak: 1, bestStreak: 1 });
    expect((await cy.profile()).attendance).toEqual({ attended: 0, missed: 1, streak: 0, bestStreak: 0 });
    expect((await session(h, id)).checkIns.map((c) => c.attended).sort()).toEqual([false, true]);
    // Only those not yet answered are asked again.
    expect(await h.core.sessions.sendCheckIns(id)).toBe(0);

    await ben.run('stats');
    expect(stat(ben, 'Streak')).toBe('1 (best 1)');
    expect(stat(ben, 'Show-up rate')).toBe('100% (1 of 1)');
    expect(stat(ben, 'Joined')).toBe('1');
    await host.run('stats');
    expect(stat(host, 'Hosted')).toBe('1');
    expect(stat(host, 'Show-up rate')).toBe('no check-ins yet');
  });

  it('GIVEN an answered check-in WHEN the same person answers again THEN it counts once', async () => {
    const host = await runner(h, 'Hana');
    const ben = await runner(h, 'Ben');
    const id = await sessionWith(host, [ben]);
    h.advance(20 * HOUR);
    await h.core.sessions.sendCheckIns(id);
    const prompt = notification(ben, /Did you make it/);
    await ben.press(ben.button('I was there', [prompt]));
    const again = await ben.press(ben.button('I missed it', [prompt]));
    expect(again.outcome).toBe('user-error');
    expect(ben.text()).toMatch(/already checked in/);
    expect((await ben.profile()).attendance).toMatchObject({ attended: 1, missed: 0, streak: 1 });
  });

  it('GIVEN three sessions attended then one missed WHEN I look at my stats THEN the streak was 3, is 0 now, and the rate is 75%', async () => {
    const host = await runner(h, 'Hana');
    const ben = await runner(h, 'Ben');
    for (const attended of [true, true, true, false]) {
      const id = await sessionWith(host, [ben]);
      h.advance(24 * HOUR);
      await ben.run('checkin', `${id} attended: ${attended ? 'yes' : 'no'}`);
      expect(ben.last!.outcome, ben.text()).toBe('ok');
    }
    await ben.run('stats');
    expect(stat(ben, 'Streak')).toBe('0 (best 3)');
    expect(stat(ben, 'Show-up rate')).toBe('75% (3 of 4)');
    expect(stat(ben, 'Joined')).toBe('4');
  });

  it("GIVEN someone who wasn't seated WHEN they check in THEN they are refused and nothing counts; the host checks in like a participant", async () => {
    const host = await runner(h, 'Hana');
    const ben = await runner(h, 'Ben');
    const stranger = await runner(h, 'Stranger');
    const id = await sessionWith(host, [ben]);
    h.advance(20 * HOUR);
    await h.core.sessions.sendCheckIns(id);
    await stranger.run('checkin', `${id} attended: yes`);
    expect(stranger.text()).toMatch(/Only people who had a seat/);
    await stranger.press(ben.button('I was there', [notification(ben, /Did you make it/)]));
    expect(stranger.text()).toMatch(/isn't for you/);
    await host.run('checkin', `${id} attended: yes`);
    expect(host.text()).toMatch(/Checked in for \*\*Running session\*\*.*Streak: 1/);
    expect((await host.profile()).attendance.attended).toBe(1);
    expect((await stranger.profile()).attendance.attended).toBe(0);
    expect((await ben.profile()).attendance.attended).toBe(0);
  });

  it('GIVEN a session more than an hour away WHEN a participant checks in, or says they missed it before the start THEN they are told when they can', async () => {
    const host = await runner(h, 'Hana');
    const ben = await runner(h, 'Ben');
    const id = await sessionWith(host, [ben]);
    await ben.run('checkin', `${id} attended: yes`);
    expect(ben.text()).toMatch(/You can say you're here from 60 minutes before \*\*Running session\*\* starts: <t:\d+:R>/);
    await ben.run('checkin', `${id} attended: no`);
    expect(ben.text()).toMatch(/you can say you missed it once it has started/);
    expect((await session(h, id)).checkIns).toEqual([]);
  });

  it('GIVEN a session still running WHEN the scheduler tries to complete it THEN it stays as it is', async () => {
    const host = await runner(h, 'Hana');
    const s = await createSession(h, host);
    h.advance(18 * HOUR + 30 * 60_000); // 6:30 UTC: started at 6:00, runs to 7:00
    expect(await h.core.sessions.completeSession(s.id)).toBeNull();
    expect((await session(h, s.id)).status).toBe('open');
  });
});
