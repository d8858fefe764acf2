import { ACTIVITY_IDS, levelRank } from '../../src/domain/activities.js';
import { weeklySlotIndices } from '../../src/domain/availability.js';
import { distanceKm } from '../../src/domain/geo.js';
import type { PersonId } from '../../src/domain/ids.js';
import { approximateScoreOf } from '../../src/domain/match-score.js';
import { availableAt, type Profile, reliability } from '../../src/domain/profile.js';
import type { PeoplePoolQuery } from '../../src/store/port.js';

/**
 * The pool a query should get, by brute force: every stored person filtered as the query says and
 * scored by the domain's approximate score, best first (ties: nearer, then smaller id). `skip`
 * stands for the people a store leaves out on its own (paused, quiet, held by a no-show pause).
 */
export function bruteForcePool(people: readonly Profile[], q: PeoplePoolQuery, skip: ReadonlySet<string> = new Set()): { id: PersonId; score: number; d: number }[] {
  const wanted = new Set(q.activitiesAny ?? ACTIVITY_IDS);
  return people
    .filter((p) => p.status === 'active' && p.location && p.level && p.activities.some((a) => wanted.has(a)) && !skip.has(p.id))
    .filter((p) => !q.excludeIds.includes(p.id) && (q.notBlockedBy === undefined || !p.blocked.includes(q.notBlockedBy)))
    .filter((p) => !q.levelsAny || q.levelsAny.includes(p.level!))
    .filter((p) => !q.availableAt || availableAt(p, q.availableAt.at))
    .map((p) => ({ p, d: distanceKm(q.from, p.location!) }))
    .filter(({ p, d }) => d <= q.maxKm && (!q.mutual || p.radiusKm >= d))
    .map(({ p, d }) => ({
      id: p.id,
      d,
      score: approximateScoreOf(q.ranking, {
        activities: p.activities,
        levelRank: levelRank(p.level!),
        slots: weeklySlotIndices(p.availability),
        radiusKm: p.radiusKm,
        reliability: reliability(p.attendance),
        distanceKm: d,
      }),
    }))
    .sort((a, b) => b.score - a.score || a.d - b.d || (a.id < b.id ? -1 : 1));
}
