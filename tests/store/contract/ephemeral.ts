import { beforeEach, describe, expect, it } from 'vitest';
import { type ActionId, newId, type NoticeId, type PersonId } from '../../../src/domain/ids.js';
import { type Store } from '../../../src/store/port.js';
import { T0, hoursFrom } from '../../support/fixtures.js';

export function ephemeralContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('conversation state, actions and notices', () => {
    it('keeps one conversation per person until it expires', async () => {
      const me = newId<PersonId>();
      const state = { personId: me, flow: 'profile-setup', version: 2, step: 'location', data: { activities: ['running'] }, updatedAt: T0, expiresAt: hoursFrom(T0, 24) };
      await store.conversations.put(state);
      expect(await store.conversations.get(me, T0)).toEqual(state);
      expect(await store.conversations.get(me, hoursFrom(T0, 25))).toBeNull();
      await store.conversations.put({ ...state, step: 'level' });
      expect((await store.conversations.get(me, T0))?.step).toBe('level');
      await store.conversations.delete(me);
      expect(await store.conversations.get(me, T0)).toBeNull();
    });

    it('looks up stored actions until they expire or are deleted', async () => {
      const action = { id: newId<ActionId>(), actorId: newId<PersonId>(), command: 'accept', args: { requestId: 'x' }, createdAt: T0, expiresAt: hoursFrom(T0, 1) };
      await store.actions.put(action);
      expect(await store.actions.get(action.id, T0)).toEqual(action);
      expect(await store.actions.get(action.id, hoursFrom(T0, 2))).toBeNull();
      await store.actions.delete(action.id);
      expect(await store.actions.get(action.id, T0)).toBeNull();
    });

    it('hands each notice out once, oldest first, even to concurrent takers', async () => {
      const me = newId<PersonId>();
      for (const h of [2, 0, 1]) await store.notices.add({ id: newId<NoticeId>(), personId: me, text: `n${h}`, createdAt: hoursFrom(T0, h) });
      const takes = await Promise.all([store.notices.takeAll(me), store.notices.takeAll(me), store.notices.takeAll(me)]);
      expect(takes.flat().map((n) => n.text).sort()).toEqual(['n0', 'n1', 'n2']);
      expect(takes.find((t) => t.length === 3)?.map((n) => n.text) ?? ['n0', 'n1', 'n2']).toEqual(['n0', 'n1', 'n2']);
      expect(await store.notices.takeAll(me)).toEqual([]);
    });
  });
}
