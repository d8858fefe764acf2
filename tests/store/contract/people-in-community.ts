import { beforeEach, describe, expect, it } from 'vitest';
import { type CommunityId, newId } from '../../../src/domain/ids.js';
import { type Store } from '../../../src/store/port.js';
import { T0, hoursFrom, makeProfile } from '../../support/fixtures.js';

/** Who a moderator can name: the people of one community (src/store/port.ts, `listInCommunity`). */
export function peopleInCommunityContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('people in a community', () => {
    it('GIVEN three members and an outsider WHEN listed THEN only the members, the most recently active first, at most the limit, as copies', async () => {
      const here = newId<CommunityId>();
      const [old, recent, middle] = [1, 3, 2].map((h, i) => makeProfile({ displayName: `Member ${i}`, communities: [here], lastActiveAt: hoursFrom(T0, h) }));
      const outsider = makeProfile({ displayName: 'Outsider', communities: [newId<CommunityId>()] });
      for (const p of [old!, recent!, middle!, outsider]) await store.people.insert(p);

      const all = await store.people.listInCommunity(here, 10);
      expect(all.map((p) => p.id)).toEqual([recent!.id, middle!.id, old!.id]);
      expect(all[0]).toEqual(recent);
      expect((await store.people.listInCommunity(here, 2)).map((p) => p.id)).toEqual([recent!.id, middle!.id]);
      expect(await store.people.listInCommunity(here, 0)).toEqual([]);
      expect(await store.people.listInCommunity(newId<CommunityId>(), 10)).toEqual([]);

      (all[0] as { displayName: string }).displayName = 'Changed';
      expect((await store.people.get(recent!.id))!.displayName).toBe('Member 1');
    });
  });
}
