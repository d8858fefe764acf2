import { beforeEach, describe, expect, it } from 'vitest';
import { type MessageId, newId, type PersonId, type SessionId } from '../../../src/domain/ids.js';
import type { SessionChatMessage } from '../../../src/domain/session-chat.js';
import { type Store, StoreConflict, StoreInvalid } from '../../../src/store/port.js';
import { T0, hoursFrom } from '../../support/fixtures.js';

const DAY_H = 24;

function chatMessage(sessionId: SessionId, fromId: PersonId, toIds: PersonId[], at: Date, body = 'see you at the gate'): SessionChatMessage {
  return { id: newId<MessageId>(), sessionId, fromId, toIds, body, replyToId: null, createdAt: at, expiresAt: hoursFrom(at, 30 * DAY_H) };
}

/** Session chat messages: kept until their retention ends, listed per session, erased with their author. */
export function sessionChatContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('session chat messages', () => {
    it('GIVEN a message WHEN read by id THEN it is the stored one, a copy; after its retention nothing is found', async () => {
      const [ana, ben, cat] = [newId<PersonId>(), newId<PersonId>(), newId<PersonId>()];
      const m = { ...chatMessage(newId<SessionId>(), ana, [ben, cat], T0), replyToId: newId<MessageId>() };
      await store.sessionChat.insert(m);
      const got = (await store.sessionChat.get(m.id, hoursFrom(T0, 1)))!;
      expect(got).toEqual(m);
      (got.toIds as PersonId[]).push(ana);
      expect((await store.sessionChat.get(m.id, hoursFrom(T0, 1)))!.toIds).toEqual([ben, cat]);
      expect(await store.sessionChat.get(m.id, m.expiresAt)).toBeNull();
      expect(await store.sessionChat.get(newId<MessageId>(), T0)).toBeNull();
    });

    it('GIVEN messages of two sessions WHEN one session is listed THEN only its live messages, newest first, up to the limit', async () => {
      const [s1, s2] = [newId<SessionId>(), newId<SessionId>()];
      const [ana, ben] = [newId<PersonId>(), newId<PersonId>()];
      const first = chatMessage(s1, ana, [ben], T0, 'first');
      const second = chatMessage(s1, ben, [ana], hoursFrom(T0, 1), 'second');
      const third = chatMessage(s1, ana, [ben], hoursFrom(T0, 2), 'third');
      await store.sessionChat.insert(first);
      await store.sessionChat.insert(third);
      await store.sessionChat.insert(second);
      await store.sessionChat.insert(chatMessage(s2, ana, [ben], T0, 'elsewhere'));
      const now = hoursFrom(T0, 3);
      expect((await store.sessionChat.listForSession(s1, now, 10)).map((m) => m.body)).toEqual(['third', 'second', 'first']);
      expect((await store.sessionChat.listForSession(s1, now, 2)).map((m) => m.body)).toEqual(['third', 'second']);
      expect(await store.sessionChat.listForSession(s1, now, 0)).toEqual([]);
      // The first has passed its retention a little before the others.
      expect((await store.sessionChat.listForSession(s1, first.expiresAt, 10)).map((m) => m.body)).toEqual(['third', 'second']);
    });

    it('GIVEN a stored message WHEN the same id is inserted again, or a malformed one THEN it is refused', async () => {
      const m = chatMessage(newId<SessionId>(), newId<PersonId>(), [newId<PersonId>()], T0);
      await store.sessionChat.insert(m);
      await expect(store.sessionChat.insert({ ...m, body: 'again' })).rejects.toBeInstanceOf(StoreConflict);
      await expect(store.sessionChat.insert({ ...m, id: newId<MessageId>(), toIds: [''] as PersonId[] })).rejects.toBeInstanceOf(StoreInvalid);
      expect((await store.sessionChat.get(m.id, T0))!.body).toBe('see you at the gate');
    });

    it('GIVEN a person who wrote and was written to WHEN erased THEN what they wrote goes and they are off every recipient list', async () => {
      const s = newId<SessionId>();
      const [ana, ben, cat] = [newId<PersonId>(), newId<PersonId>(), newId<PersonId>()];
      const byAna = chatMessage(s, ana, [ben, cat], T0);
      const byBen = chatMessage(s, ben, [ana, cat], hoursFrom(T0, 1));
      await store.sessionChat.insert(byAna);
      await store.sessionChat.insert(byBen);
      await store.erasePerson(ana, hoursFrom(T0, 2));
      expect(await store.sessionChat.get(byAna.id, hoursFrom(T0, 2))).toBeNull();
      expect((await store.sessionChat.get(byBen.id, hoursFrom(T0, 2)))!.toIds).toEqual([cat]);
    });
  });
}
