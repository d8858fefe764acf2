import type { Model, PipelineStage } from 'mongoose';
import { levelRank } from '../../domain/activities.js';
import type { GeoPoint } from '../../domain/geo.js';
import type { Profile } from '../../domain/profile.js';
import type { WorkoutSession } from '../../domain/session.js';
import type { Near, NearPeopleQuery, NearSessionsQuery } from '../port.js';
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

function page(skip: number, limit: number): PipelineStage[] {
  return [{ $sort: { [DIST]: 1, _id: 1 } }, ...(skip > 0 ? [{ $skip: skip }] : []), { $limit: limit }];
}

export async function nearPeople(model: Model<ProfileDoc>, q: NearPeopleQuery): Promise<Near<Profile>[]> {
  const limit = count(q.limit);
  if (limit === 0 || !(q.maxKm >= 0)) return [];

  const query: Record<string, unknown> = { status: 'active' };
  if (q.excludeIds.length > 0) query._id = { $nin: [...q.excludeIds] };
  if (q.notBlockedBy !== undefined) query.blocked = { $ne: q.notBlockedBy };
  if (q.activitiesAny !== undefined) query.activities = { $in: [...q.activitiesAny] };

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
  pipeline.push(...page(0, limit));

  const rows = await model.aggregate<WithDistance<ProfileDoc>>(pipeline).exec();
  return rows.map((row) => ({ item: profileFromDoc(row), distanceKm: row[DIST] / 1000 }));
}

export async function nearSessions(model: Model<SessionDoc>, q: NearSessionsQuery): Promise<Near<WorkoutSession>[]> {
  const limit = count(q.limit);
  if (limit === 0 || !(q.maxKm >= 0)) return [];

  const startsAt: Record<string, Date> = { $gte: q.startsAfter };
  if (q.startsBefore !== undefined) startsAt.$lt = q.startsBefore;
  const query: Record<string, unknown> = { status: { $in: [...q.statuses] }, startsAt };
  if (q.activity !== undefined) query.activity = q.activity;
  if (q.level !== undefined) {
    // The level lies within [levels.min, levels.max], compared by rank.
    const rank = levelRank(q.level);
    query.levelMinRank = { $lte: rank };
    query.levelMaxRank = { $gte: rank };
  }
  if (q.excludeHostIds !== undefined && q.excludeHostIds.length > 0) query.hostId = { $nin: [...q.excludeHostIds] };

  const pipeline: PipelineStage[] = [
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
    ...page(count(q.skip), limit),
  ];

  const rows = await model.aggregate<WithDistance<SessionDoc>>(pipeline).exec();
  return rows.map((row) => ({ item: sessionFromDoc(row), distanceKm: row[DIST] / 1000 }));
}
