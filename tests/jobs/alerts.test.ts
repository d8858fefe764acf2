import { afterEach, describe, expect, it } from 'vitest';
import { JOB } from '../../jobs/index.js';
import type { ActivityId } from '../../src/domain/activities.js';
import type { CommunityId } from '../../src/domain/ids.js';
import { communityKey } from '../../src/domain/platform.js';
import { DEFAULT_NOTIFICATIONS, type Profile } from '../../src/domain/profile.js';
import type { Reply } from '../../src/interaction/reply.js';
import { localClock } from '../../src/scheduler/time.js';
import { FRIEDRICHSHAIN, HAMBURG, POTSDAM } from '../support/fixtures.js';
import { JobsHarness, textOf } from './support.js';
import { Dispatcher } from '../../src/interaction/dispatcher.js';
import { silentLogger } from '../../src/logger.js';
import { testRegistry } from '../support/harness.js';

let h: JobsHarness;
afterEach(async () => {
  await h.close();
});

const MINUTE = 60_000;
const matchAlerts = (inbox: Reply[]) => inbox.filter((r) => r.title === 'New workout buddy match');
const sessionAlerts = (inbox: Reply[]) => inbox.filter((r) => r.title === 'A session near you');

/** Someone finishes or edits their profile; the alerts run after the debounce. */
async function changed(p: Profile): Promise<void> {
  await h.scheduler.hooks.profileChanged(p.id);
}

describe('new-match alerts for a changed profile', () => {
  it('GIVEN a Russian speaker nearby WHEN an English speaker completes a matching profile THEN the alert and its button are in Russian', async () => {
    h = new JobsHarness();
    const boris = await h.person({ displayName: 'Boris', language: 'ru' });
    const ben = await h.person({ displayName: 'Ben', level: null });
    await h.core.people.setLevel(ben, 'intermediate');
    await h.until(h.now.getTime() + 2 * MINUTE);

    const alerts = h.inbox(boris).filter((r) => r.title === 'Новое совпадение: партнёр для тренировок');
    expect(alerts).toHaveLength(1);
    expect(textOf(alerts[0]!)).toMatch(/\*\*Ben\*\* · Berlin, DE · Бег · средний уровень/);
    expect(textOf(alerts[0]!)).toMatch(/у обоих: бег · оба: средний уровень · меньше 1 км от вас/);
    expect(alerts[0]!.buttons?.[0]?.[0]?.label).toBe('Отправить запрос на партнёрство');
  });

  it('GIVEN someone nearby with alerts on WHEN a matching profile is completed THEN they are told once, after the edits settle', async () => {
    h = new JobsHarness();
    const ana = await h.person({ displayName: 'Ana' });
    const ben = await h.person({ displayName: 'Ben', level: null });
    // The setup wizard: several edits in a row make one alert run.
    await h.core.people.setLevel(ben, 'intermediate');
    h.advance(20_000);
    await h.core.people.setBio((await h.store.people.get(ben.id))!, 'Easy runs, Sunday long run');
    expect(await h.jobs(JOB.profileAlerts, { personId: ben.id })).toEqual([{ data: { personId: ben.id }, at: new Date(h.now.getTime() + MINUTE).toISOString() }]);

    await h.until(h.now.getTime() + MINUTE);

    const alerts = matchAlerts(h.inbox(ana));
    expect(alerts).toHaveLength(1);
    expect(textOf(alerts[0]!)).toMatch(/\*\*Ben\*\*/);
    expect(textOf(alerts[0]!)).toMatch(/both run/);
    expect(alerts[0]!.buttons?.[0]?.[0]?.label).toBe('Send buddy request');
    expect(matchAlerts(h.inbox(ben))).toEqual([]);

    // Never the same match twice: Ben edits again, Ana hears nothing new.
    await changed(ben);
    await h.until(h.now.getTime() + 2 * MINUTE);
    expect(matchAlerts(h.inbox(ana))).toHaveLength(1);
  });

  it("GIVEN two people nearby WHEN a matching profile is completed THEN their alerts share one Connect button, and each press is the presser's own request", async () => {
    h = new JobsHarness();
    const ana = await h.person({ displayName: 'Ana' });
    const cleo = await h.person({ displayName: 'Cleo' });
    const ben = await h.person({ displayName: 'Ben', level: null });
    await h.core.people.setLevel(ben, 'intermediate');
    await h.until(h.now.getTime() + 2 * MINUTE);

    // THEN one stored action serves the whole run: a fan-out to thousands keeps one, not thousands
    const [toAna] = matchAlerts(h.inbox(ana));
    const [toCleo] = matchAlerts(h.inbox(cleo));
    const connect = toAna!.buttons![0]![0]!.action;
    expect(toCleo!.buttons![0]![0]!.action).toBe(connect);

    // WHEN each of them presses it
    const dispatcher = new Dispatcher(await testRegistry(), h.core, silentLogger());
    const press = (p: Profile) => dispatcher.handle({ platform: 'console', user: { key: p.identities[0]!, displayName: p.displayName }, locale: null, community: null }, { kind: 'action', id: connect });
    await press(ana);
    await press(cleo);

    // THEN each sent Ben their own buddy request
    expect(await h.store.connections.findPair(ana.id, ben.id)).toMatchObject({ requesterId: ana.id, addresseeId: ben.id, status: 'requested' });
    expect(await h.store.connections.findPair(cleo.id, ben.id)).toMatchObject({ requesterId: cleo.id, addresseeId: ben.id, status: 'requested' });

    // AND Ben pressing it is checked as Ben: nobody sends a request to themselves
    const own = await press(ben);
    expect(own.replies.map((r) => r.text).join('\n')).toMatch(/That's you!/);
    expect(await h.store.connections.listForPerson(ben.id)).toHaveLength(2);
  });

  it('GIVEN someone 3.4 km away WHEN alerted about a newcomer THEN the stored alert carries the distance as shown (~3 km), never the exact one', async () => {
    h = new JobsHarness();
    const fit = await h.person({ displayName: 'Fit', at: FRIEDRICHSHAIN });
    const ben = await h.person({ displayName: 'Ben', level: null });
    await h.core.people.setLevel(ben, 'intermediate');
    await h.until(h.now.getTime() + 2 * MINUTE);

    expect(textOf(matchAlerts(h.inbox(fit))[0]!)).toMatch(/~3 km away/);
    const row = await h.store.outbox.getByKey(`match:${fit.id}:person:${ben.id}`);
    if (row?.notification.kind !== 'match-alert') throw new Error('no match alert stored');
    expect(row.notification.reasons.find((r) => r.kind === 'distance')).toEqual({ kind: 'distance', km: 3 });
  });

  it('GIVEN people it does not suit THEN none of them is told', async () => {
    h = new JobsHarness();
    const ben = await h.person({ displayName: 'Ben' });
    const far = await h.person({ at: HAMBURG, radiusKm: 500 });
    const outOfReach = await h.person({ at: POTSDAM, radiusKm: 5 });
    const off = await h.person({ notifications: { ...DEFAULT_NOTIFICATIONS, matchAlerts: false } });
    const blocker = await h.person({ blocked: [ben.id] });
    const cyclist = await h.person({ activities: ['cycling' as ActivityId] });
    const weakFit = await h.person({ activities: ['running', 'yoga', 'cycling'] as ActivityId[] });
    const paused = await h.person({ status: 'paused' });
    const community = await h.store.communities.ensure(communityKey('console', 'club'), 'Club', h.now);
    await h.store.communities.ban(community.id, { personId: ben.id, by: blocker.id, reason: 'spam', at: h.now, identities: [], laterIds: [] });
    const clubMember = await h.person({ communities: [community.id as CommunityId] });
    const blockedByBen = await h.person();
    await h.store.people.addToSet(ben.id, 'blocked', blockedByBen.id);
    const fan = await h.person();

    await changed(ben);
    await h.until(h.now.getTime() + MINUTE);

    for (const p of [far, outOfReach, off, blocker, cyclist, weakFit, paused, clubMember, blockedByBen]) expect(matchAlerts(h.inbox(p)), p.displayName).toEqual([]);
    expect(matchAlerts(h.inbox(fan))).toHaveLength(1);
  });

  it("GIVEN someone in their quiet hours THEN the alert waits for the end of them, in their zone", async () => {
    // 23:30 in Berlin.
    h = new JobsHarness({ now: new Date('2026-11-21T22:30:00Z') });
    const sleeper = await h.person({ notifications: { ...DEFAULT_NOTIFICATIONS, quietHours: { start: 22 * 60, end: 7 * 60 } } });
    const ben = await h.person();
    await changed(ben);
    await h.until(h.now.getTime() + MINUTE);

    expect(matchAlerts(h.inbox(sleeper))).toEqual([]);
    const [queued] = await h.outbox((i) => i.personId === sleeper.id);
    expect(queued!.dueAt.toISOString()).toBe('2026-11-22T06:00:00.000Z');
    await h.until('2026-11-22T05:59:00Z');
    expect(matchAlerts(h.inbox(sleeper))).toEqual([]);
    await h.until('2026-11-22T06:00:00Z');
    expect(matchAlerts(h.inbox(sleeper))).toHaveLength(1);
  });

  it('GIVEN more new matches in a day than the cap THEN the cap go out at once and the rest come in one evening digest', async () => {
    h = new JobsHarness({ settings: { matchAlertsPerDay: 3 } });
    const ana = await h.person({ displayName: 'Ana' });
    const names = ['Ben', 'Cleo', 'Dan', 'Eve', 'Finn'];
    for (const displayName of names) {
      const p = await h.person({ displayName });
      await changed(p);
      h.advance(5 * MINUTE);
      await h.tick();
    }
    expect(matchAlerts(h.inbox(ana)).map((r) => /\*\*(\w+)\*\*/.exec(r.text)?.[1])).toEqual(['Ben', 'Cleo', 'Dan']);
    // 19:00 in Berlin, the same day.
    expect((await h.jobs(JOB.matchDigest, { personId: ana.id })).map((j) => j.at)).toEqual(['2026-11-21T18:00:00.000Z']);

    await h.until('2026-11-21T18:00:00Z');
    const digests = h.inbox(ana).filter((r) => r.title === "Today's new matches");
    expect(digests).toHaveLength(1);
    expect(textOf(digests[0]!)).toMatch(/Eve/);
    expect(textOf(digests[0]!)).toMatch(/Finn/);
    expect(textOf(digests[0]!)).not.toMatch(/Ben|Cleo|Dan/);

    // A new day, a new allowance.
    await h.until('2026-11-22T10:00:00Z');
    const gus = await h.person({ displayName: 'Gus' });
    await changed(gus);
    await h.until(h.now.getTime() + MINUTE);
    expect(matchAlerts(h.inbox(ana))).toHaveLength(4);
  });
});

describe('new-match alerts for a new session', () => {
  it('GIVEN a session created nearby THEN the people it suits are told once, the others not', async () => {
    h = new JobsHarness();
    const host = await h.person({ displayName: 'Hana' });
    const runner = await h.person();
    const cyclist = await h.person({ activities: ['cycling' as ActivityId] });
    const advanced = await h.person({ level: 'advanced' });
    const blockedByHost = await h.person();
    await h.store.people.addToSet(host.id, 'blocked', blockedByHost.id);
    const s = await h.session(host.id, { levels: { min: 'beginner', max: 'intermediate' }, startsAt: new Date(h.now.getTime() + 48 * 3_600_000), recurrence: 'weekly' });

    await h.scheduler.hooks.sessionCreated(s);
    await h.tick();

    expect(sessionAlerts(h.inbox(runner))).toHaveLength(1);
    expect(textOf(sessionAlerts(h.inbox(runner))[0]!)).toMatch(/Hosted by \*\*Hana\*\*/);
    for (const p of [cyclist, advanced, blockedByHost, host]) expect(sessionAlerts(h.inbox(p))).toEqual([]);

    // The series' next occurrence is not news: no second alert.
    await h.until(s.startsAt);
    const next = (await h.store.sessions.listForPerson(host.id, ['open'], new Date(s.startsAt.getTime() + 1)))[0]!;
    await h.scheduler.hooks.sessionCreated(next);
    await h.tick();
    expect(sessionAlerts(h.inbox(runner))).toHaveLength(1);
  });

  it('GIVEN an alert job retried after a crash THEN nobody gets it twice', async () => {
    h = new JobsHarness();
    const host = await h.person();
    const runner = await h.person();
    const s = await h.session(host.id, { startsAt: new Date(h.now.getTime() + 48 * 3_600_000) });
    await h.scheduler.run(JOB.sessionAlerts, { sessionId: s.id });
    await h.scheduler.run(JOB.sessionAlerts, { sessionId: s.id });
    await h.scheduler.sender.drain();
    expect(sessionAlerts(h.inbox(runner))).toHaveLength(1);
  });
});

describe('alerts reach those it suits best, not merely the nearest', () => {
  const evenings = [1, 2, 3, 4, 5].map((day) => ({ day: day as 1 | 2 | 3 | 4 | 5, start: 18 * 60, end: 20 * 60 }));

  it('GIVEN more people in reach than the alert pool WHEN a profile is completed THEN the best fit further away is told', async () => {
    h = new JobsHarness({ settings: { alertPool: 3 } });
    const ben = await h.person({ displayName: 'Ben', availability: evenings });
    // Three at Ben's very spot who share little with him; one 3 km away who shares everything.
    const nearby = await Promise.all([1, 2, 3].map(() => h.person({ activities: ['running', 'climbing', 'swimming'] as ActivityId[], level: 'advanced' })));
    const bestFit = await h.person({ displayName: 'Fit', at: FRIEDRICHSHAIN, availability: evenings });
    await changed(ben);
    await h.until(h.now.getTime() + MINUTE);
    expect(matchAlerts(h.inbox(bestFit))).toHaveLength(1);
    for (const p of nearby) expect(matchAlerts(h.inbox(p))).toEqual([]);
  });

  it('GIVEN more people in reach than the alert pool WHEN a session is created THEN one free at its time is told before nearer ones who are not', async () => {
    h = new JobsHarness({ settings: { alertPool: 2 } });
    const host = await h.person({ displayName: 'Hana' });
    const start = new Date(h.now.getTime() + 48 * 3_600_000);
    const s = await h.session(host.id, { startsAt: start });
    const { weekday, minute } = localClock('Europe/Berlin', start);
    const free = [{ day: weekday as 1, start: Math.floor(minute / 30) * 30, end: Math.floor(minute / 30) * 30 + 60 }];
    const busy = await Promise.all([1, 2, 3].map(() => h.person({ availability: evenings.map((e) => ({ ...e, day: ((weekday % 7) + 1) as 1 })) })));
    const freeThen = await h.person({ at: FRIEDRICHSHAIN, availability: free });
    await h.scheduler.hooks.sessionCreated(s);
    await h.tick();
    expect(sessionAlerts(h.inbox(freeThen))).toHaveLength(1);
    expect(busy.filter((p) => sessionAlerts(h.inbox(p)).length > 0)).toHaveLength(1);
  });
});
