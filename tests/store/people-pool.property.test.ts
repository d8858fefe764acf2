import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_IDS, LEVELS, levelRank } from '../../src/domain/activities.js';
import { weeklySlotIndices, type WeeklySlot } from '../../src/domain/availability.js';
import { point } from '../../src/domain/geo.js';
import { FULL_OVERLAP_SLOTS, MATCH_WEIGHTS, type PoolRanking } from '../../src/domain/match-score.js';
import { activeSince, type Profile } from '../../src/domain/profile.js';
import { PoolIndex } from '../../src/store/memory/people-pool.js';
import type { PeoplePoolQuery } from '../../src/store/port.js';
import { makeProfile, T0 } from '../support/fixtures.js';
import { bruteForcePool } from '../support/pool-reference.js';

// The pool reads each cell as columns with a bitset of members per activity, counts some members
// without a distance and, in crowded cells, counts everyone's shared half-hours and activities 32
// at a time to pass most over unscored: whatever it skips, its pool and count must be those of
// scoring every person, in crowded cells (more than 32 people, several words of bits), after
// people changed, with more shared half-hours than its bit planes hold (31) and with askers of
// more activities than it counts by plane (7).
const NOW = new Date(T0.getTime() + 90 * 86_400_000);

const windowOf = (longest: number, days: number): fc.Arbitrary<WeeklySlot> => fc
  .record({ day: fc.integer({ min: 1, max: days }), start: fc.integer({ min: 0, max: 44 }), halfHours: fc.integer({ min: 1, max: longest }) })
  .map(({ day, start, halfHours }) => ({ day: day as WeeklySlot['day'], start: start * 30, end: Math.min(1440, (start + halfHours) * 30) }));

const personOf = (longest: number, activities: number, days = 7) => fc.record({
  dLat: fc.double({ min: -0.02, max: 0.02, noNaN: true }),
  dLng: fc.double({ min: -0.03, max: 0.03, noNaN: true }),
  // Mostly the first few activities, so people share some; now and then any (every bit of the mask).
  activities: fc.uniqueArray(fc.oneof({ arbitrary: fc.constantFrom(...ACTIVITY_IDS.slice(0, 4)), weight: 4 }, { arbitrary: fc.constantFrom(...ACTIVITY_IDS), weight: 1 }), { minLength: 1, maxLength: activities }),
  level: fc.constantFrom(...LEVELS),
  radiusKm: fc.integer({ min: 1, max: 16 }).map((r) => r / 2),
  availability: fc.array(windowOf(longest, days), { maxLength: 4 }),
  attended: fc.nat(8),
  missed: fc.nat(4),
  held: fc.constantFrom('no', 'no', 'no', 'held', 'ended'),
  // One in ten gone quiet, one in twenty paused (fc.double would draw 0 far more often).
  quiet: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
  paused: fc.integer({ min: 0, max: 19 }).map((x) => x === 0),
});
const personArb = personOf(8, 4);
type Drawn = typeof personArb extends fc.Arbitrary<infer T> ? T : never;

const toProfile = (p: Drawn): Profile =>
  makeProfile({
    at: point(52.52 + p.dLat, 13.405 + p.dLng),
    activities: p.activities,
    level: p.level,
    radiusKm: p.radiusKm,
    availability: p.availability,
    attendance: { attended: p.attended, missed: p.missed, streak: 0, bestStreak: 0 },
    status: p.paused ? 'paused' : 'active',
    lastActiveAt: new Date(NOW.getTime() - (p.quiet ? 70 : 1) * 86_400_000),
    noShowPause: p.held === 'no' ? null : { since: T0, until: new Date(NOW.getTime() + 86_400_000), communityId: null, ended: p.held === 'ended' },
  });

const queryOf = (asker: fc.Arbitrary<Drawn>) => fc.record({
  asker,
  mutual: fc.boolean(),
  anyActivity: fc.boolean(),
  levels: fc.option(fc.uniqueArray(fc.constantFrom(...LEVELS), { minLength: 1, maxLength: 2 }), { nil: undefined }),
  available: fc.boolean(),
  candidates: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  limit: fc.integer({ min: 1, max: 30 }),
  skipEvery: fc.integer({ min: 2, max: 40 }),
});

function poolsAsIfScoringEveryone(people: fc.Arbitrary<Drawn>, asker: fc.Arbitrary<Drawn>, numRuns: number): void {
    fc.assert(
      fc.property(fc.array(people, { minLength: 40, maxLength: 160 }), fc.array(people, { maxLength: 20 }), fc.array(queryOf(asker), { minLength: 1, maxLength: 4 }), (drawn, changes, queries) => {
        const index = new PoolIndex();
        const people = drawn.map(toProfile);
        for (const p of people) index.set(p);
        // Some move, change or just come back (only their last activity moves); filed again.
        changes.forEach((c, k) => {
          const i = (k * 7) % people.length;
          const changed = k % 3 === 0 ? { ...people[i]!, lastActiveAt: new Date(NOW.getTime() - (c.quiet ? 80 : 0) * 86_400_000) } : { ...toProfile(c), id: people[i]!.id };
          people[i] = changed;
          index.set(changed);
        });
        for (const a of queries) {
          const me = toProfile(a.asker);
          const ranking: PoolRanking = {
            weights: MATCH_WEIGHTS,
            activities: me.activities,
            levelRank: levelRank(me.level!),
            slots: weeklySlotIndices(me.availability),
            fullSlots: FULL_OVERLAP_SLOTS,
            perspective: a.candidates === undefined ? { kind: 'asker', radiusKm: me.radiusKm } : { kind: 'candidates', reliability: a.candidates },
          };
          const q: PeoplePoolQuery = {
            from: me.location!,
            maxKm: me.radiusKm,
            mutual: a.mutual,
            excludeIds: [],
            ...(a.anyActivity ? {} : { activitiesAny: me.activities }),
            ...(a.levels ? { levelsAny: a.levels } : {}),
            ...(a.available ? { availableAt: { at: NOW, activeSince: activeSince(NOW) } } : {}),
            ranking,
            limit: a.limit,
          };
          const skip = new Set(people.filter((_, i) => i % a.skipEvery === 0).map((p) => p.id));
          const expected = bruteForcePool(people, q, skip);
          const got = index.query(q, skip);
          expect(got.qualified).toBe(expected.length);
          expect(got.hits.map((h) => [h.id, h.score])).toEqual(expected.slice(0, a.limit).map((e) => [e.id, e.score]));
        }
      }),
      { numRuns },
    );
}

describe('the in-memory pool scores as if it scored everyone', () => {
  it('GIVEN crowded cells, some people changed after filing WHEN pooled THEN the pool and the count are the brute-force ones', () => {
    poolsAsIfScoringEveryone(personArb, personArb, 150);
  });

  it('GIVEN people free for whole days and askers doing up to nine activities WHEN pooled THEN the pool and the count are still the brute-force ones', () => {
    // Whole days on a weekend: many share more than 31 half-hours.
    poolsAsIfScoringEveryone(personOf(48, 4, 2), personOf(48, 9, 2), 60);
  });

  it('GIVEN a crowded cell where those read last are free all weekend, sharing 96 half-hours with the asker WHEN pooled THEN their time counts in full', () => {
    const weekend: WeeklySlot[] = [
      { day: 6, start: 0, end: 1440 },
      { day: 7, start: 0, end: 1440 },
    ];
    // Cells are read nearest first: the two hours' people, next door, fill the pool; then the weekend's, in a crowded cell 4 km off, must displace them.
    const { people, got, expected } = nextDoorThenFurther(52.556, [{ day: 6, start: 600, end: 720 }], weekend, weekend);
    expect(got.hits.map((h) => [h.id, h.score])).toEqual(expected);
    expect(got.qualified).toBe(people.length);
  });

  it('GIVEN a crowded cell whose people need every half-hour the asker has to beat a nearer pool WHEN pooled THEN they win it', () => {
    // The asker is free two hours a week (4 half-hours). Twenty people next door share none of
    // them and fill a pool of 5; twenty more, in a crowded cell 4.5 km north (the next row of
    // cells but one), share all four: that time outweighs the distance they lose (0.755 against
    // 0.750), but only with at least three of the four, which is what CellHopes may ask of them
    // and no more (it rules out only who would need more than the asker has in the cell).
    const two: WeeklySlot[] = [{ day: 6, start: 600, end: 720 }];
    const { people, got, expected } = nextDoorThenFurther(52.5605, [{ day: 1, start: 600, end: 720 }], two, two);
    expect(got.hits.map((h) => h.id)).toEqual(people.slice(20, 25).map((p) => p.id));
    expect(got.hits.map((h) => [h.id, h.score])).toEqual(expected);
  });
});

/**
 * Twenty runners next door to the asker (Berlin) free at `nearWeek`, twenty more from latitude
 * `furtherLat` free at `furtherWeek`, all beginners within 10 km: the pool of 5 of an asker free
 * at `askerWeek`, and brute force's.
 */
function nextDoorThenFurther(furtherLat: number, nearWeek: WeeklySlot[], furtherWeek: WeeklySlot[], askerWeek: WeeklySlot[]) {
  const people = Array.from({ length: 40 }, (_, i) =>
    makeProfile({ at: point(i < 20 ? 52.52 + i * 1e-5 : furtherLat + i * 1e-5, 13.405), activities: ['running'], level: 'beginner', radiusKm: 10, availability: i < 20 ? nearWeek : furtherWeek, lastActiveAt: NOW }),
  );
  const index = new PoolIndex();
  for (const p of people) index.set(p);
  const q: PeoplePoolQuery = {
    from: point(52.52, 13.405),
    maxKm: 10,
    mutual: true,
    excludeIds: [],
    activitiesAny: ['running'],
    ranking: { weights: MATCH_WEIGHTS, activities: ['running'], levelRank: 0, slots: weeklySlotIndices(askerWeek), fullSlots: FULL_OVERLAP_SLOTS, perspective: { kind: 'asker', radiusKm: 10 } },
    limit: 5,
  };
  return { people, got: index.query(q, new Set()), expected: bruteForcePool(people, q, new Set()).slice(0, 5).map((e) => [e.id, e.score]) };
}
