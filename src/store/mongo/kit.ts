import { Schema, type SchemaOptions } from 'mongoose';
import type { AnyBulkWriteOperation, Collection, Document, Filter, UpdateFilter, WithId } from 'mongodb';
import { LEVELS, levelRank, type Level } from '../../domain/activities.js';
import type { GeoPoint } from '../../domain/geo.js';
import { PLATFORM_NAME } from '../../domain/platform.js';

/**
 * Building blocks shared by the schemas and the repositories: schema options, field shapes that
 * recur, GeoJSON points, and small helpers for aggregation expressions.
 */

/** Every top-level schema: string `_id` given by the domain, no `__v`, empty objects kept. */
export const ROOT_OPTIONS = {
  versionKey: false,
  minimize: false,
  id: false,
  timestamps: false,
} as const satisfies SchemaOptions;

/** Every embedded schema: no `_id` of its own. */
export const EMBEDDED_OPTIONS = { _id: false, minimize: false, id: false, versionKey: false } as const satisfies SchemaOptions;

const notNull = {
  validator: (v: unknown) => v !== null,
  message: 'Path `{PATH}` may be empty but not null.',
};

/** A string id or key: present and non-empty. */
export const idField = { type: String, required: true } as const;
/** Free text that may be empty (`''`) but never null or missing. */
export const textField = { type: String, default: '', validate: notNull } as const;
/** A string that is null until set. */
export const nullableString = { type: String, default: null } as const;
export const requiredDate = { type: Date, required: true } as const;
export const nullableDate = { type: Date, default: null } as const;
export const stringArray = { type: [String], default: [] } as const;

/** A platform's name as plug-ins spell them; null passes (where the field may be unset). Unlike `match`, '' fails. */
export const platformNameRule = { validator: (v: unknown) => v == null || (typeof v === 'string' && PLATFORM_NAME.test(v)), message: 'Path `{PATH}` must be a platform name.' };

export const isInteger = { validator: (v: unknown) => v == null || Number.isInteger(v), message: 'Path `{PATH}` must be a whole number.' };

/** Mongoose casts Infinity as a number; the shared validation (src/store/validate.ts) refuses it. */
export const isFiniteNumber = { validator: (v: unknown) => v == null || Number.isFinite(v), message: 'Path `{PATH}` must be a finite number.' };

/** A finite number of at least `min` (no minimum when omitted), required. */
export const numberField = (min?: number) =>
  ({ type: Number, required: true, ...(min === undefined ? {} : { min }), validate: isFiniteNumber }) as const;

/** A whole number in `[min, max]`, required. */
export const intField = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  ({ type: Number, required: true, min, max, validate: isInteger }) as const;

export const levelField = { type: String, enum: LEVELS, required: true } as const;

/** GeoJSON point `{ type: 'Point', coordinates: [lng, lat] }`, checked for range. */
export function pointSchema(): Schema {
  return new Schema(
    {
      type: { type: String, enum: ['Point'], required: true },
      coordinates: {
        type: [Number],
        required: true,
        validate: {
          validator: (c: unknown) =>
            Array.isArray(c) &&
            c.length === 2 &&
            typeof c[0] === 'number' &&
            typeof c[1] === 'number' &&
            Math.abs(c[0]) <= 180 &&
            Math.abs(c[1]) <= 90,
          message: 'coordinates must be [longitude, latitude] within range',
        },
      },
    },
    EMBEDDED_OPTIONS,
  );
}

/** The stored form of a GeoJSON point. */
export interface PointDoc {
  type: 'Point';
  coordinates: number[];
}

export const pointToDoc = (p: GeoPoint): PointDoc => ({ type: 'Point', coordinates: [p.coordinates[0], p.coordinates[1]] });

export function pointFromDoc(doc: PointDoc): GeoPoint {
  const [lng, lat] = doc.coordinates;
  return { type: 'Point', coordinates: [lng ?? 0, lat ?? 0] };
}

export const rankOf = (level: Level): number => levelRank(level);

/** Copies an array that may be missing in an old document. */
export const list = <T>(value: readonly T[] | null | undefined): T[] => (value ? [...value] : []);

/** A value placed into an aggregation expression verbatim (never read as a field path or operator). */
export const lit = (value: unknown) => ({ $literal: value });

/** `$filter` that drops one value from an array field. */
export const without = (field: string, value: string) => ({
  $filter: { input: field, cond: { $ne: ['$$this', lit(value)] } },
});

export const LIVE_STATUSES = ['open', 'full'] as const;

/** Status recomputed from seats (full when no seat is left, else open), only while live. */
export const liveStatusBySeats = () => ({
  $cond: [
    { $in: ['$status', [...LIVE_STATUSES]] },
    { $cond: [{ $gte: [{ $size: '$participants' }, '$capacity'] }, 'full', 'open'] },
    '$status',
  ],
});

let lastSeq = 0;
/**
 * An insertion sequence number: strictly increasing within this process and in time order across
 * processes (microsecond scale from the clock). Erasure walks sessions in it, as the in-memory
 * store walks its insertion-ordered table. Lists never use it: they break ties of a time by `_id`,
 * which the in-memory store can reproduce exactly.
 */
export function nextSeq(): number {
  lastSeq = Math.max(Date.now() * 1000, lastSeq + 1);
  return lastSeq;
}

/** Options for every pipeline-form update (mongoose 9 refuses arrays without this). */
export const PIPELINE = { updatePipeline: true } as const;

/** Documents migrated per bulk write. */
export const MIGRATION_BATCH = 500;

/**
 * A start-up migration: every document `old` matches gets the update `change` makes of it, in
 * bulk writes of MIGRATION_BATCH, each only where `old` still holds (a write meanwhile has given
 * it the newer shape). Through the driver: a schema that has dropped an old field would drop it
 * from an `$unset` too. Returns how many documents it changed.
 */
export async function migrateWhere(
  collection: Pick<Collection, 'find' | 'bulkWrite'>,
  old: Filter<Document>,
  projection: Document,
  change: (doc: WithId<Document>) => UpdateFilter<Document>,
): Promise<number> {
  let migrated = 0;
  let batch: AnyBulkWriteOperation[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    migrated += (await collection.bulkWrite(batch, { ordered: false })).modifiedCount;
    batch = [];
  };
  for await (const doc of collection.find(old, { projection })) {
    batch.push({ updateOne: { filter: { _id: doc._id, ...old }, update: change(doc) } });
    if (batch.length >= MIGRATION_BATCH) await flush();
  }
  await flush();
  return migrated;
}
