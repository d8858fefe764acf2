import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { JOB } from '../../jobs/index.js';
import type { SessionId } from '../../src/domain/ids.js';
import { DEFAULT_NOTIFICATIONS } from '../../src/domain/profile.js';
import type { Reply } from '../../src/interaction/reply.js';
import { JobsHarness, textOf } from './support.js';

/** A local wall-clock time in a zone, as the UTC instant the store keeps. */
const local = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toJSDate();
const wall = (iso: string | null, zone: string) => (iso ? DateTime.fromISO(iso).setZone(zone).toFormat('ccc dd HH:mm') : null);

const reminders = (inbox: Reply[]) => inbox.filter((r) => r.title?.startsWith('Reminder'));

let h: JobsHarness;
afterEach(async () => {
  await h.close();
});

describe('session reminders: the right instants', () => {
  it.each([
    {
      story: 'Berlin, the Sunday the clocks go back (October): 24 h before is 23 wall-clock hours earlier',
      zone: 'Europe/Berlin',
      start: '2026-10-25T10:00',
      day: '2026-10-24T09:00:00.000Z',
      hour: '2026-10-25T08:00:00.000Z',
      dayWall: 'Sat 24 11:00',
    },
    {
      story: 'Berlin, the Sunday the clocks go forward (March): 24 h before is 25 wall-clock hours earlier',
      zone: 'Europe/Berlin',
      start: '2026-03-29T10:00',
      day: '2026-03-28T08:00:00.000Z',
      hour: '2026-03-29T07:00:00.000Z',
      dayWall: 'Sat 28 09:00',
    },
    {
      story: 'New York, the Sunday its summer time ends',
      zone: 'America/New_York',
      start: '2026-11-01T09:00',
      day: '2026-10-31T14:00:00.000Z',
      hour: '2026-11-01T13:00:00.000Z',
      dayWall: 'Sat 31 10:00',
    },
    {
      story: 'Sydney, the Sunday its summer time begins (southern hemisphere, October)',
      zone: 'Australia/Sydney',
      start: '2026-10-04T08:00',
      day: '2026-10-02T21:00:00.000Z',
      hour: '2026-10-03T20:00:00.000Z',
      dayWall: 'Sat 03 07:00',
    },
    {
      story: 'Tokyo, no summer time at all, just before midnight UTC',
      zone: 'Asia/Tokyo',
      start: '2026-10-25T07:00',
      day: '2026-10-23T22:00:00.000Z',
      hour: '2026-10-24T21:00:00.000Z',
      dayWall: 'Sat 24 07:00',
    },
  ])('$story', async ({ zone, start, day, hour, dayWall }) => {
    // GIVEN a host in that zone and a session at a local time there, created a month ahead
    h = new JobsHarness({ now: new Date('2026-02-01T12:00:00Z') });
    const host = await h.person({ timeZone: zone });
    const guest = await h.person({ timeZone: 'Europe/London' });
    const s = await h.session(host.id, { startsAt: local(start, zone), timeZone: zone, participants: [guest.id] });

    // WHEN the session is created
    await h.scheduler.hooks.sessionCreated(s);

    // THEN there is one reminder per default lead time, exactly 24 h and 1 h before, as UTC instants
    const reminders = await h.jobs(JOB.sessionReminder, { sessionId: s.id });
    expect(reminders).toEqual([
      { data: { sessionId: s.id, lead: 1440 }, at: day },
      { data: { sessionId: s.id, lead: 60 }, at: hour },
    ]);
    expect(wall(reminders[0]!.at, zone)).toBe(dayWall);

    // AND nothing goes out a second early; at the instant, host and participant each get theirs
    await h.until(new Date(new Date(day).getTime() - 1000));
    expect(h.inbox(host)).toEqual([]);
    await h.until(day);
    expect(h.inbox(host).map((r) => r.title)).toEqual([`Reminder: ${s.title}`]);
    expect(textOf(h.inbox(guest)[0]!)).toMatch(/you are going to/);
    expect(h.inbox(guest)[0]!.zone).toBe('Europe/London');
    await h.until(hour);
    expect(h.inbox(host)).toHaveLength(2);
    expect(h.inbox(guest)).toHaveLength(2);
  });
});

describe('session reminders: who gets which', () => {
  it('GIVEN own lead times (30 min; none) WHEN the reminders fire THEN each person gets exactly theirs', async () => {
    h = new JobsHarness();
    const host = await h.person();
    const early = await h.person({ notifications: { ...DEFAULT_NOTIFICATIONS, reminderLeadMinutes: [30] } });
    const none = await h.person({ notifications: { ...DEFAULT_NOTIFICATIONS, reminderLeadMinutes: [] } });
    const s = await h.session(host.id, { startsAt: new Date(h.now.getTime() + 48 * 3_600_000), participants: [early.id, none.id] });
    await h.scheduler.hooks.sessionCreated(s);
    expect((await h.jobs(JOB.sessionReminder, { sessionId: s.id })).map((j) => j.data.lead)).toEqual([1440, 60, 30]);

    await h.until(s.startsAt.getTime() - 10 * 60_000);

    expect(h.inbox(host)).toHaveLength(2);
    expect(h.inbox(early)).toHaveLength(1);
    expect(textOf(h.inbox(early)[0]!)).toMatch(/30 minutes reminder/);
    expect(h.inbox(none)).toEqual([]);
  });

  it('GIVEN a reminder job run twice (a retry, a restart) THEN each person still gets it once', async () => {
    h = new JobsHarness();
    const host = await h.person();
    const guest = await h.person();
    const s = await h.session(host.id, { startsAt: new Date(h.now.getTime() + 30 * 60_000), participants: [guest.id] });
    h.advance(0);
    for (let i = 0; i < 3; i++) await h.scheduler.run(JOB.sessionReminder, { sessionId: s.id, lead: 60 });
    await h.scheduler.sender.drain();
    expect(h.inbox(host)).toHaveLength(1);
    expect(h.inbox(guest)).toHaveLength(1);
    expect((await h.outbox()).map((i) => i.dedupeKey).sort()).toEqual(
      [host.id, guest.id].map((p) => `reminder:${s.id}:${p}:60:${s.startsAt.getTime()}`).sort(),
    );
  });

  it('GIVEN a participant who left THEN the reminder skips them, and their own lead time goes with them', async () => {
    h = new JobsHarness();
    const host = await h.person();
    const stays = await h.person();
    const leaves = await h.person({ notifications: { ...DEFAULT_NOTIFICATIONS, reminderLeadMinutes: [120] } });
    const s = await h.session(host.id, { startsAt: new Date(h.now.getTime() + 48 * 3_600_000), participants: [stays.id, leaves.id] });
    await h.scheduler.hooks.sessionCreated(s);
    expect((await h.jobs(JOB.sessionReminder, { sessionId: s.id })).map((j) => j.data.lead)).toEqual([1440, 120, 60]);

    await h.store.sessions.leave(s.id, leaves.id);
    await h.scheduler.hooks.participantLeft(s.id, leaves.id);

    expect((await h.jobs(JOB.sessionReminder, { sessionId: s.id })).map((j) => j.data.lead)).toEqual([1440, 60]);
    await h.until(s.startsAt.getTime() - 30 * 60_000);
    expect(reminders(h.inbox(stays))).toHaveLength(2);
    // (They may hear of the session as a match now that they are out of it, but not be reminded.)
    expect(reminders(h.inbox(leaves))).toEqual([]);
  });

  it('GIVEN someone seated late with their own lead time THEN a reminder at that time is added', async () => {
    h = new JobsHarness();
    const host = await h.person();
    const late = await h.person({ notifications: { ...DEFAULT_NOTIFICATIONS, reminderLeadMinutes: [15] } });
    const s = await h.session(host.id, { startsAt: new Date(h.now.getTime() + 5 * 3_600_000) });
    await h.scheduler.hooks.sessionCreated(s);
    // The 24 h reminder's time had passed when the session was created: not created late.
    expect((await h.jobs(JOB.sessionReminder, { sessionId: s.id })).map((j) => j.data.lead)).toEqual([60]);

    await h.store.sessions.seatOrWaitlist(s.id, late.id);
    await h.scheduler.hooks.participantJoined(s.id, late.id);

    expect((await h.jobs(JOB.sessionReminder, { sessionId: s.id })).map((j) => j.data.lead)).toEqual([60, 15]);
    await h.until(s.startsAt.getTime() - 10 * 60_000);
    expect(h.inbox(late)).toHaveLength(1);
    expect(h.inbox(host)).toHaveLength(1);
  });

  it('GIVEN a person changes their lead times THEN the reminders of their sessions follow', async () => {
    h = new JobsHarness();
    const host = await h.person();
    const s = await h.session(host.id, { startsAt: new Date(h.now.getTime() + 48 * 3_600_000) });
    await h.scheduler.hooks.sessionCreated(s);
    await h.core.people.setNotifications(host, { reminderLeadMinutes: [180] });
    expect((await h.jobs(JOB.sessionReminder, { sessionId: s.id })).map((j) => j.data.lead)).toEqual([180]);
  });
});

describe('session reminders: edits and cancellation', () => {
  it('GIVEN an edit moving the session THEN its reminders, expiry and completion move with it, and a moved session is reminded again', async () => {
    h = new JobsHarness({ now: new Date('2026-10-20T08:00:00Z') });
    const host = await h.person();
    const s = await h.session(host.id, { startsAt: new Date('2026-10-22T18:00:00Z'), durationMinutes: 90 });
    await h.scheduler.hooks.sessionCreated(s);
    // The 24 h reminder goes out for the original time.
    await h.until('2026-10-21T18:00:00Z');
    expect(h.inbox(host)).toHaveLength(1);

    // WHEN the host moves it two days later
    const moved = (await h.store.sessions.update(s.id, { startsAt: new Date('2026-10-24T18:00:00Z') }, h.now))!;
    await h.scheduler.hooks.sessionRescheduled(moved);

    // THEN every job follows the new start
    expect((await h.jobs(JOB.sessionReminder, { sessionId: s.id })).map((j) => j.at)).toEqual(['2026-10-23T18:00:00.000Z', '2026-10-24T17:00:00.000Z']);
    expect((await h.jobs(JOB.requestExpiry, { sessionId: s.id }))[0]!.at).toBe('2026-10-24T18:00:00.000Z');
    expect((await h.jobs(JOB.sessionComplete, { sessionId: s.id }))[0]!.at).toBe('2026-10-24T19:45:00.000Z');
    // AND nothing fires at the old times
    await h.until('2026-10-22T17:00:00Z');
    expect(h.inbox(host)).toHaveLength(1);
    // AND the new times bring new reminders (a new start is a new reminder)
    await h.until('2026-10-23T18:00:00Z');
    expect(h.inbox(host)).toHaveLength(2);
  });

  it('GIVEN a reminder that wakes before its time (the session moved later without a hook) THEN it waits for the new time', async () => {
    h = new JobsHarness();
    const host = await h.person();
    const s = await h.session(host.id, { startsAt: new Date(h.now.getTime() + 2 * 3_600_000) });
    await h.store.sessions.update(s.id, { startsAt: new Date(h.now.getTime() + 5 * 3_600_000) }, h.now);
    const run = await h.scheduler.run(JOB.sessionReminder, { sessionId: s.id, lead: 60 });
    expect(run.runAgainAt).toEqual(new Date(h.now.getTime() + 4 * 3_600_000));
    expect(await h.outbox()).toEqual([]);
  });

  it('GIVEN a cancelled session THEN all its jobs are removed and no reminder goes out', async () => {
    h = new JobsHarness();
    const host = await h.person();
    const guest = await h.person();
    const s = await h.session(host.id, { startsAt: new Date(h.now.getTime() + 48 * 3_600_000), participants: [guest.id], recurrence: 'weekly' });
    await h.scheduler.hooks.sessionCreated(s);
    expect((await h.jobs(JOB.sessionReminder, { sessionId: s.id })).length).toBe(2);
    expect((await h.jobs(JOB.nextOccurrence, { sessionId: s.id })).length).toBe(1);

    await h.store.sessions.transition(s.id, ['open', 'full'], 'cancelled', h.now);
    await h.scheduler.hooks.sessionCancelled(s.id as SessionId);

    const { jobs } = await h.scheduler.agenda.queryJobs({ data: { sessionId: s.id } });
    expect(jobs).toEqual([]);
    await h.until(s.startsAt);
    expect(h.inbox(host)).toEqual([]);
    expect(h.inbox(guest)).toEqual([]);
  });

  it('GIVEN a reminder that was due during a long outage THEN it is skipped once it is too late to help', async () => {
    h = new JobsHarness();
    const host = await h.person();
    const s = await h.session(host.id, { startsAt: new Date(h.now.getTime() + 30 * 3_600_000) });
    await h.scheduler.hooks.sessionCreated(s);
    // The process was down from before the 24 h reminder until 3 h before the start.
    h.at(s.startsAt.getTime() - 3 * 3_600_000);
    await h.tick();
    expect(h.inbox(host)).toEqual([]);
    await h.until(s.startsAt.getTime() - 3_600_000);
    expect(h.inbox(host)).toHaveLength(1);
  });
});
