import { beforeEach, describe, expect, it } from 'vitest';
import { newId, type PersonId } from '../../../src/domain/ids.js';
import { type Store } from '../../../src/store/port.js';
import { BERLIN, T0, hoursFrom, makeSession } from '../../support/fixtures.js';

/** What /plan needs of the store: a private session is kept whole but never found nearby. */
export function planContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('private sessions (/plan)', () => {
    it('GIVEN a private and a public session at the same spot WHEN sessions nearby are asked for THEN only the public one is found, in either order', async () => {
      const [host, guest] = [newId<PersonId>(), newId<PersonId>()];
      const secret = makeSession(host, { visibility: 'private', communityId: null, capacity: 1, participants: [guest], status: 'full' });
      const open = makeSession(newId<PersonId>(), { startsAt: hoursFrom(T0, 30) });
      await store.sessions.insert(secret);
      await store.sessions.insert(open);
      for (const order of ['nearest', 'soonest'] as const) {
        const found = await store.sessions.near({ from: BERLIN, maxKm: 50, statuses: ['open', 'full'], startsAfter: T0, limit: 10, order });
        expect(found.map((n) => n.item.id)).toEqual([open.id]);
      }
    });

    it('GIVEN a private session WHEN it is read back or listed for its two people THEN it keeps its visibility', async () => {
      const [host, guest] = [newId<PersonId>(), newId<PersonId>()];
      const secret = makeSession(host, { visibility: 'private', communityId: null, capacity: 1, participants: [guest], status: 'full' });
      await store.sessions.insert(secret);
      expect(await store.sessions.get(secret.id)).toEqual(secret);
      for (const who of [host, guest]) {
        const listed = await store.sessions.listForPerson(who, ['open', 'full'], T0);
        expect(listed.map((s) => [s.id, s.visibility])).toEqual([[secret.id, 'private']]);
      }
      const edited = await store.sessions.update(secret.id, { title: 'Moved' }, hoursFrom(T0, 1));
      expect(edited?.visibility).toBe('private');
    });
  });
}
