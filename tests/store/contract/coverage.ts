import { beforeEach, describe, expect, it } from 'vitest';
import { type CommunityId, type ConnectionId, newId, type PersonId } from '../../../src/domain/ids.js';
import { type Store } from '../../../src/store/port.js';
import { T0, hoursFrom, makeProfile } from '../../support/fixtures.js';
import { connection, matchAlert } from './builders.js';

/** Store methods that had no contract story of their own (see the port, src/store/port.ts). */
export function coverageContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('methods covered on their own', () => {
    it('GIVEN a buddy connection WHEN read by id THEN the stored connection, as it is after each transition; a copy, and null when unknown', async () => {
      const c = connection(newId<PersonId>(), newId<PersonId>());
      await store.connections.insert(c);
      expect(await store.connections.get(c.id)).toEqual(c);
      await store.connections.transition(c.id, ['requested'], 'accepted', hoursFrom(T0, 1));
      const got = (await store.connections.get(c.id))!;
      expect(got).toEqual({ ...c, status: 'accepted', respondedAt: hoursFrom(T0, 1) });
      (got as { status: string }).status = 'declined';
      expect((await store.connections.get(c.id))?.status).toBe('accepted');
      expect(await store.connections.get(newId<ConnectionId>())).toBeNull();
      await store.connections.delete(c.id);
      expect(await store.connections.get(c.id)).toBeNull();
    });

    it('GIVEN a person WHEN they use Spotter in a community twice THEN it is added to their communities once and counted once', async () => {
      const p = makeProfile();
      const [here, there] = [newId<CommunityId>(), newId<CommunityId>()];
      await store.people.insert(p);
      await Promise.all([store.people.addToSet(p.id, 'communities', here), store.people.addToSet(p.id, 'communities', here)]);
      await store.people.addToSet(p.id, 'communities', there);
      expect((await store.people.get(p.id))!.communities).toEqual([here, there]);
      expect(await store.people.countInCommunity(here)).toBe(1);
      // Someone who is not stored: nothing is created.
      await store.people.addToSet(newId<PersonId>(), 'communities', here);
      expect(await store.people.countInCommunity(here)).toBe(1);
    });

    it('GIVEN alerts to, about and unrelated to a person WHEN the ledger forgets them THEN only theirs go, with their day counters', async () => {
      const [me, other] = [newId<PersonId>(), newId<PersonId>()];
      await store.alerts.record(matchAlert(me, `person:${other}`));
      await store.alerts.record(matchAlert(other, `person:${me}`));
      const kept = matchAlert(other, 'session:s1');
      await store.alerts.record(kept);
      for (let i = 0; i < 2; i++) await store.alerts.takeSlot(me, '2026-11-21', 2, T0);
      expect(await store.alerts.takeSlot(me, '2026-11-21', 2, T0)).toBe(false);

      await store.alerts.erasePerson(me);
      expect(await store.alerts.get(me, `person:${other}`)).toBeNull();
      expect(await store.alerts.get(other, `person:${me}`)).toBeNull();
      expect(await store.alerts.pendingDigest(other)).toEqual([kept]);
      // The day's counter went with them: the cap starts over.
      expect(await store.alerts.takeSlot(me, '2026-11-21', 2, T0)).toBe(true);
    });

    it('GIVEN an open store WHEN pinged THEN it answers, and says which kind it is', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
      expect(['memory', 'mongodb']).toContain(store.kind);
    });
  });
}
