import { beforeEach, describe, expect, it } from 'vitest';
import { type CommunityId, newId, type PersonId } from '../../../src/domain/ids.js';
import { userKey } from '../../../src/domain/platform.js';
import { type Store } from '../../../src/store/port.js';
import { POTSDAM, T0, hoursFrom, makeProfile } from '../../support/fixtures.js';
import { conflictOf } from './builders.js';

export function peopleContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('people', () => {
    it('creates, reads by id and by platform identity, updates and hands out copies', async () => {
      const ada = makeProfile({ displayName: 'Ada', identities: [userKey('discord', '111'), userKey('telegram', '222')] });
      await store.people.insert(ada);

      expect(await store.people.get(ada.id)).toEqual(ada);
      expect((await store.people.findByIdentity(userKey('telegram', '222')))?.id).toBe(ada.id);
      expect(await store.people.findByIdentity(userKey('telegram', '999'))).toBeNull();

      const later = hoursFrom(T0, 1);
      const updated = await store.people.update(ada.id, { bio: 'Marathon in spring', radiusKm: 15 }, later);
      expect(updated).toMatchObject({ bio: 'Marathon in spring', radiusKm: 15, updatedAt: later, displayName: 'Ada' });

      const copy = (await store.people.get(ada.id))!;
      (copy.activities as string[]).push('yoga');
      expect((await store.people.get(ada.id))!.activities).toEqual(['running']);
    });

    it('keeps a profile without a location and reads it back as null', async () => {
      const newcomer = makeProfile({ at: null, area: null, level: null });
      await store.people.insert(newcomer);
      expect(await store.people.get(newcomer.id)).toEqual(newcomer);
      const withPlace = await store.people.update(newcomer.id, { location: POTSDAM, area: 'Potsdam, DE' }, T0);
      expect(withPlace?.location).toEqual(POTSDAM);
    });

    it('refuses a platform identity that another person already has', async () => {
      const a = makeProfile({ identities: [userKey('discord', '42')] });
      const b = makeProfile({ identities: [userKey('telegram', '7')] });
      await store.people.insert(a);
      await store.people.insert(b);
      expect(await conflictOf(store.people.insert(makeProfile({ identities: [userKey('discord', '42')] })))).toBe('identity');
      expect(await conflictOf(store.people.update(b.id, { identities: [userKey('telegram', '7'), userKey('discord', '42')] }, T0))).toBe(
        'identity',
      );
      expect((await store.people.get(b.id))!.identities).toEqual([userKey('telegram', '7')]);
    });

    it('returns several people in the order asked, skipping the missing', async () => {
      const [a, b] = [makeProfile(), makeProfile()];
      await store.people.insert(a);
      await store.people.insert(b);
      const got = await store.people.getMany([b.id, newId<PersonId>(), a.id]);
      expect(got.map((p) => p.id)).toEqual([b.id, a.id]);
    });

    it('adds to and pulls from sets without duplicates', async () => {
      const a = makeProfile();
      const other = newId<PersonId>();
      await store.people.insert(a);
      await store.people.addToSet(a.id, 'blocked', other);
      await store.people.addToSet(a.id, 'blocked', other);
      expect((await store.people.get(a.id))!.blocked).toEqual([other]);
      await store.people.pull(a.id, 'blocked', other);
      expect((await store.people.get(a.id))!.blocked).toEqual([]);
    });

    it('counts attendance: attended raises the streak, a miss resets it, the best streak stays', async () => {
      const a = makeProfile();
      await store.people.insert(a);
      for (const attended of [true, true, true, false, true]) await store.people.recordAttendance(a.id, attended);
      expect((await store.people.get(a.id))!.attendance).toEqual({ attended: 4, missed: 1, streak: 1, bestStreak: 3 });
    });

    it('counts active profiles, and the people of a community', async () => {
      const communityId = newId<CommunityId>();
      await store.people.insert(makeProfile({ communities: [communityId] }));
      await store.people.insert(makeProfile({ status: 'paused', communities: [communityId] }));
      await store.people.insert(makeProfile());
      expect(await store.people.countActive()).toBe(2);
      expect(await store.people.countInCommunity(communityId)).toBe(2);
    });
  });
}
