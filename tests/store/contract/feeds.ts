import { beforeEach, describe, expect, it } from 'vitest';
import { newId, type PersonId } from '../../../src/domain/ids.js';
import { type Store, StoreInvalid } from '../../../src/store/port.js';
import { T0, hoursFrom } from '../../support/fixtures.js';

/** Private calendar addresses: one per person, found by the hash of the token in the address. */
export function feedsContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('calendar feeds', () => {
    it('GIVEN a feed WHEN it is put THEN it is found by person and by token hash, and nothing else is', async () => {
      const ana = newId<PersonId>();
      await store.feeds.put({ personId: ana, tokenHash: 'a'.repeat(64), createdAt: T0 });
      expect(await store.feeds.getByPerson(ana)).toEqual({ personId: ana, tokenHash: 'a'.repeat(64), createdAt: T0 });
      expect(await store.feeds.getByHash('a'.repeat(64))).toEqual({ personId: ana, tokenHash: 'a'.repeat(64), createdAt: T0 });
      expect(await store.feeds.getByHash('b'.repeat(64))).toBeNull();
      expect(await store.feeds.getByPerson(newId<PersonId>())).toBeNull();
    });

    it('GIVEN a feed WHEN a new one is put for the same person THEN the old hash finds nothing any more', async () => {
      const ana = newId<PersonId>();
      await store.feeds.put({ personId: ana, tokenHash: 'a'.repeat(64), createdAt: T0 });
      await store.feeds.put({ personId: ana, tokenHash: 'c'.repeat(64), createdAt: hoursFrom(T0, 1) });
      expect(await store.feeds.getByHash('a'.repeat(64))).toBeNull();
      expect((await store.feeds.getByHash('c'.repeat(64)))?.personId).toBe(ana);
      expect((await store.feeds.getByPerson(ana))?.createdAt).toEqual(hoursFrom(T0, 1));
    });

    it('GIVEN a feed WHEN it is deleted THEN both lookups find nothing and a second delete says there was none', async () => {
      const ana = newId<PersonId>();
      await store.feeds.put({ personId: ana, tokenHash: 'd'.repeat(64), createdAt: T0 });
      expect(await store.feeds.delete(ana)).toBe(true);
      expect(await store.feeds.getByHash('d'.repeat(64))).toBeNull();
      expect(await store.feeds.getByPerson(ana)).toBeNull();
      expect(await store.feeds.delete(ana)).toBe(false);
    });

    it('GIVEN a feed without a hash THEN it is refused and nothing is stored', async () => {
      const ana = newId<PersonId>();
      await expect(store.feeds.put({ personId: ana, tokenHash: '', createdAt: T0 })).rejects.toBeInstanceOf(StoreInvalid);
      expect(await store.feeds.getByPerson(ana)).toBeNull();
    });

    it('GIVEN a person with a feed WHEN their data is erased THEN the feed goes with it', async () => {
      const ana = newId<PersonId>();
      await store.feeds.put({ personId: ana, tokenHash: 'e'.repeat(64), createdAt: T0 });
      await store.erasePerson(ana, T0);
      expect(await store.feeds.getByHash('e'.repeat(64))).toBeNull();
    });
  });
}
