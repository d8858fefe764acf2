import type { Model, PipelineStage } from 'mongoose';
import { LEVELS, levelRank } from '../../domain/activities.js';
import type { GeoPoint } from '../../domain/geo.js';
import type { Profile } from '../../domain/profile.js';
import type { WorkoutSession } from '../../domain/session.js';
import { APPROXIMATE_DECIMALS, type PoolRanking } from '../../domain/match-score.js';
import type { Near, NearPeopleQuery, NearSessionsFilter, NearSessionsQuery, PeoplePool, PeoplePoolQuery } from '../port.js';
import { profileFromDoc, type ProfileDoc } from './profile.model.js';
import { sessionFromDoc, type SessionDoc } from './session.model.js';

/**
 * The two proximity searches. Each is ONE aggregation that starts with `$geoNear` on the 2dsphere
 * index, with every filter that can run inside it in its `query`; distances never leave the
 * database as coordinates and no candidate is loaded to compute anything in Node.
 *
 * Order: nearest first, ties by `_id`. The sort on `{dist, _id}` comes before `$skip`/`$limit`, so
 * that which of several equally distant items make the page is decided by id too (people placed at
 * the same city centre, sessions at the same meeting place): pages then never overlap or skip an
 * item, and the result is the same as the in-memory store's. MongoDB runs `$sort` + `$limit` as a
 * top-k sort that keeps only `skip + limit` documents in memory.
 */

/** The field `$geoNear` writes the distance in metres to; removed when mapping to the domain. */
const DIST = 'dist';

type WithDistance<T> = T & { [DIST]: number };

const nearPoint = (p: GeoPoint) => ({ type: 'Point' as const, coordinates: [p.coordinates[0], p.coordinates[1]] as [number, number] });

const metres = (km: number) => km * 1000;

/** A positive whole number for `$limit`/`$skip`, or 0 when there is nothing to ask for. */
const count = (n: number | undefined) => (n !== undefined && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);

function page(skip: number, limit: number, order: 'nearest' | 'soonest' = 'nearest'): PipelineStage[] {
  const sort: Record<string, 1> = order === 'soonest' ? { startsAt: 1, [DIST]: 1, _id: 1 } : { [DIST]: 1, _id: 1 };
  return [{ $sort: sort }, ...(skip > 0 ? [{ $skip: skip }] : []), { $limit: limit }];
}

/** `$geoNear` with every filter of the query inside it, and mutual reach right after. */
function peopleWithinReach(q: NearPeopleQuery, extra: Record<string, unknown> = {}): PipelineStage[] {
  const query: Record<string, unknown> = { status: 'active', ...extra };
  if (q.excludeIds.length > 0) query._id = { $nin: [...q.excludeIds] };
  if (q.notBlockedBy !== undefined) query.blocked = { $ne: q.notBlockedBy };
  if (q.activitiesAny !== undefined) query.activities = { $in: [...q.activitiesAny] };
  if (q.availableAt !== undefined) {
    // Inside $geoNear's query, so the 2dsphere index still does the work. `$not` keeps profiles
    // stored before pauses and activity were recorded (no such field): they count as available.
    query.$and = [
      { $or: [{ noShowPause: null }, { 'noShowPause.ended': true }, { 'noShowPause.until': { $lte: q.availableAt.at } }] },
      { lastActiveAt: { $not: { $lt: q.availableAt.activeSince } } },
    ];
  }

  const pipeline: PipelineStage[] = [
    {
      $geoNear: {
        near: nearPoint(q.from),
        key: 'location',
        distanceField: DIST,
        maxDistance: metres(q.maxKm),
        spherical: true,
        query,
      },
    },
  ];
  // Mutual reach: the candidate's own radius (km) must cover the distance (m) back to `from`.
  if (q.mutual) pipeline.push({ $match: { $expr: { $gte: [{ $multiply: ['$radiusKm', 1000] }, `$${DIST}`] } } });
  return pipeline;
}

export async function nearPeople(model: Model<ProfileDoc>, q: NearPeopleQuery): Promise<Near<Profile>[]> {
  const limit = count(q.limit);
  if (limit === 0 || !(q.maxKm >= 0)) return [];
  const pipeline = [...peopleWithinReach(q), ...page(0, limit)];

  const rows = await model.aggregate<WithDistance<ProfileDoc>>(pipeline).exec();
  return rows.map((row) => ({ item: profileFromDoc(row), distanceKm: row[DIST] / 1000 }));
}

/** The field the approximate score is written to; removed when mapping to the domain. */
const APPROX = 'approx';

/**
 * The approximate score (src/domain/match-score.ts: `approximateParts`, `approximateScore`) as
 * an aggregation expression: the same parts, the same weights, summed in the same order and
 * rounded the same way (Math.round(x) is floor(x + 0.5) for the non-negative scores here).
 */
export function approximateScoreExpr(r: PoolRanking): Record<string, unknown> {
  const mine = [...new Set(r.activities)];
  const activities = {
    $let: {
      vars: { shared: { $size: { $setIntersection: [mine, '$activities'] } }, union: { $size: { $setUnion: [mine, '$activities'] } } },
      in: { $cond: [{ $gt: ['$$union', 0] }, { $divide: ['$$shared', '$$union'] }, 0] },
    },
  };
  const availability = {
    $min: [1, { $divide: [{ $size: { $setIntersection: [[...new Set(r.slots)], { $ifNull: ['$slots', []] }] } }, Math.max(1, r.fullSlots)] }],
  };
  const level = {
    $subtract: [1, { $divide: [{ $abs: { $subtract: [r.levelRank, { $indexOfArray: [[...LEVELS], '$level'] }] } }, LEVELS.length - 1] }],
  };
  const radius = r.perspective.kind === 'asker' ? Math.max(1, r.perspective.radiusKm) : { $max: [1, '$radiusKm'] };
  const distance = { $max: [0, { $subtract: [1, { $divide: [{ $divide: [`$${DIST}`, 1000] }, radius] }] }] };
  const reliability =
    r.perspective.kind === 'asker'
      ? {
          $let: {
            vars: { a: { $ifNull: ['$attendance.attended', 0] }, t: { $add: [{ $ifNull: ['$attendance.attended', 0] }, { $ifNull: ['$attendance.missed', 0] }] } },
            in: { $cond: [{ $eq: ['$$t', 0] }, 1, { $divide: ['$$a', '$$t'] }] },
          },
        }
      : r.perspective.reliability;
  const w = r.weights;
  const sum = [
    { $multiply: [w.activities, activities] },
    { $multiply: [w.availability, availability] },
    { $multiply: [w.level, level] },
    { $multiply: [w.distance, distance] },
    { $multiply: [w.reliability, reliability] },
  ].reduce<unknown>((acc, term) => (acc === null ? term : { $add: [acc, term] }), null);
  const scale = 10 ** APPROXIMATE_DECIMALS;
  return { $divide: [{ $floor: { $add: [{ $multiply: [sum, scale] }, 0.5] } }, scale] };
}

/**
 * The ranked pool: `$geoNear` (maximum distance and every filter in its query), mutual reach,
 * then one `$facet` that counts everyone who qualified and, beside it, scores them, sorts by
 * score (ties by distance, then id) and keeps the best `limit` (a top-k sort).
 */
export async function peoplePool(model: Model<ProfileDoc>, q: PeoplePoolQuery): Promise<PeoplePool> {
  const limit = count(q.limit);
  if (limit === 0 || !(q.maxKm >= 0)) return { candidates: [], qualified: 0 };
  const matchable: Record<string, unknown> = { level: q.levelsAny !== undefined ? { $in: [...q.levelsAny] } : { $in: [...LEVELS] } };
  if (q.activitiesAny === undefined) matchable['activities.0'] = { $exists: true };
  const pipeline: PipelineStage[] = [
    ...peopleWithinReach(q, matchable),
    {
      $facet: {
        pool: [{ $addFields: { [APPROX]: approximateScoreExpr(q.ranking) } }, { $sort: { [APPROX]: -1, [DIST]: 1, _id: 1 } }, { $limit: limit }],
        qualified: [{ $count: 'n' }],
      },
    },
  ];
  const [out] = await model.aggregate<{ pool: (WithDistance<ProfileDoc> & { [APPROX]: number })[]; qualified: { n: number }[] }>(pipeline).exec();
  return {
    candidates: (out?.pool ?? []).map((row) => ({ item: profileFromDoc(row), distanceKm: row[DIST] / 1000, approximateScore: row[APPROX] })),
    qualified: out?.qualified[0]?.n ?? 0,
  };
}

/** `$geoNear` on the sessions' `place_point_2dsphere` index with every filter in its query. */
function sessionsWithinReach(q: NearSessionsFilter): PipelineStage[] {
  const startsAt: Record<string, Date> = { $gte: q.startsAfter };
  if (q.startsBefore !== undefined) startsAt.$lt = q.startsBefore;
  // Private sessions (a /plan for two) are never found nearby; older documents without the field are public.
  const query: Record<string, unknown> = { status: { $in: [...q.statuses] }, startsAt, visibility: { $ne: 'private' } };
  if (q.activity !== undefined) query.activity = q.activity;
  if (q.level !== undefined) {
    // The level lies within [levels.min, levels.max], compared by rank.
    const rank = levelRank(q.level);
    query.levelMinRank = { $lte: rank };
    query.levelMaxRank = { $gte: rank };
  }
  if (q.excludeHostIds !== undefined && q.excludeHostIds.length > 0) query.hostId = { $nin: [...q.excludeHostIds] };
  // `$nin` keeps sessions of no community (null), as the in-memory store does.
  if (q.excludeCommunityIds !== undefined && q.excludeCommunityIds.length > 0) query.communityId = { $nin: [...q.excludeCommunityIds] };
  return [
    {
      $geoNear: {
        near: nearPoint(q.from),
        key: 'place.point',
        distanceField: DIST,
        maxDistance: metres(q.maxKm),
        spherical: true,
        query,
      },
    },
  ];
}

export async function nearSessions(model: Model<SessionDoc>, q: NearSessionsQuery): Promise<Near<WorkoutSession>[]> {
  const limit = count(q.limit);
  if (limit === 0 || !(q.maxKm >= 0)) return [];
  // Every session within the radius passes `$geoNear`; the sort then picks by start when asked.
  const pipeline: PipelineStage[] = [...sessionsWithinReach(q), ...page(count(q.skip), limit, q.order)];
  const rows = await model.aggregate<WithDistance<SessionDoc>>(pipeline).exec();
  return rows.map((row) => ({ item: sessionFromDoc(row), distanceKm: row[DIST] / 1000 }));
}

/** `$geoNear` nearest first, cut at `upTo` before counting, so a busy city reads few index entries. */
export async function countNearSessions(model: Model<SessionDoc>, q: NearSessionsFilter, upTo: number): Promise<number> {
  const cap = count(upTo === Infinity ? Number.MAX_SAFE_INTEGER : upTo);
  if (cap === 0 || !(q.maxKm >= 0)) return 0;
  const [out] = await model.aggregate<{ n: number }>([...sessionsWithinReach(q), { $limit: cap }, { $count: 'n' }]).exec();
  return out?.n ?? 0;
}
