import { beforeEach, describe, expect, it } from 'vitest';
import { newId, type PersonId } from '../../../src/domain/ids.js';
import { userKey } from '../../../src/domain/platform.js';
import { StoreInvalid, type Store } from '../../../src/store/port.js';
import { hoursFrom, makeProfile, T0 } from '../../support/fixtures.js';

/** Each account's handle, kept as its platform last reported it (`setHandle`). */
export function handlesContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  const chat = userKey('telegram', '4001');
  const server = userKey('discord', '4002');

  describe('handles', () => {
    it('GIVEN a person with two accounts WHEN each reports a handle THEN both are kept, per account, and read back', async () => {
      const ben = makeProfile({ identities: [chat, server] });
      await store.people.insert(ben);
      expect((await store.people.get(ben.id))!.handles).toEqual([]);

      expect(await store.people.setHandle(ben.id, chat, 'Ben_P')).toBe(true);
      expect(await store.people.setHandle(ben.id, server, 'ben.p')).toBe(true);

      const got = (await store.people.get(ben.id))!;
      expect(got.handles).toEqual([
        { identity: chat, handle: 'Ben_P' },
        { identity: server, handle: 'ben.p' },
      ]);
      expect((await store.people.findByIdentity(chat))!.handles).toEqual(got.handles);
      expect((await store.people.getMany([ben.id]))[0]!.handles).toEqual(got.handles);
      // A platform change is not a profile edit.
      expect(got.updatedAt).toEqual(ben.updatedAt);
    });

    it('GIVEN a stored handle WHEN the same one is reported THEN nothing is written; WHEN another THEN it replaces it; WHEN none THEN it is gone, the other account\'s stays', async () => {
      const ben = makeProfile({ identities: [chat, server] });
      await store.people.insert(ben);
      await store.people.setHandle(ben.id, chat, 'ben_p');
      await store.people.setHandle(ben.id, server, 'benp');

      expect(await store.people.setHandle(ben.id, chat, 'ben_p')).toBe(false);
      expect(await store.people.setHandle(ben.id, chat, 'ben_runs')).toBe(true);
      expect((await store.people.get(ben.id))!.handles).toEqual([
        { identity: server, handle: 'benp' },
        { identity: chat, handle: 'ben_runs' },
      ]);

      expect(await store.people.setHandle(ben.id, chat, null)).toBe(true);
      expect(await store.people.setHandle(ben.id, chat, null)).toBe(false);
      expect((await store.people.get(ben.id))!.handles).toEqual([{ identity: server, handle: 'benp' }]);
    });

    it('GIVEN an account that is not the person\'s, or nobody stored THEN nothing is written', async () => {
      const anna = makeProfile();
      await store.people.insert(anna);
      expect(await store.people.setHandle(anna.id, chat, 'anna_k')).toBe(false);
      expect(await store.people.setHandle(newId<PersonId>(), chat, 'anna_k')).toBe(false);
      expect((await store.people.get(anna.id))!.handles).toEqual([]);
    });

    it('GIVEN a handle that is not shaped like one (spaces, "@", too long) THEN it is refused before anything is written', async () => {
      const anna = makeProfile({ identities: [chat] });
      await store.people.insert(anna);
      for (const bad of ['anna k', '@anna', 'a'.repeat(33), '']) await expect(store.people.setHandle(anna.id, chat, bad)).rejects.toBeInstanceOf(StoreInvalid);
      await expect(store.people.insert(makeProfile({ handles: [{ identity: server, handle: 'x y' }] }))).rejects.toBeInstanceOf(StoreInvalid);
      expect((await store.people.get(anna.id))!.handles).toEqual([]);
    });

    it('GIVEN a person with a handle WHEN erased THEN the handle goes with them: a new profile on the same account starts without one', async () => {
      const ben = makeProfile({ identities: [chat] });
      await store.people.insert(ben);
      await store.people.setHandle(ben.id, chat, 'ben_p');
      await store.erasePerson(ben.id, hoursFrom(T0, 1));
      expect(await store.people.findByIdentity(chat)).toBeNull();
      const again = makeProfile({ identities: [chat] });
      await store.people.insert(again);
      expect((await store.people.findByIdentity(chat))!.handles).toEqual([]);
    });
  });
}
