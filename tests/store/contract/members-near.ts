import { beforeEach, describe, expect, it } from 'vitest';
import { point } from '../../../src/domain/geo.js';
import { type CommunityId, newId } from '../../../src/domain/ids.js';
import { type Store } from '../../../src/store/port.js';
import { BERLIN, HAMBURG, POTSDAM, makeProfile } from '../../support/fixtures.js';

/** `people.hasMemberNear`: whether a community has someone near a place, and nothing more. */
export function membersNearContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('a community member near a place', () => {
    it('GIVEN members in Potsdam and Hamburg WHEN asked about Berlin THEN yes within 40 km, no within 10 km, and only for that community', async () => {
      const [here, elsewhere] = [newId<CommunityId>(), newId<CommunityId>()];
      const potsdam = makeProfile({ at: POTSDAM, communities: [here] });
      const hamburg = makeProfile({ at: HAMBURG, communities: [here], status: 'paused' });
      const stranger = makeProfile({ at: BERLIN, communities: [elsewhere] });
      for (const p of [potsdam, hamburg, stranger]) await store.people.insert(p);
      const someoneElse = stranger.id;

      expect(await store.people.hasMemberNear(here, BERLIN, 40, someoneElse)).toBe(true);
      expect(await store.people.hasMemberNear(here, BERLIN, 10, someoneElse)).toBe(false);
      // A paused member still says where the community is.
      expect(await store.people.hasMemberNear(here, point(53.55, 10.0), 10, someoneElse)).toBe(true);
      expect(await store.people.hasMemberNear(elsewhere, BERLIN, 10, potsdam.id)).toBe(true);
    });

    it('GIVEN the only member near is the one left out WHEN asked THEN no; anywhere at all counts only located members', async () => {
      const here = newId<CommunityId>();
      const host = makeProfile({ at: BERLIN, communities: [here] });
      const unplaced = makeProfile({ at: null, area: null, communities: [here] });
      for (const p of [host, unplaced]) await store.people.insert(p);

      expect(await store.people.hasMemberNear(here, BERLIN, 40, host.id)).toBe(false);
      expect(await store.people.hasMemberNear(here, BERLIN, null, host.id)).toBe(false);
      expect(await store.people.hasMemberNear(here, point(-33.9, 18.4), null, unplaced.id)).toBe(true);
      expect(await store.people.hasMemberNear(newId<CommunityId>(), BERLIN, null, host.id)).toBe(false);
    });
  });
}
