import { beforeEach, describe, expect, it } from 'vitest';
import { type CommunityId, newId, type PersonId } from '../../../src/domain/ids.js';
import { point } from '../../../src/domain/geo.js';
import type { NearSessionsFilter, Store } from '../../../src/store/port.js';
import { BERLIN, POTSDAM, T0, hoursFrom, makeSession } from '../../support/fixtures.js';

/** `sessions.countNear` and the community filter: a list's count agrees with its pages. */
export function sessionsCountContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('sessions: counting what a nearby search finds', () => {
    it('GIVEN a busy city of sessions moved, cancelled, filled and private WHEN counted with any filter and cap THEN the count is what the search lists, cut at the cap', async () => {
      const hosts = [newId<PersonId>(), newId<PersonId>(), newId<PersonId>()];
      const club = newId<CommunityId>();
      const around = (i: number) => point(52.52 + ((i * 37) % 50) / 1000 - 0.025, 13.405 + ((i * 53) % 70) / 1000 - 0.035);
      // 80 sessions within a few km over ten days (some already started), a few in Potsdam.
      const sessions = Array.from({ length: 80 }, (_, i) =>
        makeSession(hosts[i % 3]!, {
          startsAt: hoursFrom(T0, ((i * 29) % 240) - 12),
          place: { point: i % 13 === 0 ? POTSDAM : around(i), label: `spot ${i}` },
          activity: i % 4 === 0 ? 'cycling' : 'running',
          levels: i % 5 === 0 ? { min: 'advanced', max: 'advanced' } : { min: 'beginner', max: 'advanced' },
          communityId: i % 6 === 0 ? club : null,
          visibility: i % 17 === 0 ? 'private' : 'public',
          capacity: 1,
        }),
      );
      for (const s of sessions) await store.sessions.insert(s);
      // Changed after insertion: the count must follow time, place, status and seats.
      await store.sessions.update(sessions[1]!.id, { startsAt: hoursFrom(T0, 1) }, T0);
      await store.sessions.update(sessions[2]!.id, { place: { point: POTSDAM, label: 'moved' } }, T0);
      await store.sessions.transition(sessions[4]!.id, ['open', 'full'], 'cancelled', T0);
      await store.sessions.seatOrWaitlist(sessions[5]!.id, newId<PersonId>());

      const filters: NearSessionsFilter[] = [
        { from: BERLIN, maxKm: 50, statuses: ['open', 'full'], startsAfter: T0 },
        { from: BERLIN, maxKm: 3, statuses: ['open', 'full'], startsAfter: T0 },
        { from: BERLIN, maxKm: 0.5, statuses: ['open'], startsAfter: T0 },
        { from: BERLIN, maxKm: 50, statuses: ['open', 'full'], startsAfter: hoursFrom(T0, 24), startsBefore: hoursFrom(T0, 48) },
        { from: BERLIN, maxKm: 50, statuses: ['open', 'full'], startsAfter: T0, activity: 'cycling', level: 'beginner' },
        { from: BERLIN, maxKm: 50, statuses: ['open', 'full'], startsAfter: T0, excludeHostIds: [hosts[0]!], excludeCommunityIds: [club] },
        { from: POTSDAM, maxKm: 5, statuses: ['open', 'full', 'cancelled'], startsAfter: hoursFrom(T0, -24) },
      ];
      for (const filter of filters) {
        const found = (await store.sessions.near({ ...filter, limit: 1_000 })).length;
        const label = JSON.stringify({ ...filter, from: undefined });
        expect(await store.sessions.countNear(filter, 1_000), label).toBe(found);
        expect(await store.sessions.countNear(filter, 7), label).toBe(Math.min(7, found));
        expect(await store.sessions.countNear(filter, 0), label).toBe(0);
      }
      expect(await store.sessions.countNear({ ...filters[0]!, maxKm: -1 }, 10)).toBe(0);
    });

    it('GIVEN sessions in a club, in another club and in none WHEN the club is left out THEN only its sessions go, from the list and the count', async () => {
      const host = newId<PersonId>();
      const [club, other] = [newId<CommunityId>(), newId<CommunityId>()];
      const inClub = makeSession(host, { communityId: club, startsAt: hoursFrom(T0, 2) });
      const inOther = makeSession(host, { communityId: other, startsAt: hoursFrom(T0, 3) });
      const inNone = makeSession(host, { startsAt: hoursFrom(T0, 4) });
      for (const s of [inClub, inOther, inNone]) await store.sessions.insert(s);
      const filter: NearSessionsFilter = { from: BERLIN, maxKm: 10, statuses: ['open', 'full'], startsAfter: T0, excludeCommunityIds: [club] };
      expect((await store.sessions.near({ ...filter, order: 'soonest', limit: 10 })).map((h) => h.item.id)).toEqual([inOther.id, inNone.id]);
      expect((await store.sessions.near({ ...filter, limit: 10 })).map((h) => h.item.id).sort()).toEqual([inOther.id, inNone.id].sort());
      expect(await store.sessions.countNear(filter, 10)).toBe(2);
      expect(await store.sessions.countNear({ ...filter, excludeCommunityIds: [] }, 10)).toBe(3);
    });
  });
}
