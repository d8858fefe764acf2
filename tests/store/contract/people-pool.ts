import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIVITY_IDS, type ActivityId, LEVELS, levelRank } from '../../../src/domain/activities.js';
import { weeklySlotIndices, type WeeklySlot } from '../../../src/domain/availability.js';
import { type GeoPoint, point } from '../../../src/domain/geo.js';
import { newId, type PersonId } from '../../../src/domain/ids.js';
import { FULL_OVERLAP_SLOTS, MATCH_WEIGHTS, type PoolRanking } from '../../../src/domain/match-score.js';
import { activeSince, type Profile } from '../../../src/domain/profile.js';
import type { PeoplePoolQuery, Store } from '../../../src/store/port.js';
import { BERLIN, FRIEDRICHSHAIN, POTSDAM, T0, makeProfile } from '../../support/fixtures.js';
import { bruteForcePool } from '../../support/pool-reference.js';

const evenings: WeeklySlot[] = [1, 2, 3, 4, 5].map((day) => ({ day: day as WeeklySlot['day'], start: 18 * 60, end: 20 * 60 }));

/** Ranking as `me` asking, built by hand from the matching weights (not by the code under test). */
const asker = (activities: ActivityId[], level: (typeof LEVELS)[number], availability: WeeklySlot[], radiusKm: number): PoolRanking => ({
  weights: MATCH_WEIGHTS,
  activities,
  levelRank: levelRank(level),
  slots: weeklySlotIndices(availability),
  fullSlots: FULL_OVERLAP_SLOTS,
  perspective: { kind: 'asker', radiusKm },
});

const query = (ranking: PoolRanking, overrides: Partial<PeoplePoolQuery> = {}): PeoplePoolQuery => ({
  from: BERLIN,
  maxKm: 30,
  mutual: true,
  excludeIds: [],
  activitiesAny: ['running'],
  ranking,
  limit: 10,
  ...overrides,
});

export function peoplePoolContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });
  const insert = async (...people: Profile[]) => {
    for (const p of people) await store.people.insert(p);
  };

  describe('the ranked pool (best approximate score before the cut)', () => {
    it('GIVEN a near poor fit and a further good fit WHEN pooled THEN the good fit comes first, with the reference score', async () => {
      const ranking = asker(['running', 'yoga'], 'intermediate', evenings, 20);
      const nearPoor = makeProfile({ at: BERLIN, activities: ['running', 'climbing', 'swimming'], level: 'advanced', radiusKm: 20 });
      const farGood = makeProfile({ at: FRIEDRICHSHAIN, activities: ['running', 'yoga'], level: 'intermediate', availability: evenings, radiusKm: 20 });
      await insert(nearPoor, farGood);
      const pool = await store.people.pool(query(ranking));
      expect(pool.candidates.map((c) => c.item.id)).toEqual([farGood.id, nearPoor.id]);
      const expected = bruteForcePool([nearPoor, farGood], query(ranking));
      expect(pool.candidates.map((c) => c.approximateScore)).toEqual(expected.map((e) => e.score));
      expect(pool.candidates[0]!.approximateScore).toBeGreaterThan(0.9);
      expect(pool.qualified).toBe(2);
    });

    it('GIVEN a pooled candidate WHEN a caller tries to change it THEN the stored profile stays as it was (the memory store hands out read-only rows, MongoDB copies)', async () => {
      const p = makeProfile({ at: BERLIN, activities: ['running'], level: 'beginner', availability: evenings, radiusKm: 20 });
      await insert(p);
      const [candidate] = (await store.people.pool(query(asker(['running'], 'beginner', evenings, 20)))).candidates;
      const item = candidate!.item as unknown as { displayName: string; activities: string[] };
      try {
        item.displayName = 'Changed';
        item.activities.push('yoga');
      } catch (e) {
        expect(e).toBeInstanceOf(TypeError);
      }
      expect(await store.people.get(p.id)).toEqual(p);
    });

    it('GIVEN pooled people who then change what the pool does not score (a name, a bio) or only come back WHEN pooled again THEN each candidate is the profile as stored now', async () => {
      const ana = makeProfile({ at: BERLIN, activities: ['running'], level: 'beginner', availability: evenings, radiusKm: 20, displayName: 'Ana' });
      const ben = makeProfile({ at: FRIEDRICHSHAIN, activities: ['running'], level: 'beginner', availability: evenings, radiusKm: 20, displayName: 'Ben' });
      await insert(ana, ben);
      const ranking = asker(['running'], 'beginner', evenings, 20);
      await store.people.pool(query(ranking));
      await store.people.update(ana.id, { displayName: 'Ana Lena', bio: 'Sunday long runs' }, new Date(T0.getTime() + 60_000));
      await store.people.update(ben.id, { lastActiveAt: new Date(T0.getTime() + 120_000) }, new Date(T0.getTime() + 120_000));
      const again = await store.people.pool(query(ranking));
      for (const c of again.candidates) expect(c.item).toEqual(await store.people.get(c.item.id));
      expect(again.candidates.map((c) => c.item.displayName).sort()).toEqual(['Ana Lena', 'Ben']);
    });

    it('GIVEN equal scores WHEN pooled THEN ties go to the nearer, then to the smaller id', async () => {
      const ranking = asker(['running'], 'intermediate', [], 10);
      // Same spot, same everything: only the id can order them. Then one a little further away.
      const twins = [makeProfile(), makeProfile(), makeProfile()];
      await insert(...twins);
      const pool = await store.people.pool(query(ranking, { maxKm: 10 }));
      expect(pool.candidates.map((c) => c.item.id)).toEqual(twins.map((t) => t.id).sort());
      expect(new Set(pool.candidates.map((c) => c.approximateScore)).size).toBe(1);
    });

    it('GIVEN more qualified people than the limit WHEN pooled THEN the best `limit` come back and all qualified are counted', async () => {
      const ranking = asker(['running'], 'intermediate', evenings, 30);
      const levels = ['intermediate', 'advanced', 'beginner', 'intermediate', 'advanced'] as const;
      const people = levels.map((level, i) => makeProfile({ level, at: point(52.52 + i * 0.01, 13.405), radiusKm: 30, availability: i % 2 ? evenings : [] }));
      await insert(...people);
      const q = query(ranking, { limit: 2 });
      const pool = await store.people.pool(q);
      expect(pool.qualified).toBe(5);
      expect(pool.candidates.map((c) => c.item.id)).toEqual(bruteForcePool(people, q).slice(0, 2).map((r) => r.id));
      expect(pool.candidates[0]!.item.id).toBe(people[3]!.id); // intermediate, shares the evenings
      expect((await store.people.pool({ ...q, limit: 0 })).candidates).toEqual([]);
    });

    it('GIVEN everyone who may not be matched WHEN pooled THEN none is a candidate and none is counted', async () => {
      const me = newId<PersonId>();
      const ranking = asker(['running', 'cycling'], 'intermediate', evenings, 60);
      const fine = makeProfile({ at: FRIEDRICHSHAIN });
      const alsoFine = makeProfile({ at: POTSDAM, radiusKm: 60, activities: ['cycling'] });
      const out = [
        makeProfile({ status: 'paused' }),
        makeProfile({ blocked: [me] }),
        makeProfile({ activities: ['swimming'] }),
        makeProfile({ level: null }),
        makeProfile({ at: null }),
        makeProfile({ at: POTSDAM, radiusKm: 5 }), // can't reach back: mutual reach
      ];
      const excluded = makeProfile(); // declined, connected or banned: the core's exclusions
      await insert(fine, alsoFine, excluded, ...out);
      const q = query(ranking, { maxKm: 60, excludeIds: [excluded.id], notBlockedBy: me, activitiesAny: ['running', 'cycling'] });
      const pool = await store.people.pool(q);
      expect(pool.candidates.map((c) => c.item.id).sort()).toEqual([fine.id, alsoFine.id].sort());
      expect(pool.qualified).toBe(2);
      // Unblocking brings the blocker back, counted too.
      await store.people.pull(out[1]!.id, 'blocked', me);
      expect((await store.people.pool(q)).qualified).toBe(3);
    });

    it('GIVEN a level filter WHEN pooled THEN only people at those levels qualify', async () => {
      const ranking = asker(['running'], 'beginner', [], 10);
      const people = LEVELS.map((level) => makeProfile({ level }));
      await insert(...people);
      const pool = await store.people.pool(query(ranking, { levelsAny: ['beginner', 'intermediate'] }));
      expect(pool.candidates.map((c) => c.item.level)).toEqual(['beginner', 'intermediate']);
      expect(pool.qualified).toBe(2);
    });

    it('GIVEN availability changed after insert WHEN pooled THEN the stored weekly slots follow it', async () => {
      const ranking = asker(['running'], 'intermediate', evenings, 20);
      const a = makeProfile({ at: BERLIN, radiusKm: 20 });
      const b = makeProfile({ at: FRIEDRICHSHAIN, radiusKm: 20 });
      await insert(a, b);
      expect((await store.people.pool(query(ranking))).candidates[0]!.item.id).toBe(a.id);
      await store.people.update(b.id, { availability: evenings }, T0);
      expect((await store.people.pool(query(ranking))).candidates[0]!.item.id).toBe(b.id);
      await store.people.recordAttendance(a.id, true);
      await store.people.update(b.id, { status: 'paused' }, T0);
      const after = await store.people.pool(query(ranking));
      expect(after.candidates.map((c) => c.item.id)).toEqual([a.id]);
      expect(after.qualified).toBe(1);
    });

    it("GIVEN the candidates' side WHEN pooled THEN distance is measured against each one's own radius and the subject's reliability counts for all", async () => {
      const ranking: PoolRanking = { ...asker(['running'], 'intermediate', [], 50), perspective: { kind: 'candidates', reliability: 0.5 } };
      const wide = makeProfile({ at: FRIEDRICHSHAIN, radiusKm: 50, attendance: { attended: 0, missed: 5, streak: 0, bestStreak: 0 } });
      const narrow = makeProfile({ at: point(52.52, 13.43), radiusKm: 3 });
      await insert(wide, narrow);
      const q = query(ranking, { maxKm: 50 });
      const pool = await store.people.pool(q);
      // `narrow` is nearer but 1.7 km is most of its 3 km; `wide` is further, a small part of 50 km.
      expect(pool.candidates.map((c) => c.item.id)).toEqual([wide.id, narrow.id]);
      expect(pool.candidates.map((c) => c.approximateScore)).toEqual(bruteForcePool([wide, narrow], q).map((r) => r.score));
    });

    it('agrees with the brute-force reference, order and count, for random people in a dense town', async () => {
      let seed = 11;
      const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
      const pickOf = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
      const me = newId<PersonId>();
      const week = (): WeeklySlot[] =>
        Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
          const start = 30 * Math.floor(random() * 44);
          return { day: (1 + Math.floor(random() * 7)) as WeeklySlot['day'], start, end: Math.min(1440, start + 30 * (2 + Math.floor(random() * 6))) };
        });
      const spot = (): GeoPoint => point(52.52 + (random() - 0.5) * 0.3, 13.405 + (random() - 0.5) * 0.45);
      const people = Array.from({ length: 150 }, (_, i) =>
        makeProfile({
          at: spot(),
          activities: [...new Set([pickOf(ACTIVITY_IDS.slice(0, 4)), pickOf(ACTIVITY_IDS.slice(0, 6))])],
          level: pickOf(LEVELS),
          radiusKm: 3 + Math.floor(random() * 15),
          availability: week(),
          attendance: { attended: Math.floor(random() * 6), missed: Math.floor(random() * 3), streak: 0, bestStreak: 0 },
          status: i % 17 === 0 ? 'paused' : 'active',
          blocked: i % 23 === 0 ? [me] : [],
        }),
      );
      await insert(...people);
      for (let k = 0; k < 12; k++) {
        const from = pickOf(people).location!;
        const radiusKm = 4 + Math.floor(random() * 14);
        const activities = [...new Set([pickOf(ACTIVITY_IDS.slice(0, 4)), pickOf(ACTIVITY_IDS.slice(0, 6))])];
        const ranking: PoolRanking =
          k % 3 === 2
            ? { ...asker(activities, pickOf(LEVELS), week(), radiusKm), perspective: { kind: 'candidates', reliability: random() } }
            : asker(activities, pickOf(LEVELS), week(), radiusKm);
        const q = query(ranking, { from, maxKm: radiusKm, activitiesAny: activities, notBlockedBy: me, excludeIds: [pickOf(people).id], limit: 8 });
        const expected = bruteForcePool(people, q);
        const pool = await store.people.pool(q);
        expect(pool.qualified).toBe(expected.length);
        expect(pool.candidates.map((c) => c.item.id)).toEqual(expected.slice(0, 8).map((e) => e.id));
        expect(pool.candidates.map((c) => c.approximateScore)).toEqual(expected.slice(0, 8).map((e) => e.score));
      }
    });

    it('agrees with the brute-force reference in a crowded centre: many people to a cell, some paused or gone quiet, a bigger cut', async () => {
      let seed = 29;
      const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
      const pickOf = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
      const now = new Date(T0.getTime() + 90 * 86_400_000);
      const week = (): WeeklySlot[] =>
        Array.from({ length: Math.floor(random() * 4) }, () => {
          const start = 30 * Math.floor(random() * 44);
          return { day: (1 + Math.floor(random() * 7)) as WeeklySlot['day'], start, end: Math.min(1440, start + 30 * (1 + Math.floor(random() * 8))) };
        });
      // About 3 × 3 km: a few dozen people share each grid cell, radii straddle the cells.
      const spot = (): GeoPoint => point(52.52 + (random() - 0.5) * 0.027, 13.405 + (random() - 0.5) * 0.045);
      const people = Array.from({ length: 400 }, (_, i) =>
        makeProfile({
          at: spot(),
          activities: [...new Set([pickOf(ACTIVITY_IDS.slice(0, 3)), pickOf(ACTIVITY_IDS.slice(0, 8))])],
          level: pickOf(LEVELS),
          radiusKm: 0.5 + Math.floor(random() * 8) / 2,
          availability: week(),
          attendance: { attended: Math.floor(random() * 8), missed: Math.floor(random() * 3), streak: 0, bestStreak: 0 },
          lastActiveAt: i % 11 === 0 ? new Date(now.getTime() - 70 * 86_400_000) : new Date(now.getTime() - 86_400_000),
          noShowPause: i % 13 === 0 ? { since: T0, until: new Date(now.getTime() + (i % 2 ? 1 : -1) * 86_400_000), communityId: null, ended: false } : null,
        }),
      );
      await insert(...people);
      for (let k = 0; k < 10; k++) {
        const from = pickOf(people).location!;
        const radiusKm = 0.5 + Math.floor(random() * 8) / 2;
        const activities = [...new Set([pickOf(ACTIVITY_IDS.slice(0, 3)), pickOf(ACTIVITY_IDS.slice(0, 8))])];
        const ranking = k % 2 ? { ...asker(activities, pickOf(LEVELS), week(), radiusKm), perspective: { kind: 'candidates', reliability: random() } as const } : asker(activities, pickOf(LEVELS), week(), radiusKm);
        const q = query(ranking, { from, maxKm: radiusKm, mutual: k % 3 !== 1, activitiesAny: activities, excludeIds: [pickOf(people).id], availableAt: { at: now, activeSince: activeSince(now) }, limit: 25 });
        const expected = bruteForcePool(people, q);
        const pool = await store.people.pool(q);
        expect(pool.qualified).toBe(expected.length);
        expect(pool.candidates.map((c) => c.item.id)).toEqual(expected.slice(0, 25).map((e) => e.id));
        // MongoDB's spherical maths may differ from the reference's in the last bits.
        pool.candidates.forEach((c, i) => expect(c.distanceKm).toBeCloseTo(expected[i]!.d, 6));
      }
    });
  });
}
