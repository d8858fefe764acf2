import { beforeEach, describe, expect, it } from 'vitest';
import { type ActionId, newId, type NoticeId, type PersonId } from '../../../src/domain/ids.js';
import { markKeys } from '../../../src/domain/marks.js';
import { userKey } from '../../../src/domain/platform.js';
import { type Store } from '../../../src/store/port.js';
import { T0, hoursFrom, makeProfile, makeSession } from '../../support/fixtures.js';
import { connection, joinRequest, message } from './builders.js';

export function eraseContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('erasing a person', () => {
    it('removes everything that is theirs and cancels the sessions they host', async () => {
      const leaving = makeProfile({ identities: [userKey('discord', '31337')] });
      const friend = makeProfile();
      const waiter = newId<PersonId>();
      for (const p of [leaving, friend]) await store.people.insert(p);
      await store.people.addToSet(friend.id, 'blocked', leaving.id);

      const hosted = makeSession(leaving.id, { participants: [friend.id] });
      const joined = makeSession(friend.id, { capacity: 1, participants: [leaving.id], waitlist: [waiter], status: 'full' });
      const past = makeSession(leaving.id, { status: 'completed' });
      for (const s of [hosted, joined, past]) await store.sessions.insert(s);
      await store.joinRequests.insert(joinRequest(joined.id, leaving.id, { status: 'accepted' }));
      const c = connection(leaving.id, friend.id, { status: 'accepted' });
      await store.connections.insert(c);
      const m1 = message(c);
      const m2 = message(c, { fromId: friend.id, toId: leaving.id });
      await store.messages.insert(m1);
      await store.messages.insert(m2);
      await store.conversations.put({ personId: leaving.id, flow: 'x', version: 1, step: 's', data: {}, updatedAt: T0, expiresAt: hoursFrom(T0, 1) });
      await store.actions.put({ id: newId<ActionId>(), actorId: leaving.id, command: 'x', args: {}, createdAt: T0, expiresAt: hoursFrom(T0, 1) });
      await store.notices.add({ id: newId<NoticeId>(), personId: leaving.id, text: 'x', createdAt: T0 });
      await store.marks.put({ kind: 'shown-list', personId: leaving.id, list: 'buddies', ids: [friend.id], createdAt: T0, expiresAt: hoursFrom(T0, 24) });
      await store.marks.put({ kind: 'link-code', code: 'ERASE2', personId: leaving.id, createdAt: T0, expiresAt: hoursFrom(T0, 0.25) });

      const erasure = await store.erasePerson(leaving.id, T0);

      expect(erasure.cancelledSessions.map((s) => [s.id, s.status])).toEqual([[hosted.id, 'cancelled']]);
      expect(erasure.freedSeats).toEqual([{ sessionId: joined.id, promoted: waiter }]);
      expect(await store.people.get(leaving.id)).toBeNull();
      expect(await store.people.findByIdentity(userKey('discord', '31337'))).toBeNull();
      expect((await store.people.get(friend.id))!.blocked).toEqual([]);
      expect(await store.joinRequests.findLive(joined.id, leaving.id)).toBeNull();
      expect(await store.connections.findPair(leaving.id, friend.id)).toBeNull();
      expect(await store.messages.get(m1.id, T0)).toBeNull();
      expect(await store.messages.get(m2.id, T0)).toBeNull();
      expect(await store.conversations.get(leaving.id, T0)).toBeNull();
      expect(await store.notices.takeAll(leaving.id)).toEqual([]);
      expect(await store.marks.get(markKeys.shownList(leaving.id, 'buddies'), T0)).toBeNull();
      expect(await store.marks.get(markKeys.linkCode('ERASE2'), T0)).toBeNull();
      expect((await store.sessions.get(joined.id))!.participants).toEqual([waiter]);
      expect((await store.sessions.get(past.id))!.status).toBe('completed');
      // The identity is free again: the same account can start over.
      await store.people.insert(makeProfile({ identities: [userKey('discord', '31337')] }));
    });
  });
}
