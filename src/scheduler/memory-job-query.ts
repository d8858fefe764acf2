import { randomBytes } from 'node:crypto';
import { type JobParameters, type RemoveJobsOptions, type SortDirection, toJobId } from 'agenda';

/**
 * The rows of the in-memory job store (memory-job-repository.ts) and the MongoDB query semantics
 * it needs: the filters, sorts and upsert fields that Agenda and MongoJobRepository use.
 */

/** A stored job: JobParameters with every optional field present (null when unset). */
export type Row = Record<string, unknown> & { _id: string; name: string; priority: number; nextRunAt: Date | null; type: 'normal' | 'single'; data: unknown };

export const NULLABLE_FIELDS = [
  'lockedAt',
  'lastFinishedAt',
  'failedAt',
  'failCount',
  'failReason',
  'repeatTimezone',
  'lastRunAt',
  'repeatInterval',
  'repeatAt',
  'disabled',
  'progress',
  'debounceStartedAt',
  'fork',
  'startDate',
  'endDate',
  'skipDays',
  'lastModifiedBy',
] as const;

const OUT_FIELDS = [...NULLABLE_FIELDS, 'unique', 'uniqueOpts'] as const;

/** An ObjectId-shaped id (24 hex digits), so ids look and sort as they do on MongoDB. */
let counter = randomBytes(3).readUIntBE(0, 3);
const processPart = randomBytes(5).toString('hex');
export function objectIdHex(): string {
  counter = (counter + 1) % 0xffffff;
  const time = Math.floor(Date.now() / 1000).toString(16).padStart(8, '0');
  return `${time}${processPart}${counter.toString(16).padStart(6, '0')}`;
}

export const clone = <T>(v: T): T => structuredClone(v);

/** The JobParameters a MongoDB read would give: nulls of optional fields become undefined. */
export function toJob(row: Row): JobParameters {
  const job: Record<string, unknown> = {
    _id: toJobId(row._id),
    name: row.name,
    priority: row.priority,
    nextRunAt: row.nextRunAt ? new Date(row.nextRunAt) : null,
    type: row.type,
    data: clone(row.data),
  };
  for (const f of OUT_FIELDS) job[f] = row[f] == null ? undefined : clone(row[f]);
  return job as unknown as JobParameters;
}

// ---- a small interpreter for the query shapes Agenda hands to a repository -------------------

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

function getPath(row: unknown, path: string): unknown {
  let v: unknown = row;
  for (const part of path.split('.')) {
    if (v === null || v === undefined || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

function equal(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a as object);
    const kb = Object.keys(b as object);
    return ka.length === kb.length && ka.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

const comparable = (v: unknown): number | string | null =>
  v instanceof Date ? v.getTime() : typeof v === 'number' || typeof v === 'string' ? v : null;

/** MongoDB's order for one field: missing/null first, then numbers, strings, dates (as the types used here). */
function compareValues(a: unknown, b: unknown): number {
  const rank = (v: unknown) => (v == null ? 0 : typeof v === 'number' ? 1 : typeof v === 'string' ? 2 : v instanceof Date ? 3 : 4);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  const ca = comparable(a);
  const cb = comparable(b);
  if (ca === null || cb === null) return 0;
  return ca < cb ? -1 : ca > cb ? 1 : 0;
}

/** Does the value at a path satisfy one condition (a value, or an object of operators)? */
function matchesCondition(value: unknown, condition: unknown): boolean {
  if (isPlainObject(condition) && Object.keys(condition).some((k) => k.startsWith('$'))) {
    return Object.entries(condition).every(([op, arg]) => {
      switch (op) {
        case '$eq':
          return matchesCondition(value, arg);
        case '$ne':
          return !matchesCondition(value, arg);
        case '$in':
          return Array.isArray(arg) && arg.some((a) => matchesCondition(value, a));
        case '$nin':
          return Array.isArray(arg) && !arg.some((a) => matchesCondition(value, a));
        case '$exists':
          return (value !== undefined) === Boolean(arg);
        case '$lt':
        case '$lte':
        case '$gt':
        case '$gte': {
          // Like MongoDB: no match across types, and null/missing never compare with a date.
          const a = comparable(value);
          const b = comparable(arg);
          if (a === null || b === null || typeof a !== typeof b) return false;
          return op === '$lt' ? a < b : op === '$lte' ? a <= b : op === '$gt' ? a > b : a >= b;
        }
        default:
          throw new Error(`in-memory job store: query operator ${op} is not supported`);
      }
    });
  }
  if (Array.isArray(value) && !Array.isArray(condition)) return value.some((v) => equal(v, condition));
  return equal(value, condition);
}

export type Query = Record<string, unknown>;

export function matches(row: Row, query: Query): boolean {
  return Object.entries(query).every(([key, condition]) => {
    if (key === '$or') return Array.isArray(condition) && condition.some((q) => matches(row, q as Query));
    if (key === '$and') return Array.isArray(condition) && condition.every((q) => matches(row, q as Query));
    if (key.startsWith('$')) throw new Error(`in-memory job store: query operator ${key} is not supported`);
    return matchesCondition(getPath(row, key), condition);
  });
}

/** `{ a: { b: 1 } }` → `{ 'data.a.b': 1 }`: partial matching on the data subdocument. */
export function flattenData(data: Record<string, unknown>, prefix = 'data'): Query {
  const out: Query = {};
  for (const [k, v] of Object.entries(data)) {
    if (isPlainObject(v)) Object.assign(out, flattenData(v, `${prefix}.${k}`));
    else out[`${prefix}.${k}`] = v;
  }
  return out;
}

/** The filter of removeJobs / disableJobs / enableJobs options; null when they select nothing. */
export function removalFilter(options: RemoveJobsOptions): Query | null {
  const q: Query = {};
  if (options.id) q._id = String(options.id);
  else if (options.ids?.length) q._id = { $in: options.ids.map(String) };
  if (typeof options.name === 'string' && options.name) q.name = options.name;
  else if (options.names?.length) q.name = { $in: options.names.filter((n) => typeof n === 'string') };
  else if (options.notNames?.length) q.name = { $nin: options.notNames.filter((n) => typeof n === 'string') };
  if (options.data !== undefined) {
    if (isPlainObject(options.data)) Object.assign(q, flattenData(options.data));
    else q.data = options.data;
  }
  return Object.keys(q).length ? q : null;
}

export type Sort = [field: string, direction: 1 | -1][];

export const toDirection = (d: SortDirection | number | undefined): 1 | -1 => (d === 'asc' || d === 1 ? 1 : -1);

export function sorter(sort: Sort): (a: Row, b: Row) => number {
  return (a, b) => {
    for (const [field, dir] of sort) {
      const c = compareValues(getPath(a, field), getPath(b, field));
      if (c !== 0) return c * dir;
    }
    return a._id < b._id ? -1 : a._id > b._id ? 1 : 0;
  };
}

const UNSAFE_UNIQUE = new Set(['$where', '$function', '$accumulator', '$expr']);
export function assertSafeUnique(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(assertSafeUnique);
  if (!isPlainObject(value)) return;
  for (const [k, v] of Object.entries(value)) {
    if (UNSAFE_UNIQUE.has(k)) throw new Error(`Unsafe operator "${k}" is not allowed in a unique() constraint`);
    assertSafeUnique(v);
  }
}

/** Sets a dotted path on a fresh row being inserted by an upsert (the query's equality fields). */
export function setPath(row: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let at = row;
  for (const part of parts.slice(0, -1)) {
    if (!isPlainObject(at[part])) at[part] = {};
    at = at[part] as Record<string, unknown>;
  }
  at[parts[parts.length - 1]!] = clone(value);
}
