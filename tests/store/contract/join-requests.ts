import { beforeEach, describe, expect, it } from 'vitest';
import { type CommunityId, type JoinRequestId, newId, type PersonId, type SessionId } from '../../../src/domain/ids.js';
import { type Store } from '../../../src/store/port.js';
import { T0, hoursFrom } from '../../support/fixtures.js';
import { conflictOf, joinRequest } from './builders.js';

export function joinRequestsContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('join requests', () => {
    it('allows one live request per session and person, and a new one after a decline', async () => {
      const sessionId = newId<SessionId>();
      const me = newId<PersonId>();
      const first = joinRequest(sessionId, me);
      await store.joinRequests.insert(first);
      expect(await conflictOf(store.joinRequests.insert(joinRequest(sessionId, me)))).toBe('live-join-request');
      expect((await store.joinRequests.findLive(sessionId, me))?.id).toBe(first.id);

      expect((await store.joinRequests.transition(first.id, ['pending'], 'declined', T0))?.status).toBe('declined');
      expect(await store.joinRequests.findLive(sessionId, me)).toBeNull();
      await store.joinRequests.insert(joinRequest(sessionId, me));
      expect(await store.joinRequests.insert(joinRequest(newId<SessionId>(), me))).toBeUndefined();
    });

    it('accepts a pending request exactly once under concurrency', async () => {
      const r = joinRequest(newId<SessionId>(), newId<PersonId>());
      await store.joinRequests.insert(r);
      const results = await Promise.all(Array.from({ length: 20 }, () => store.joinRequests.transition(r.id, ['pending'], 'accepted', T0)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.joinRequests.get(r.id)).toMatchObject({ status: 'accepted', decidedAt: T0 });
    });

    it('lists a person’s requests in the statuses asked, newest first, ties by id descending', async () => {
      const me = newId<PersonId>();
      const old = joinRequest(newId<SessionId>(), me, { createdAt: hoursFrom(T0, -5) });
      const accepted = joinRequest(newId<SessionId>(), me, { status: 'accepted', createdAt: hoursFrom(T0, 1) });
      const declined = joinRequest(newId<SessionId>(), me, { status: 'declined', createdAt: hoursFrom(T0, 3) });
      const tieLow = joinRequest(newId<SessionId>(), me, { id: 'tie-a' as JoinRequestId, createdAt: hoursFrom(T0, 2) });
      const tieHigh = joinRequest(newId<SessionId>(), me, { id: 'tie-b' as JoinRequestId, createdAt: hoursFrom(T0, 2) });
      const someoneElse = joinRequest(old.sessionId, newId<PersonId>(), { createdAt: hoursFrom(T0, 4) });
      for (const r of [tieLow, old, someoneElse, declined, tieHigh, accepted]) await store.joinRequests.insert(r);

      expect((await store.joinRequests.listForRequester(me, ['pending'])).map((r) => r.id)).toEqual([tieHigh.id, tieLow.id, old.id]);
      expect((await store.joinRequests.listForRequester(me, ['pending', 'accepted'])).map((r) => r.id)).toEqual([
        tieHigh.id,
        tieLow.id,
        accepted.id,
        old.id,
      ]);
      expect(await store.joinRequests.listForRequester(me, ['declined'])).toEqual([declined]);
      expect(await store.joinRequests.listForRequester(me, [])).toEqual([]);
      expect(await store.joinRequests.listForRequester(newId<PersonId>(), ['pending'])).toEqual([]);

      await store.joinRequests.transition(tieHigh.id, ['pending'], 'withdrawn', T0);
      expect((await store.joinRequests.listForRequester(me, ['pending'])).map((r) => r.id)).toEqual([tieLow.id, old.id]);
    });

    it('expires the pending requests of a session, lists and counts by status', async () => {
      const communityId = newId<CommunityId>();
      const sessionId = newId<SessionId>();
      const pending = joinRequest(sessionId, newId<PersonId>(), { communityId });
      const accepted = joinRequest(sessionId, newId<PersonId>(), { communityId, status: 'accepted', createdAt: hoursFrom(T0, 1) });
      const old = joinRequest(newId<SessionId>(), newId<PersonId>(), { communityId, createdAt: hoursFrom(T0, -48) });
      for (const r of [pending, accepted, old]) await store.joinRequests.insert(r);
      expect((await store.joinRequests.listForSession(sessionId, ['pending', 'accepted'])).map((r) => r.id)).toEqual([pending.id, accepted.id]);
      expect((await store.joinRequests.expirePending(sessionId, T0)).map((r) => r.id)).toEqual([pending.id]);
      expect((await store.joinRequests.get(pending.id))?.status).toBe('expired');
      expect(await store.joinRequests.countByStatus(communityId, hoursFrom(T0, -1))).toEqual({
        pending: 0,
        accepted: 1,
        declined: 0,
        withdrawn: 0,
        expired: 1,
      });
    });
  });
}
