import { beforeEach, describe, expect, it } from 'vitest';
import { newId, type PersonId, type SessionId } from '../../../src/domain/ids.js';
import { communityKey } from '../../../src/domain/platform.js';
import type { ChatPlace } from '../../../src/domain/session-chat-place.js';
import { type Store, StoreInvalid } from '../../../src/store/port.js';
import { T0, hoursFrom } from '../../support/fixtures.js';

const guild = communityKey('discord', '700000000000000001');

function place(sessionId: SessionId, placeId: string, members: ChatPlace['members'] = []): ChatPlace {
  return { sessionId, community: guild, placeId, members, openedAt: T0, closedAt: null };
}

/** Session chat places: one per session, found by the platform's id, following seats, closed once. */
export function chatPlacesContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('session chat places', () => {
    it('GIVEN a session with a place WHEN another is opened for it THEN the first stays; it is found by session and by the platform id, as a copy', async () => {
      const s = newId<SessionId>();
      const ana = newId<PersonId>();
      const first = place(s, '900000000000000001', [{ personId: ana, userId: '800000000000000001' }]);
      expect(await store.chatPlaces.open(first)).toBe(true);
      expect(await store.chatPlaces.open(place(s, '900000000000000002'))).toBe(false);
      const got = (await store.chatPlaces.get(s))!;
      expect(got).toEqual(first);
      (got.members as ChatPlace['members'][number][]).pop();
      expect((await store.chatPlaces.get(s))!.members).toHaveLength(1);
      expect(await store.chatPlaces.findByPlace(guild, '900000000000000001')).toEqual(first);
      expect(await store.chatPlaces.findByPlace(guild, '900000000000000002')).toBeNull();
      expect(await store.chatPlaces.findByPlace(communityKey('telegram', '-100123'), '900000000000000001')).toBeNull();
      expect(await store.chatPlaces.get(newId<SessionId>())).toBeNull();
    });

    it('GIVEN two places opened for one session at once THEN exactly one is kept', async () => {
      const s = newId<SessionId>();
      const results = await Promise.all([store.chatPlaces.open(place(s, '900000000000000011')), store.chatPlaces.open(place(s, '900000000000000012'))]);
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('GIVEN a place WHEN its members are replaced and it is closed twice THEN it holds the new members AND only the first close counts', async () => {
      const s = newId<SessionId>();
      await store.chatPlaces.open(place(s, '900000000000000021'));
      const members = [
        { personId: newId<PersonId>(), userId: '800000000000000021' },
        { personId: newId<PersonId>(), userId: '800000000000000022' },
      ];
      await store.chatPlaces.setMembers(s, members);
      expect((await store.chatPlaces.get(s))!.members).toEqual(members);
      expect(await store.chatPlaces.close(s, hoursFrom(T0, 30))).toBe(true);
      expect(await store.chatPlaces.close(s, hoursFrom(T0, 40))).toBe(false);
      expect((await store.chatPlaces.get(s))!.closedAt).toEqual(hoursFrom(T0, 30));
      expect(await store.chatPlaces.close(newId<SessionId>(), T0)).toBe(false);
      // A session without a place gets none by having members set.
      const other = newId<SessionId>();
      await store.chatPlaces.setMembers(other, members);
      expect(await store.chatPlaces.get(other)).toBeNull();
    });

    it('GIVEN malformed places or members THEN they are refused', async () => {
      await expect(store.chatPlaces.open({ ...place(newId<SessionId>(), ''), placeId: '' })).rejects.toBeInstanceOf(StoreInvalid);
      const s = newId<SessionId>();
      await store.chatPlaces.open(place(s, '900000000000000031'));
      await expect(store.chatPlaces.setMembers(s, [{ personId: '' as PersonId, userId: '1' }])).rejects.toBeInstanceOf(StoreInvalid);
    });

    it('GIVEN a community WHEN the permission notice is marked told twice, cleared, and told again THEN each change counts once', async () => {
      const c = communityKey('discord', '700000000000000099');
      expect(await store.chatPlaces.markPermissionTold(c, false)).toBe(false);
      const both = await Promise.all([store.chatPlaces.markPermissionTold(c, true), store.chatPlaces.markPermissionTold(c, true)]);
      expect(both.filter(Boolean)).toHaveLength(1);
      expect(await store.chatPlaces.markPermissionTold(c, false)).toBe(true);
      expect(await store.chatPlaces.markPermissionTold(c, false)).toBe(false);
      expect(await store.chatPlaces.markPermissionTold(c, true)).toBe(true);
    });

    it('GIVEN a person in two places WHEN erased THEN they are out of both, the others stay', async () => {
      const [ana, ben] = [newId<PersonId>(), newId<PersonId>()];
      const [s1, s2] = [newId<SessionId>(), newId<SessionId>()];
      const benThere = { personId: ben, userId: '800000000000000042' };
      await store.chatPlaces.open(place(s1, '900000000000000041', [{ personId: ana, userId: '800000000000000041' }, benThere]));
      await store.chatPlaces.open(place(s2, '900000000000000042', [{ personId: ana, userId: '800000000000000041' }]));
      await store.erasePerson(ana, hoursFrom(T0, 1));
      expect((await store.chatPlaces.get(s1))!.members).toEqual([benThere]);
      expect((await store.chatPlaces.get(s2))!.members).toEqual([]);
    });
  });
}
