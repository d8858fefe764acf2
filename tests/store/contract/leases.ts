import { beforeEach, describe, expect, it } from 'vitest';
import { StoreInvalid, type Store } from '../../../src/store/port.js';
import { T0 } from '../../support/fixtures.js';

/** Leases shared by instances through the store (the outbox's sending lanes hold them). */
export function leasesContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });
  const at = (ms: number) => new Date(T0.getTime() + ms);
  const LANE = 'outbox-lane:telegram';
  const TTL = 10_000;

  describe('leases', () => {
    it('GIVEN a free lane WHEN an instance takes it THEN it holds it until now + ttl, and another instance cannot take it meanwhile', async () => {
      expect(await store.leases.get(LANE)).toBeNull();
      expect(await store.leases.acquire(LANE, 'a', T0, TTL)).toEqual({ name: LANE, holder: 'a', until: at(TTL) });
      expect(await store.leases.acquire(LANE, 'b', at(TTL - 1), TTL)).toBeNull();
      expect(await store.leases.get(LANE)).toEqual({ name: LANE, holder: 'a', until: at(TTL) });
      // Another lane is another lease.
      expect(await store.leases.acquire('outbox-lane:discord', 'b', T0, TTL)).toMatchObject({ holder: 'b' });
    });

    it('GIVEN a held lane WHEN its holder renews it before it lapses THEN it is extended; after it lapsed THEN renewing fails and another instance takes it', async () => {
      await store.leases.acquire(LANE, 'a', T0, TTL);
      expect(await store.leases.renew(LANE, 'a', at(5_000), TTL)).toEqual({ name: LANE, holder: 'a', until: at(15_000) });
      expect(await store.leases.renew(LANE, 'b', at(6_000), TTL)).toBeNull();

      expect(await store.leases.renew(LANE, 'a', at(15_000), TTL)).toBeNull();
      expect(await store.leases.acquire(LANE, 'b', at(15_000), TTL)).toEqual({ name: LANE, holder: 'b', until: at(25_000) });
      expect(await store.leases.renew(LANE, 'a', at(16_000), TTL)).toBeNull();
      expect((await store.leases.get(LANE))?.holder).toBe('b');
    });

    it('GIVEN a held lane WHEN its holder takes it again THEN it is extended, still theirs', async () => {
      await store.leases.acquire(LANE, 'a', T0, TTL);
      expect(await store.leases.acquire(LANE, 'a', at(20_000), TTL)).toEqual({ name: LANE, holder: 'a', until: at(30_000) });
    });

    it('GIVEN a held lane WHEN its holder releases it THEN another instance takes it at once; a release by anyone else changes nothing', async () => {
      await store.leases.acquire(LANE, 'a', T0, TTL);
      expect(await store.leases.release(LANE, 'b')).toBe(false);
      expect((await store.leases.get(LANE))?.holder).toBe('a');
      expect(await store.leases.release(LANE, 'a')).toBe(true);
      expect(await store.leases.get(LANE)).toBeNull();
      expect(await store.leases.release(LANE, 'a')).toBe(false);
      expect(await store.leases.acquire(LANE, 'b', at(1), TTL)).toMatchObject({ holder: 'b' });
    });

    it('GIVEN many instances WHEN they race for a free lane, or for a lapsed one THEN exactly one holds it each time', async () => {
      const race = (now: Date) => Promise.all(Array.from({ length: 8 }, (_, i) => store.leases.acquire(LANE, `i${i}`, now, TTL)));
      const first = (await race(T0)).filter((l) => l !== null);
      expect(first).toHaveLength(1);
      expect((await store.leases.get(LANE))?.holder).toBe(first[0]!.holder);

      const second = (await race(at(TTL))).filter((l) => l !== null);
      expect(second).toHaveLength(1);
      expect(await store.leases.get(LANE)).toEqual(second[0]);
    });

    it('GIVEN an empty name or holder, or a duration that is not a whole positive number THEN the store refuses it and writes nothing', async () => {
      await expect(store.leases.acquire('', 'a', T0, TTL)).rejects.toBeInstanceOf(StoreInvalid);
      await expect(store.leases.acquire(LANE, '', T0, TTL)).rejects.toBeInstanceOf(StoreInvalid);
      await expect(store.leases.acquire(LANE, 'a', T0, 0)).rejects.toBeInstanceOf(StoreInvalid);
      await expect(store.leases.renew(LANE, 'a', T0, 1.5)).rejects.toBeInstanceOf(StoreInvalid);
      expect(await store.leases.get(LANE)).toBeNull();
    });
  });
}
