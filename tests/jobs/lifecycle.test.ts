import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { JOB } from '../../jobs/index.js';
import { newId, type JoinRequestId } from '../../src/domain/ids.js';
import { DEFAULT_NOTIFICATIONS } from '../../src/domain/profile.js';
import { endsAt } from '../../src/domain/session.js';
import { FRIEDRICHSHAIN, HAMBURG } from '../support/fixtures.js';
import { JobsHarness, textOf } from './support.js';

let h: JobsHarness;
afterEach(async () => {
  await h.close();
});

const HOUR = 3_600_000;

describe('when a session starts', () => {
  it('GIVEN unanswered join requests and a waitlist WHEN the session starts THEN requests expire, the waitlist is cleared and each is told once', async () => {
    h = new JobsHarness();
    const host = await h.person();
    const [seated, waiting, asking] = [await h.person(), await h.person(), await h.person()];
    const s = await h.session(host.id, { capacity: 1, participants: [seated.id], waitlist: [waiting.id], status: 'full', startsAt: new Date(h.now.getTime() + 3 * HOUR) });
    await h.store.joinRequests.insert({ id: newId<JoinRequestId>(), sessionId: s.id, communityId: null, requesterId: asking.id, status: 'pending', message: '', createdAt: h.now, decidedAt: null });
    await h.scheduler.hooks.sessionCreated(s);
    expect((await h.jobs(JOB.requestExpiry, { sessionId: s.id }))[0]!.at).toBe(s.startsAt.toISOString());

    await h.until(s.startsAt);

    expect((await h.store.joinRequests.findLive(s.id, asking.id))).toBeNull();
    expect((await h.store.sessions.get(s.id))!.waitlist).toEqual([]);
    expect(h.inbox(asking).map((r) => r.title)).toEqual(['Join request expired']);
    expect(h.inbox(waiting).map((r) => r.title)).toEqual(['No seat this time']);
    // A repeated run (a retry) tells nobody twice.
    await h.scheduler.run(JOB.requestExpiry, { sessionId: s.id });
    await h.scheduler.sender.drain();
    expect(h.inbox(asking)).toHaveLength(1);
    expect(h.inbox(waiting)).toHaveLength(1);
  });
});

describe('after a session', () => {
  it('GIVEN a session that ended WHEN completion runs THEN it is completed and each participant is asked once whether they came', async () => {
    h = new JobsHarness();
    const host = await h.person();
    const [a, b] = [await h.person(), await h.person()];
    const s = await h.session(host.id, { participants: [a.id, b.id], startsAt: new Date(h.now.getTime() + 2 * HOUR), durationMinutes: 60 });
    await h.scheduler.hooks.sessionCreated(s);
    const due = new Date(endsAt(s).getTime() + 15 * 60_000);
    expect((await h.jobs(JOB.sessionComplete, { sessionId: s.id }))[0]!.at).toBe(due.toISOString());

    await h.until(due);

    expect((await h.store.sessions.get(s.id))!.status).toBe('completed');
    expect(h.inbox(a).filter((r) => r.title === 'Did you make it?')).toHaveLength(1);
    expect(h.inbox(b).filter((r) => r.title === 'Did you make it?')).toHaveLength(1);

    // A retry of the job (after a crash mid-way) asks nobody twice…
    await h.scheduler.run(JOB.sessionComplete, { sessionId: s.id });
    await h.scheduler.sender.drain();
    expect(h.inbox(a).filter((r) => r.title === 'Did you make it?')).toHaveLength(1);

    // …and the answers count: attended raises the streak, the one who never answers is not counted.
    await h.core.sessions.checkIn((await h.store.people.get(a.id))!, s.id, true);
    expect((await h.store.people.get(a.id))!.attendance).toMatchObject({ attended: 1, streak: 1 });
    expect((await h.store.people.get(b.id))!.attendance).toMatchObject({ attended: 0, missed: 0 });
  });

  it('GIVEN a job that woke before the end (the session was extended) THEN it waits', async () => {
    h = new JobsHarness();
    const host = await h.person();
    const s = await h.session(host.id, { startsAt: new Date(h.now.getTime() - 30 * 60_000), durationMinutes: 120 });
    const run = await h.scheduler.run(JOB.sessionComplete, { sessionId: s.id });
    expect(run.runAgainAt).toEqual(new Date(endsAt(s).getTime() + 15 * 60_000));
    expect((await h.store.sessions.get(s.id))!.status).toBe('open');
  });
});

describe('weekly sessions', () => {
  it('GIVEN a weekly session WHEN an occurrence starts THEN the next one exists a week ahead, same local time, with its own jobs', async () => {
    // Tuesday 7:00 in Berlin, the week the clocks go back: the next one is still 7:00 local.
    h = new JobsHarness({ now: new Date('2026-10-19T12:00:00Z') });
    const host = await h.person();
    const s = await h.session(host.id, { startsAt: DateTime.fromISO('2026-10-20T07:00', { zone: 'Europe/Berlin' }).toJSDate(), recurrence: 'weekly' });
    await h.scheduler.hooks.sessionCreated(s);

    await h.until(s.startsAt);

    const mine = await h.store.sessions.listForPerson(host.id, ['open', 'full'], new Date(s.startsAt.getTime() + 1));
    expect(mine).toHaveLength(1);
    const next = mine[0]!;
    expect(next.seriesId).toBe(s.id);
    expect(next.startsAt.toISOString()).toBe('2026-10-27T06:00:00.000Z');
    expect(DateTime.fromJSDate(next.startsAt).setZone('Europe/Berlin').toFormat('ccc HH:mm')).toBe('Tue 07:00');
    expect((await h.jobs(JOB.sessionReminder, { sessionId: next.id })).map((j) => j.at)).toEqual(['2026-10-26T06:00:00.000Z', '2026-10-27T05:00:00.000Z']);
    expect(await h.jobs(JOB.nextOccurrence, { sessionId: next.id })).toHaveLength(1);
    // Running it again changes nothing (the core finds the occurrence it made).
    await h.scheduler.run(JOB.nextOccurrence, { sessionId: s.id });
    expect(await h.store.sessions.listForPerson(host.id, ['open', 'full'], new Date(s.startsAt.getTime() + 1))).toHaveLength(1);
  });
});

describe('weekly digest (opt-in)', () => {
  it('GIVEN people in two zones who opted in THEN each digest is planned for Monday 08:00 in their own zone', async () => {
    h = new JobsHarness({ now: new Date('2026-11-18T12:00:00Z') });
    const berlin = await h.person({ timeZone: 'Europe/Berlin' });
    const newYork = await h.person({ timeZone: 'America/New_York' });
    const optedOut = await h.person();
    await h.core.people.setNotifications(berlin, { weeklyDigest: true });
    await h.core.people.setNotifications(newYork, { weeklyDigest: true });
    await h.core.people.setNotifications(optedOut, { quietHours: { start: 1320, end: 420 } });

    expect((await h.jobs(JOB.weeklyDigest, { personId: berlin.id }))[0]!.at).toBe('2026-11-23T07:00:00.000Z');
    expect((await h.jobs(JOB.weeklyDigest, { personId: newYork.id }))[0]!.at).toBe('2026-11-23T13:00:00.000Z');
    expect(await h.jobs(JOB.weeklyDigest, { personId: optedOut.id })).toEqual([]);

    // Opting out removes it.
    await h.core.people.setNotifications((await h.store.people.get(newYork.id))!, { weeklyDigest: false });
    expect(await h.jobs(JOB.weeklyDigest, { personId: newYork.id })).toEqual([]);
  });

  it('GIVEN sessions nearby next week WHEN the digest runs THEN it lists them and comes back next Monday', async () => {
    h = new JobsHarness({ now: new Date('2026-11-18T12:00:00Z') });
    const me = await h.person({ timeZone: 'Europe/Berlin' });
    await h.core.people.setNotifications(me, { weeklyDigest: true });
    const host = await h.person({ at: FRIEDRICHSHAIN });
    const far = await h.person({ at: HAMBURG });
    await h.session(host.id, { title: 'Tuesday tempo', startsAt: new Date('2026-11-24T17:00:00Z'), place: { point: FRIEDRICHSHAIN, label: 'Volkspark' } });
    await h.session(far.id, { title: 'Alster loop', startsAt: new Date('2026-11-25T17:00:00Z'), place: { point: HAMBURG, label: 'Alster' } });
    await h.session(host.id, { title: 'Too late', startsAt: new Date('2026-12-05T17:00:00Z'), place: { point: FRIEDRICHSHAIN, label: 'Volkspark' } });

    await h.until('2026-11-23T07:00:00Z');

    const digest = h.inbox(me).filter((r) => r.title === 'Your week of workouts');
    expect(digest).toHaveLength(1);
    expect(textOf(digest[0]!)).toMatch(/Tuesday tempo/);
    expect(textOf(digest[0]!)).not.toMatch(/Alster|Too late/);
    expect(digest[0]!.zone).toBe('Europe/Berlin');
    expect((await h.jobs(JOB.weeklyDigest, { personId: me.id }))[0]!.at).toBe('2026-11-30T07:00:00.000Z');
  });

  it('GIVEN quiet hours covering the digest time THEN it waits for their end', async () => {
    h = new JobsHarness({ now: new Date('2026-11-18T12:00:00Z') });
    const me = await h.person({ timeZone: 'Europe/Berlin', notifications: { ...DEFAULT_NOTIFICATIONS, weeklyDigest: true, quietHours: { start: 1380, end: 600 } } });
    await h.scheduler.hooks.profileChanged(me.id);
    const host = await h.person({ at: FRIEDRICHSHAIN });
    await h.session(host.id, { startsAt: new Date('2026-11-24T17:00:00Z'), place: { point: FRIEDRICHSHAIN, label: 'Volkspark' } });

    await h.until('2026-11-23T07:00:00Z');
    expect(h.inbox(me).filter((r) => r.title === 'Your week of workouts')).toEqual([]);
    await h.until('2026-11-23T09:00:00Z');
    expect(h.inbox(me).filter((r) => r.title === 'Your week of workouts')).toHaveLength(1);
  });
});
