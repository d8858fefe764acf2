import { beforeEach, describe, expect, it } from 'vitest';
import { type CommunityId, newId, type PersonId, type SessionId } from '../../../src/domain/ids.js';
import { communityKey } from '../../../src/domain/platform.js';
import { distanceKm, point } from '../../../src/domain/geo.js';
import { type Store } from '../../../src/store/port.js';
import { BERLIN, FRIEDRICHSHAIN, POTSDAM, T0, hoursFrom, makeSession } from '../../support/fixtures.js';

export function sessionsContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('sessions', () => {
    it('creates, reads, edits and moves status only from the allowed states', async () => {
      const s = makeSession(newId<PersonId>());
      await store.sessions.insert(s);
      expect(await store.sessions.get(s.id)).toEqual(s);
      const edited = await store.sessions.update(s.id, { title: 'Sunrise 10k', startsAt: hoursFrom(T0, 30) }, hoursFrom(T0, 1));
      expect(edited).toMatchObject({ title: 'Sunrise 10k', startsAt: hoursFrom(T0, 30), updatedAt: hoursFrom(T0, 1) });
      expect(await store.sessions.transition(s.id, ['completed'], 'cancelled', T0)).toBeNull();
      expect((await store.sessions.transition(s.id, ['open', 'full'], 'cancelled', T0))?.status).toBe('cancelled');
      expect(await store.sessions.seatOrWaitlist(s.id, newId<PersonId>())).toBe('closed');
    });

    it('seats until full, then waitlists, and refuses twice', async () => {
      const s = makeSession(newId<PersonId>(), { capacity: 2 });
      await store.sessions.insert(s);
      const [a, b, c] = [newId<PersonId>(), newId<PersonId>(), newId<PersonId>()];
      expect(await store.sessions.seatOrWaitlist(s.id, a)).toBe('seated');
      expect(await store.sessions.seatOrWaitlist(s.id, a)).toBe('already');
      expect(await store.sessions.seatOrWaitlist(s.id, b)).toBe('seated');
      expect((await store.sessions.get(s.id))!.status).toBe('full');
      expect(await store.sessions.seatOrWaitlist(s.id, c)).toBe('waitlisted');
      expect(await store.sessions.seatOrWaitlist(s.id, c)).toBe('already');
      expect(await store.sessions.seatOrWaitlist(newId<SessionId>(), c)).toBe('closed');
    });

    it('gives the last seat to exactly one of 50 concurrent takers; the other 49 wait', async () => {
      const s = makeSession(newId<PersonId>(), { capacity: 3, participants: [newId<PersonId>(), newId<PersonId>()] });
      await store.sessions.insert(s);
      const takers = Array.from({ length: 50 }, () => newId<PersonId>());
      const outcomes = await Promise.all(takers.map((p) => store.sessions.seatOrWaitlist(s.id, p)));
      expect(outcomes.filter((o) => o === 'seated')).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'waitlisted')).toHaveLength(49);
      const after = (await store.sessions.get(s.id))!;
      expect(after.participants).toHaveLength(3);
      expect(after.status).toBe('full');
      expect(new Set(after.waitlist).size).toBe(49);
    });

    it('promotes the first waitlisted person when a seat frees, and reopens when nobody waits', async () => {
      const [a, b, w1, w2] = [newId<PersonId>(), newId<PersonId>(), newId<PersonId>(), newId<PersonId>()];
      const s = makeSession(newId<PersonId>(), { capacity: 2, participants: [a, b], waitlist: [w1, w2], status: 'full' });
      await store.sessions.insert(s);
      expect(await store.sessions.leave(s.id, w2)).toEqual({ left: true, promoted: null });
      expect(await store.sessions.leave(s.id, a)).toEqual({ left: true, promoted: w1 });
      expect((await store.sessions.get(s.id))).toMatchObject({ participants: [b, w1], waitlist: [], status: 'full' });
      expect(await store.sessions.leave(s.id, b)).toEqual({ left: true, promoted: null });
      expect((await store.sessions.get(s.id))).toMatchObject({ participants: [w1], status: 'open' });
      expect(await store.sessions.leave(s.id, b)).toEqual({ left: false, promoted: null });
    });

    it('fills new seats from the waitlist after capacity grows', async () => {
      const [a, w1, w2, w3] = [newId<PersonId>(), newId<PersonId>(), newId<PersonId>(), newId<PersonId>()];
      const s = makeSession(newId<PersonId>(), { capacity: 1, participants: [a], waitlist: [w1, w2, w3], status: 'full' });
      await store.sessions.insert(s);
      const grown = await store.sessions.update(s.id, { capacity: 3 }, T0);
      expect(grown?.status).toBe('open');
      expect(await store.sessions.fillFromWaitlist(s.id)).toEqual([w1, w2]);
      expect(await store.sessions.get(s.id)).toMatchObject({ participants: [a, w1, w2], waitlist: [w3], status: 'full' });
      expect(await store.sessions.fillFromWaitlist(s.id)).toEqual([]);
    });

    it('resizes a live session only while no more people are seated than the new capacity; status follows the seats', async () => {
      const [a, b, w] = [newId<PersonId>(), newId<PersonId>(), newId<PersonId>()];
      const s = makeSession(newId<PersonId>(), { capacity: 4, participants: [a, b] });
      await store.sessions.insert(s);
      const later = hoursFrom(T0, 1);

      const down = await store.sessions.resize(s.id, 2, later);
      expect(down).toMatchObject({ capacity: 2, status: 'full', participants: [a, b], updatedAt: later });
      expect(await store.sessions.get(s.id)).toEqual(down);
      expect(await store.sessions.seatOrWaitlist(s.id, w)).toBe('waitlisted');

      // Below the seated count: refused, nothing changes.
      expect(await store.sessions.resize(s.id, 1, hoursFrom(T0, 2))).toBeNull();
      expect(await store.sessions.get(s.id)).toMatchObject({ capacity: 2, status: 'full', updatedAt: later });

      // Up again: open, and the waitlist stays as it is (filling it is a step of its own).
      const up = await store.sessions.resize(s.id, 5, hoursFrom(T0, 3));
      expect(up).toMatchObject({ capacity: 5, status: 'open', participants: [a, b], waitlist: [w], updatedAt: hoursFrom(T0, 3) });

      expect(await store.sessions.resize(newId<SessionId>(), 3, T0)).toBeNull();
      await store.sessions.transition(s.id, ['open', 'full'], 'cancelled', T0);
      expect(await store.sessions.resize(s.id, 8, T0)).toBeNull();
      expect(await store.sessions.get(s.id)).toMatchObject({ capacity: 5, status: 'cancelled' });
    });

    it('never overbooks when a resize races 10 seat takers, whichever wins', async () => {
      // The resize placed first, in the middle and last of the racers.
      for (const at of [0, 5, 10]) {
        const s = makeSession(newId<PersonId>(), { capacity: 3, participants: [newId<PersonId>(), newId<PersonId>()] });
        await store.sessions.insert(s);
        const takers = Array.from({ length: 10 }, () => newId<PersonId>());
        // Started in this order, all before any is awaited.
        const before = takers.slice(0, at).map((p) => store.sessions.seatOrWaitlist(s.id, p));
        const resize = store.sessions.resize(s.id, 2, hoursFrom(T0, 1));
        const rest = takers.slice(at).map((p) => store.sessions.seatOrWaitlist(s.id, p));
        const [resized, ...outcomes] = await Promise.all([resize, ...before, ...rest]);
        const after = (await store.sessions.get(s.id))!;

        expect(after.participants.length).toBeLessThanOrEqual(after.capacity);
        expect(after.status).toBe('full');
        expect(new Set(after.waitlist).size).toBe(after.waitlist.length);
        const seated = outcomes.filter((o) => o === 'seated').length;
        expect(outcomes.filter((o) => o === 'waitlisted')).toHaveLength(10 - seated);
        expect(after.waitlist).toHaveLength(10 - seated);
        if (resized) {
          // The resize came first: two seats, both taken already; every taker waits.
          expect(resized).toMatchObject({ capacity: 2, status: 'full' });
          expect(after).toMatchObject({ capacity: 2 });
          expect(after.participants).toHaveLength(2);
          expect(seated).toBe(0);
        } else {
          // A taker came first: the third seat is taken, so capacity can't go below 3.
          expect(after).toMatchObject({ capacity: 3 });
          expect(after.participants).toHaveLength(3);
          expect(seated).toBe(1);
        }
      }
    });

    it('records a check-in once, and only for participants', async () => {
      const p = newId<PersonId>();
      const s = makeSession(newId<PersonId>(), { participants: [p] });
      await store.sessions.insert(s);
      expect(await store.sessions.addCheckIn(s.id, { personId: p, attended: true, at: T0 })).toEqual({ before: null, after: true });
      expect(await store.sessions.addCheckIn(s.id, { personId: p, attended: false, at: T0 })).toBeNull();
      expect(await store.sessions.addCheckIn(s.id, { personId: newId<PersonId>(), attended: true, at: T0 })).toBeNull();
      expect((await store.sessions.get(s.id))!.checkIns).toEqual([{ personId: p, attended: true, at: T0 }]);
    });

    it('keeps announcements', async () => {
      const s = makeSession(newId<PersonId>());
      await store.sessions.insert(s);
      const a = { community: communityKey('discord', '1'), channelId: '2', messageId: '3' };
      await store.sessions.addAnnouncement(s.id, a);
      expect((await store.sessions.get(s.id))!.announcements).toEqual([a]);
    });

    it('finds sessions near a point with every filter, paged', async () => {
      const host = newId<PersonId>();
      const other = newId<PersonId>();
      const soonNear = makeSession(other, { place: { point: FRIEDRICHSHAIN, label: 'Boxhagener Platz' } });
      const soonFar = makeSession(other, { place: { point: POTSDAM, label: 'Park Sanssouci' } });
      const past = makeSession(other, { startsAt: hoursFrom(T0, -2) });
      const cancelled = makeSession(other, { status: 'cancelled' });
      const swim = makeSession(other, { activity: 'swimming' });
      const advancedOnly = makeSession(other, { levels: { min: 'advanced', max: 'advanced' } });
      const mine = makeSession(host);
      const nextWeek = makeSession(other, { startsAt: hoursFrom(T0, 24 * 8) });
      for (const s of [soonNear, soonFar, past, cancelled, swim, advancedOnly, mine, nextWeek]) await store.sessions.insert(s);

      const q = {
        from: BERLIN,
        maxKm: 50,
        statuses: ['open', 'full'] as const,
        startsAfter: T0,
        startsBefore: hoursFrom(T0, 24 * 7),
        activity: 'running' as const,
        level: 'beginner' as const,
        excludeHostIds: [host],
        limit: 10,
      };
      const all = await store.sessions.near(q);
      expect(all.map((h) => h.item.id)).toEqual([soonNear.id, soonFar.id]);
      expect((await store.sessions.near({ ...q, limit: 1, skip: 1 })).map((h) => h.item.id)).toEqual([soonFar.id]);
      expect((await store.sessions.near({ ...q, maxKm: 10 })).map((h) => h.item.id)).toEqual([soonNear.id]);
    });

    it('GIVEN sessions near and far, soon and late WHEN searched soonest first THEN the radius picks them and the start orders them, so a cap never drops the soonest', async () => {
      const host = newId<PersonId>();
      const laterNear = makeSession(host, { startsAt: hoursFrom(T0, 24 * 20), place: { point: BERLIN, label: 'Mitte' } });
      const soonFar = makeSession(host, { startsAt: hoursFrom(T0, 20), place: { point: POTSDAM, label: 'Park Sanssouci' } });
      const soonestMid = makeSession(host, { startsAt: hoursFrom(T0, 3), place: { point: FRIEDRICHSHAIN, label: 'Boxhagener Platz' } });
      const sameTimeNear = makeSession(host, { startsAt: hoursFrom(T0, 20), place: { point: BERLIN, label: 'Mitte' } });
      for (const s of [laterNear, soonFar, soonestMid, sameTimeNear]) await store.sessions.insert(s);

      const q = { from: BERLIN, maxKm: 50, statuses: ['open', 'full'] as const, startsAfter: T0, order: 'soonest' as const, limit: 10 };
      const all = await store.sessions.near(q);
      // Same start: the nearer one first.
      expect(all.map((h) => h.item.id)).toEqual([soonestMid.id, sameTimeNear.id, soonFar.id, laterNear.id]);
      expect(all[2]!.distanceKm).toBeGreaterThan(20);
      // A cap keeps the soonest, not the nearest; pages follow on.
      expect((await store.sessions.near({ ...q, limit: 2 })).map((h) => h.item.id)).toEqual([soonestMid.id, sameTimeNear.id]);
      expect((await store.sessions.near({ ...q, limit: 2, skip: 2 })).map((h) => h.item.id)).toEqual([soonFar.id, laterNear.id]);
      // The radius still narrows: Potsdam is out at 10 km.
      expect((await store.sessions.near({ ...q, maxKm: 10 })).map((h) => h.item.id)).toEqual([soonestMid.id, sameTimeNear.id, laterNear.id]);
      // Without an order, nearest first as before.
      expect((await store.sessions.near({ ...q, order: undefined, limit: 1 })).map((h) => h.item.id)).toEqual([[laterNear.id, sameTimeNear.id].sort()[0]]);
    });

    it('GIVEN a busy city, equal starts and sessions moved in time and place WHEN searched THEN nearest and soonest pages equal a brute-force reference, and are copies', async () => {
      const host = newId<PersonId>();
      const around = (i: number) => point(52.52 + ((i * 37) % 50) / 1000 - 0.025, 13.405 + ((i * 53) % 70) / 1000 - 0.035);
      // 60 sessions within a few km, a third already started, starts repeating (ties), one in Potsdam.
      const sessions = Array.from({ length: 60 }, (_, i) =>
        makeSession(host, { startsAt: hoursFrom(T0, (i % 20) - 6), place: { point: around(i), label: `spot ${i}` } }),
      );
      sessions.push(makeSession(host, { startsAt: hoursFrom(T0, 2), place: { point: POTSDAM, label: 'Park Sanssouci' } }));
      for (const s of sessions) await store.sessions.insert(s);
      // Moved after insertion: the indexes must follow.
      await store.sessions.update(sessions[3]!.id, { startsAt: hoursFrom(T0, 1) }, T0);
      await store.sessions.update(sessions[4]!.id, { place: { point: POTSDAM, label: 'moved' } }, T0);
      await store.sessions.transition(sessions[5]!.id, ['open', 'full'], 'cancelled', T0);
      const stored = await Promise.all(sessions.map((s) => store.sessions.get(s.id)));

      const base = { from: BERLIN, statuses: ['open', 'full'] as const, startsAfter: T0 };
      const reference = (maxKm: number, order: 'nearest' | 'soonest') =>
        stored
          .filter((s) => s!.status !== 'cancelled' && s!.startsAt >= T0)
          .map((s) => ({ id: s!.id, at: s!.startsAt.getTime(), d: distanceKm(BERLIN, s!.place.point) }))
          .filter((h) => h.d <= maxKm)
          .sort((a, b) => (order === 'soonest' ? a.at - b.at : 0) || a.d - b.d || (a.id < b.id ? -1 : 1))
          .map((h) => h.id);
      for (const maxKm of [0.5, 3, 50])
        for (const order of ['nearest', 'soonest'] as const)
          for (const [skip, limit] of [[0, 5], [5, 7], [0, 100]] as const) {
            const page = await store.sessions.near({ ...base, maxKm, order, skip, limit });
            expect(page.map((h) => h.item.id), `${order} within ${maxKm} km, ${skip}+${limit}`).toEqual(reference(maxKm, order).slice(skip, skip + limit));
          }

      const [first] = await store.sessions.near({ ...base, maxKm: 50, order: 'soonest', limit: 1 });
      (first!.item.participants as PersonId[]).push(newId<PersonId>());
      (first!.item.place.point.coordinates as [number, number])[0] = 0;
      expect(await store.sessions.get(first!.item.id)).toEqual(stored.find((s) => s!.id === first!.item.id));
    });

    it('lists a person’s sessions (hosted, seated, waiting) soonest first, and counts', async () => {
      const me = newId<PersonId>();
      const communityId = newId<CommunityId>();
      const hosted = makeSession(me, { startsAt: hoursFrom(T0, 48), communityId });
      const seated = makeSession(newId<PersonId>(), { participants: [me], startsAt: hoursFrom(T0, 24), communityId });
      const waiting = makeSession(newId<PersonId>(), { waitlist: [me], startsAt: hoursFrom(T0, 72) });
      const notMine = makeSession(newId<PersonId>(), { communityId, startsAt: hoursFrom(T0, 30) });
      for (const s of [hosted, seated, waiting, notMine]) await store.sessions.insert(s);
      expect((await store.sessions.listForPerson(me, ['open', 'full'], T0)).map((s) => s.id)).toEqual([seated.id, hosted.id, waiting.id]);
      expect((await store.sessions.listByCommunity(communityId, ['open'], T0, 2)).map((s) => s.id)).toEqual([seated.id, notMine.id]);
      expect(await store.sessions.countCreatedSince(communityId, T0)).toBe(3);
      expect(await store.sessions.countOpen()).toBe(4);
    });
  });
}
