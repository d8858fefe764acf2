import { beforeEach, describe, expect, it } from 'vitest';
import { newId, type PersonId } from '../../../src/domain/ids.js';
import { type Store } from '../../../src/store/port.js';
import { T0, hoursFrom } from '../../support/fixtures.js';
import { conflictOf, connection, message } from './builders.js';

export function connectionsContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('buddy connections and messages', () => {
    it('pairs two people once whichever asks, moves status once, lists and deletes', async () => {
      const [a, b] = [newId<PersonId>(), newId<PersonId>()];
      const c = connection(a, b);
      await store.connections.insert(c);
      expect(await conflictOf(store.connections.insert(connection(b, a)))).toBe('connection-pair');
      expect((await store.connections.findPair(b, a))?.id).toBe(c.id);
      expect((await store.connections.transition(c.id, ['requested'], 'accepted', T0))?.respondedAt).toEqual(T0);
      expect(await store.connections.transition(c.id, ['requested'], 'declined', T0)).toBeNull();
      expect((await store.connections.listForPerson(b)).map((x) => x.id)).toEqual([c.id]);
      expect(await store.connections.delete(c.id)).toBe(true);
      expect(await store.connections.findPair(a, b)).toBeNull();
    });

    it('GIVEN connections answered at different times WHEN those accepted since a date are asked for THEN only accepted ones answered since then come back, oldest answer first', async () => {
      const people = Array.from({ length: 6 }, () => newId<PersonId>());
      const early = connection(people[0]!, people[1]!);
      const late = connection(people[2]!, people[3]!);
      const declined = connection(people[4]!, people[5]!);
      const waiting = connection(people[0]!, people[3]!);
      for (const c of [late, early, declined, waiting]) await store.connections.insert(c);
      await store.connections.transition(late.id, ['requested'], 'accepted', hoursFrom(T0, 5));
      await store.connections.transition(early.id, ['requested'], 'accepted', hoursFrom(T0, 2));
      await store.connections.transition(declined.id, ['requested'], 'declined', hoursFrom(T0, 3));
      expect((await store.connections.acceptedSince(hoursFrom(T0, 1))).map((c) => c.id)).toEqual([early.id, late.id]);
      expect((await store.connections.acceptedSince(hoursFrom(T0, 3))).map((c) => c.id)).toEqual([late.id]);
      expect(await store.connections.acceptedSince(hoursFrom(T0, 6))).toEqual([]);
    });

    it('keeps messages until their retention ends, newest first, and counts per sender', async () => {
      const c = connection(newId<PersonId>(), newId<PersonId>());
      const first = message(c, { createdAt: T0 });
      const second = message(c, { createdAt: hoursFrom(T0, 1), replyToId: first.id });
      const expired = message(c, { createdAt: hoursFrom(T0, -30), expiresAt: hoursFrom(T0, -6) });
      for (const m of [first, second, expired]) await store.messages.insert(m);
      expect(await store.messages.get(second.id, T0)).toEqual(second);
      expect(await store.messages.get(expired.id, T0)).toBeNull();
      expect((await store.messages.listForConnection(c.id, T0, 10)).map((m) => m.id)).toEqual([second.id, first.id]);
      expect(await store.messages.countFromSince(c.requesterId, hoursFrom(T0, -1))).toBe(2);
    });
  });
}
