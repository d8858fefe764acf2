import { beforeEach, describe, expect, it } from 'vitest';
import { type CommunityId, newId, type PersonId } from '../../../src/domain/ids.js';
import type { CheckIn } from '../../../src/domain/session.js';
import type { Store } from '../../../src/store/port.js';
import { T0, hoursFrom, makeSession } from '../../support/fixtures.js';

/** The progress queries: a person's attended sessions (their calendar) and a community's held sessions (its charts). */
export function historyContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  const came = (personId: PersonId, attended: boolean, at = T0): CheckIn => ({ personId, attended, at });

  describe('session history', () => {
    it('GIVEN sessions a person came to, missed, had no seat in, or that were cancelled WHEN their attended sessions are asked for THEN only those they came to since the date come back, oldest first, as records', async () => {
      const [me, host, other] = [newId<PersonId>(), newId<PersonId>(), newId<PersonId>()];
      const early = makeSession(host, { startsAt: hoursFrom(T0, -24 * 40), status: 'completed', participants: [me, other], checkIns: [came(me, true), came(other, false)] });
      const late = makeSession(host, { activity: 'yoga', startsAt: hoursFrom(T0, -24), status: 'completed', participants: [me], checkIns: [came(me, true)] });
      const lateTie = makeSession(host, { startsAt: hoursFrom(T0, -24), status: 'open', participants: [me], checkIns: [came(me, true)] });
      const missed = makeSession(host, { startsAt: hoursFrom(T0, -48), status: 'completed', participants: [me, other], checkIns: [came(me, false), came(other, true)] });
      const notMine = makeSession(host, { startsAt: hoursFrom(T0, -72), status: 'completed', participants: [other], checkIns: [came(other, true)] });
      const cancelled = makeSession(host, { startsAt: hoursFrom(T0, -96), status: 'cancelled', participants: [me], checkIns: [came(me, true)] });
      const tooOld = makeSession(host, { startsAt: hoursFrom(T0, -24 * 400), status: 'completed', participants: [me], checkIns: [came(me, true)] });
      // Inserted out of order: the answer is by start, ties by id like every list.
      for (const s of [late, lateTie, missed, early, notMine, cancelled, tooOld]) await store.sessions.insert(s);

      const got = await store.sessions.attendedBy(me, hoursFrom(T0, -24 * 365));
      expect(got.map((r) => r.id)).toEqual([early.id, ...[late.id, lateTie.id].sort()]);
      expect(got[0]).toEqual({
        id: early.id,
        activity: early.activity,
        startsAt: early.startsAt,
        hostId: host,
        participants: [me, other],
        checkIns: [came(me, true), came(other, false)],
      });
      expect(got.find((r) => r.id === late.id)!.activity).toBe('yoga');
      expect(await store.sessions.attendedBy(other, hoursFrom(T0, -24 * 365))).toHaveLength(2);
      expect(await store.sessions.attendedBy(newId<PersonId>(), new Date(0))).toEqual([]);
    });

    it('GIVEN a check-in recorded after the session was listed WHEN asked again THEN it counts, and a returned record is a copy', async () => {
      const [me, host] = [newId<PersonId>(), newId<PersonId>()];
      const s = makeSession(host, { startsAt: hoursFrom(T0, -5), status: 'completed', participants: [me] });
      await store.sessions.insert(s);
      expect(await store.sessions.attendedBy(me, new Date(0))).toEqual([]);
      expect(await store.sessions.addCheckIn(s.id, came(me, true, T0))).toEqual({ before: null, after: true });
      const [record] = await store.sessions.attendedBy(me, new Date(0));
      expect(record?.checkIns).toEqual([came(me, true, T0)]);
      (record!.participants as PersonId[]).push(host);
      expect((await store.sessions.attendedBy(me, new Date(0)))[0]!.participants).toEqual([me]);
    });

    it('GIVEN sessions of two communities in every status WHEN the held sessions of one are asked for THEN its completed ones since the date come back, oldest first', async () => {
      const community = newId<CommunityId>();
      const host = newId<PersonId>();
      const a = newId<PersonId>();
      const held1 = makeSession(host, { communityId: community, startsAt: hoursFrom(T0, -24 * 10), status: 'completed', participants: [a], checkIns: [came(a, true)] });
      const held2 = makeSession(host, { communityId: community, startsAt: hoursFrom(T0, -24 * 3), status: 'completed' });
      const open = makeSession(host, { communityId: community, startsAt: hoursFrom(T0, -2), status: 'open' });
      const cancelled = makeSession(host, { communityId: community, startsAt: hoursFrom(T0, -24), status: 'cancelled' });
      const elsewhere = makeSession(host, { communityId: newId<CommunityId>(), startsAt: hoursFrom(T0, -24), status: 'completed' });
      const before = makeSession(host, { communityId: community, startsAt: hoursFrom(T0, -24 * 100), status: 'completed' });
      for (const s of [held2, open, cancelled, elsewhere, before, held1]) await store.sessions.insert(s);

      const got = await store.sessions.heldIn(community, hoursFrom(T0, -24 * 84));
      expect(got.map((r) => r.id)).toEqual([held1.id, held2.id]);
      expect(got[0]).toEqual({ id: held1.id, activity: held1.activity, startsAt: held1.startsAt, hostId: host, participants: [a], checkIns: [came(a, true)] });
      expect(await store.sessions.heldIn(newId<CommunityId>(), new Date(0))).toEqual([]);
      // Every community's (and no community's) held sessions, for the health gauges.
      const privately = makeSession(host, { communityId: null, startsAt: hoursFrom(T0, -24 * 5), status: 'completed' });
      await store.sessions.insert(privately);
      expect((await store.sessions.heldSince(hoursFrom(T0, -24 * 84))).map((r) => r.id)).toEqual([held1.id, privately.id, held2.id, elsewhere.id]);
      expect(await store.sessions.heldSince(hoursFrom(T0, 1))).toEqual([]);
    });
  });
}
