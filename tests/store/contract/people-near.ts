import { beforeEach, describe, expect, it } from 'vitest';
import { distanceKm, point } from '../../../src/domain/geo.js';
import { newId, type PersonId } from '../../../src/domain/ids.js';
import { type Store } from '../../../src/store/port.js';
import { BERLIN, FRIEDRICHSHAIN, HAMBURG, POTSDAM, makeProfile } from '../../support/fixtures.js';

export function peopleNearContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('people near a point', () => {
    it('orders by distance and cuts off at the radius', async () => {
      const near = makeProfile({ at: FRIEDRICHSHAIN });
      const mid = makeProfile({ at: POTSDAM, radiusKm: 50 });
      const far = makeProfile({ at: HAMBURG, radiusKm: 500 });
      for (const p of [far, mid, near]) await store.people.insert(p);

      const hits = await store.people.near({ from: BERLIN, maxKm: 40, mutual: false, excludeIds: [], limit: 10 });
      expect(hits.map((h) => h.item.id)).toEqual([near.id, mid.id]);
      expect(hits[0]!.distanceKm).toBeCloseTo(3.35, 1);
      expect(hits[1]!.distanceKm).toBeGreaterThan(20);
      expect(hits[1]!.distanceKm).toBeLessThan(40);
    });

    it('with mutual reach keeps only people whose own radius reaches back', async () => {
      const homebody = makeProfile({ at: POTSDAM, radiusKm: 5 });
      const traveller = makeProfile({ at: POTSDAM, radiusKm: 50 });
      for (const p of [homebody, traveller]) await store.people.insert(p);
      const hits = await store.people.near({ from: BERLIN, maxKm: 50, mutual: true, excludeIds: [], limit: 10 });
      expect(hits.map((h) => h.item.id)).toEqual([traveller.id]);
    });

    it('finds neighbours across the antimeridian', async () => {
      const east = makeProfile({ at: point(-17.0, 179.95) });
      const west = makeProfile({ at: point(-17.0, -179.95) });
      const farAway = makeProfile({ at: point(-17.0, 170) });
      for (const p of [east, west, farAway]) await store.people.insert(p);
      const hits = await store.people.near({ from: point(-17.0, 179.99), maxKm: 20, mutual: false, excludeIds: [], limit: 10 });
      expect(hits.map((h) => h.item.id)).toEqual([east.id, west.id]);
      expect(hits[1]!.distanceKm).toBeCloseTo(6.4, 0);
    });

    it('measures near a pole where longitude means little', async () => {
      const acrossThePole = makeProfile({ at: point(89.9, 90) });
      const sameMeridian = makeProfile({ at: point(89.0, 0) });
      for (const p of [acrossThePole, sameMeridian]) await store.people.insert(p);
      const hits = await store.people.near({ from: point(89.9, -90), maxKm: 150, mutual: false, excludeIds: [], limit: 10 });
      expect(hits.map((h) => h.item.id)).toEqual([acrossThePole.id, sameMeridian.id]);
      expect(hits[0]!.distanceKm).toBeCloseTo(22.26, 1);
    });

    it('returns people at the very same spot, ties in id order, at distance 0', async () => {
      const twins = [makeProfile(), makeProfile(), makeProfile()];
      for (const p of twins) await store.people.insert(p);
      const hits = await store.people.near({ from: BERLIN, maxKm: 1, mutual: true, excludeIds: [], limit: 10 });
      expect(hits.map((h) => h.item.id)).toEqual(twins.map((p) => p.id).sort());
      expect(hits.every((h) => h.distanceKm < 1e-6)).toBe(true);
    });

    it('agrees with a brute-force nearest search for random people and queries all over the globe', async () => {
      let seed = 7;
      const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
      // Clusters at a pole, on the antimeridian, in a city, and spread everywhere.
      const centres = [point(89.5, 0), point(-10, 179.9), point(52.5, 13.4), point(0, 0)];
      const people = Array.from({ length: 400 }, (_, i) => {
        const c = centres[i % centres.length]!;
        const spread = i % 8 === 7 ? 60 : 0.6;
        const lat = Math.max(-90, Math.min(90, c.coordinates[1] + (random() - 0.5) * spread));
        const lng = ((c.coordinates[0] + (random() - 0.5) * spread * 2 + 540) % 360) - 180;
        return makeProfile({ at: point(lat, lng), radiusKm: 5 + Math.floor(random() * 120) });
      });
      for (const p of people) await store.people.insert(p);
      for (let q = 0; q < 24; q++) {
        const from = people[Math.floor(random() * people.length)]!.location!;
        const maxKm = 5 + Math.floor(random() * 150);
        const mutual = q % 2 === 0;
        const expected = people
          .map((p) => ({ id: p.id, d: distanceKm(from, p.location!), r: p.radiusKm }))
          .filter((x) => x.d <= maxKm && (!mutual || x.r >= x.d))
          .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
          .slice(0, 15);
        const hits = await store.people.near({ from, maxKm, mutual, excludeIds: [], limit: 15 });
        expect(hits.map((h) => h.distanceKm)).toEqual(expected.map((x) => expect.closeTo(x.d, 3)));
        expect(hits.length).toBe(expected.length);
      }
    });

    it('filters paused, excluded, blocking and activity mismatches in the same query, and limits', async () => {
      const me = newId<PersonId>();
      const fine = makeProfile({ at: FRIEDRICHSHAIN });
      const paused = makeProfile({ status: 'paused' });
      const excluded = makeProfile();
      const blocksMe = makeProfile({ blocked: [me] });
      const swimmer = makeProfile({ activities: ['swimming'] });
      const noPlace = makeProfile({ at: null });
      const second = makeProfile({ activities: ['yoga', 'running'], at: POTSDAM, radiusKm: 60 });
      for (const p of [fine, paused, excluded, blocksMe, swimmer, noPlace, second]) await store.people.insert(p);
      const base = { from: BERLIN, maxKm: 60, mutual: true, excludeIds: [excluded.id], notBlockedBy: me, activitiesAny: ['running', 'cycling'] as const };
      expect((await store.people.near({ ...base, limit: 10 })).map((h) => h.item.id)).toEqual([fine.id, second.id]);
      expect((await store.people.near({ ...base, limit: 1 })).map((h) => h.item.id)).toEqual([fine.id]);
    });
  });
}
