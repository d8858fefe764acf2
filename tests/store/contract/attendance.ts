import { beforeEach, describe, expect, it } from 'vitest';
import { type CommunityId, newId, type PersonId } from '../../../src/domain/ids.js';
import { cameTo } from '../../../src/domain/session.js';
import { type Store } from '../../../src/store/port.js';
import { BERLIN, FRIEDRICHSHAIN, T0, hoursFrom, makeProfile, makeSession } from '../../support/fixtures.js';

const DAY = 24;

/** Host confirmations, corrections counted once, no-show pauses and inactivity, as the store keeps them. */
export function attendanceContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('attendance', () => {
    it("GIVEN a participant's own answer WHEN the host answers for them, twice THEN the host's latest word is the outcome and each step says how it moved", async () => {
      const [me, stranger] = [newId<PersonId>(), newId<PersonId>()];
      const s = makeSession(newId<PersonId>(), { participants: [me], status: 'completed' });
      await store.sessions.insert(s);
      expect(await store.sessions.addCheckIn(s.id, { personId: me, attended: true, at: T0, by: 'self' })).toEqual({ before: null, after: true });
      expect(await store.sessions.addCheckIn(s.id, { personId: me, attended: false, at: T0 })).toBeNull();
      expect(await store.sessions.addCheckIn(s.id, { personId: me, attended: false, at: hoursFrom(T0, 1), by: 'host' })).toEqual({ before: true, after: false });
      expect(await store.sessions.addCheckIn(s.id, { personId: me, attended: true, at: hoursFrom(T0, 2), by: 'host' })).toEqual({ before: false, after: true });
      expect(await store.sessions.addCheckIn(s.id, { personId: stranger, attended: true, at: T0, by: 'host' })).toBeNull();
      const after = (await store.sessions.get(s.id))!;
      expect(after.checkIns).toEqual([
        { personId: me, attended: true, at: T0, by: 'self' },
        { personId: me, attended: true, at: hoursFrom(T0, 2), by: 'host' },
      ]);
      expect(cameTo(after, me)).toBe(true);
    });

    it("GIVEN the host marked a no-show first WHEN the person says they came THEN it is kept but the host's word stands", async () => {
      const me = newId<PersonId>();
      const s = makeSession(newId<PersonId>(), { participants: [me], status: 'completed' });
      await store.sessions.insert(s);
      expect(await store.sessions.addCheckIn(s.id, { personId: me, attended: false, at: T0, by: 'host' })).toEqual({ before: null, after: false });
      expect(await store.sessions.addCheckIn(s.id, { personId: me, attended: true, at: T0, by: 'self' })).toEqual({ before: false, after: false });
      expect(await store.sessions.attendedBy(me, new Date(0))).toEqual([]);
    });

    it('GIVEN a self check-in of "came" overridden by the host WHEN the training calendar is read THEN the session is not in it; with the host\'s "came" it is', async () => {
      const [me, other] = [newId<PersonId>(), newId<PersonId>()];
      const s = makeSession(newId<PersonId>(), { participants: [me, other], status: 'completed', startsAt: hoursFrom(T0, -48) });
      await store.sessions.insert(s);
      await store.sessions.addCheckIn(s.id, { personId: me, attended: true, at: T0 });
      await store.sessions.addCheckIn(s.id, { personId: me, attended: false, at: T0, by: 'host' });
      await store.sessions.addCheckIn(s.id, { personId: other, attended: true, at: T0, by: 'host' });
      expect(await store.sessions.attendedBy(me, new Date(0))).toEqual([]);
      expect((await store.sessions.attendedBy(other, new Date(0))).map((r) => r.id)).toEqual([s.id]);
    });

    it("GIVEN a session's host WHEN they check in for themselves THEN it counts once like a participant's, and their own calendar holds it; a host's answer about the host is refused", async () => {
      const host = newId<PersonId>();
      const s = makeSession(host, { participants: [newId<PersonId>()], status: 'open', startsAt: hoursFrom(T0, -1) });
      await store.sessions.insert(s);
      expect(await store.sessions.addCheckIn(s.id, { personId: host, attended: false, at: T0, by: 'host' })).toBeNull();
      expect(await store.sessions.addCheckIn(s.id, { personId: host, attended: true, at: T0, by: 'self' })).toEqual({ before: null, after: true });
      expect(await store.sessions.addCheckIn(s.id, { personId: host, attended: false, at: T0, by: 'self' })).toBeNull();
      expect((await store.sessions.attendedBy(host, new Date(0))).map((r) => r.id)).toEqual([s.id]);
    });

    it('GIVEN 20 concurrent host marks for one person THEN one host answer remains', async () => {
      const me = newId<PersonId>();
      const s = makeSession(newId<PersonId>(), { participants: [me], status: 'completed' });
      await store.sessions.insert(s);
      await Promise.all(Array.from({ length: 20 }, (_, i) => store.sessions.addCheckIn(s.id, { personId: me, attended: i % 2 === 0, at: T0, by: 'host' })));
      expect((await store.sessions.get(s.id))!.checkIns.filter((c) => c.by === 'host')).toHaveLength(1);
    });

    it('GIVEN a counted outcome WHEN corrected THEN the count moves instead of growing; the same outcome again changes nothing', async () => {
      const p = makeProfile();
      await store.people.insert(p);
      await store.people.recordAttendance(p.id, true);
      await store.people.recordAttendance(p.id, true);
      await store.people.recordAttendance(p.id, false, true);
      expect((await store.people.get(p.id))!.attendance).toEqual({ attended: 1, missed: 1, streak: 0, bestStreak: 2 });
      await store.people.recordAttendance(p.id, true, false);
      expect((await store.people.get(p.id))!.attendance).toEqual({ attended: 2, missed: 0, streak: 1, bestStreak: 2 });
      await store.people.recordAttendance(p.id, true, true);
      expect((await store.people.get(p.id))!.attendance).toEqual({ attended: 2, missed: 0, streak: 1, bestStreak: 2 });
    });

    it('GIVEN a running no-show pause WHEN it is ended twice at once THEN exactly one call ends it; a pause ending at another time is not ended', async () => {
      const until = hoursFrom(T0, 7 * DAY);
      const p = makeProfile({ noShowPause: { since: T0, until, communityId: newId<CommunityId>(), ended: false } });
      await store.people.insert(p);
      expect(await store.people.endPause(p.id, hoursFrom(until, 1), T0)).toBe(false);
      const ends = await Promise.all([store.people.endPause(p.id, until, hoursFrom(T0, 2)), store.people.endPause(p.id, until, hoursFrom(T0, 2))]);
      expect(ends.filter(Boolean)).toHaveLength(1);
      expect((await store.people.get(p.id))!.noShowPause).toEqual({ since: T0, until: hoursFrom(T0, 2), communityId: p.noShowPause!.communityId, ended: true });
      expect(await store.people.endPause(newId<PersonId>(), until, T0)).toBe(false);
    });

    it('GIVEN activity bumps WHEN they come within the hour THEN one write; after it, or after being told inactive, another', async () => {
      const p = makeProfile();
      await store.people.insert(p);
      const hour = 3_600_000;
      expect(await store.people.touch(p.id, hoursFrom(T0, 0.5), hour)).toBe(false);
      expect(await store.people.touch(p.id, hoursFrom(T0, 1), hour)).toBe(true);
      expect((await store.people.get(p.id))!.lastActiveAt).toEqual(hoursFrom(T0, 1));
      await store.people.update(p.id, { inactiveToldAt: hoursFrom(T0, 1.2) }, hoursFrom(T0, 1.2));
      expect(await store.people.touch(p.id, hoursFrom(T0, 1.5), hour)).toBe(true);
      expect(await store.people.get(p.id)).toMatchObject({ lastActiveAt: hoursFrom(T0, 1.5), inactiveToldAt: null });
      expect(await store.people.touch(newId<PersonId>(), T0, hour)).toBe(false);
    });

    it('GIVEN people last active at different times WHEN the newly inactive are taken twice at once THEN each is taken once, oldest first, marked told', async () => {
      const old = makeProfile({ lastActiveAt: hoursFrom(T0, -90 * DAY) });
      const older = makeProfile({ lastActiveAt: hoursFrom(T0, -100 * DAY) });
      const told = makeProfile({ lastActiveAt: hoursFrom(T0, -100 * DAY), inactiveToldAt: hoursFrom(T0, -30 * DAY) });
      const fresh = makeProfile({ lastActiveAt: hoursFrom(T0, -DAY) });
      for (const p of [old, older, told, fresh]) await store.people.insert(p);
      const before = hoursFrom(T0, -60 * DAY);
      const [a, b] = await Promise.all([store.people.takeNewlyInactive(before, T0, 10), store.people.takeNewlyInactive(before, T0, 10)]);
      expect([...a, ...b].map((p) => p.id).sort()).toEqual([old.id, older.id].sort());
      expect((a.length ? a : b).map((p) => p.id)[0]).toBe(older.id);
      expect((await store.people.get(old.id))!.inactiveToldAt).toEqual(T0);
      expect(await store.people.takeNewlyInactive(before, T0, 10)).toEqual([]);
      expect(await store.people.takeNewlyInactive(before, T0, 0)).toEqual([]);
    });

    it('GIVEN a paused, an inactive and an available neighbour WHEN the pool and near are asked with availableAt THEN only the available one; without it, all three', async () => {
      const at = T0;
      const paused = makeProfile({ at: FRIEDRICHSHAIN, noShowPause: { since: T0, until: hoursFrom(T0, DAY), communityId: null, ended: false } });
      const pauseOver = makeProfile({ at: FRIEDRICHSHAIN, noShowPause: { since: hoursFrom(T0, -9 * DAY), until: hoursFrom(T0, -2 * DAY), communityId: null, ended: false } });
      const inactive = makeProfile({ at: FRIEDRICHSHAIN, lastActiveAt: hoursFrom(T0, -61 * DAY) });
      const fine = makeProfile({ at: FRIEDRICHSHAIN });
      for (const p of [paused, pauseOver, inactive, fine]) await store.people.insert(p);
      const base = { from: BERLIN, maxKm: 10, mutual: true, excludeIds: [], limit: 10 } as const;
      const availableAt = { at, activeSince: hoursFrom(at, -60 * DAY) };
      expect((await store.people.near({ ...base, availableAt })).map((n) => n.item.id).sort()).toEqual([pauseOver.id, fine.id].sort());
      expect((await store.people.near(base)).length).toBe(4);
      const ranking = { activities: ['running'], levelRank: 1, slots: [], fullSlots: 1, weights: { activities: 0.35, availability: 0.25, level: 0.15, distance: 0.1, reliability: 0.15 }, perspective: { kind: 'asker', radiusKm: 10 } } as const;
      const pool = await store.people.pool({ ...base, ranking, availableAt });
      expect(pool.candidates.map((c) => c.item.id).sort()).toEqual([pauseOver.id, fine.id].sort());
      expect(pool.qualified).toBe(2);
      expect((await store.people.pool({ ...base, ranking })).qualified).toBe(4);
    });
  });
}
