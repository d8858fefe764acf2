import { randomBytes } from 'node:crypto';
import {
  type AgendaBackend,
  computeJobState,
  InMemoryNotificationChannel,
  type JobId,
  type JobParameters,
  type JobRepository,
  type JobRepositoryOptions,
  type JobsOverview,
  type JobsQueryOptions,
  type JobsResult,
  type JobState,
  type JobWithState,
  type RemoveJobsOptions,
  type SortDirection,
  toJobId,
} from 'agenda';

/**
 * Agenda's storage interface kept in this process, with the semantics of
 * @agendajs/mongo-backend's MongoJobRepository (read side by side with
 * node_modules/@agendajs/mongo-backend/dist/MongoJobRepository.js): the same fields stored
 * (`unique`/`uniqueOpts` are not), `undefined` stored as null and read back as undefined, the
 * same filters for locking (`lockJob`, `getNextJobToRun`), `single` and `unique` upserts with
 * `insertOnly` and debounce, and `nextRunAt` ascending / `priority` descending order.
 *
 * Every method does its work without awaiting in between, so under Node's single thread each
 * one is atomic, as a `findOneAndUpdate` is on MongoDB.
 */

/** A stored job: JobParameters with every optional field present (null when unset). */
type Row = Record<string, unknown> & { _id: string; name: string; priority: number; nextRunAt: Date | null; type: 'normal' | 'single'; data: unknown };

const NULLABLE_FIELDS = [
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
function objectIdHex(): string {
  counter = (counter + 1) % 0xffffff;
  const time = Math.floor(Date.now() / 1000).toString(16).padStart(8, '0');
  return `${time}${processPart}${counter.toString(16).padStart(6, '0')}`;
}

const clone = <T>(v: T): T => structuredClone(v);

/** The JobParameters a MongoDB read would give: nulls of optional fields become undefined. */
function toJob(row: Row): JobParameters {
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

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
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

type Query = Record<string, unknown>;

function matches(row: Row, query: Query): boolean {
  return Object.entries(query).every(([key, condition]) => {
    if (key === '$or') return Array.isArray(condition) && condition.some((q) => matches(row, q as Query));
    if (key === '$and') return Array.isArray(condition) && condition.every((q) => matches(row, q as Query));
    if (key.startsWith('$')) throw new Error(`in-memory job store: query operator ${key} is not supported`);
    return matchesCondition(getPath(row, key), condition);
  });
}

/** `{ a: { b: 1 } }` → `{ 'data.a.b': 1 }`: partial matching on the data subdocument. */
function flattenData(data: Record<string, unknown>, prefix = 'data'): Query {
  const out: Query = {};
  for (const [k, v] of Object.entries(data)) {
    if (isPlainObject(v)) Object.assign(out, flattenData(v, `${prefix}.${k}`));
    else out[`${prefix}.${k}`] = v;
  }
  return out;
}

type Sort = [field: string, direction: 1 | -1][];

const toDirection = (d: SortDirection | number | undefined): 1 | -1 => (d === 'asc' || d === 1 ? 1 : -1);

function sorter(sort: Sort): (a: Row, b: Row) => number {
  return (a, b) => {
    for (const [field, dir] of sort) {
      const c = compareValues(getPath(a, field), getPath(b, field));
      if (c !== 0) return c * dir;
    }
    return a._id < b._id ? -1 : a._id > b._id ? 1 : 0;
  };
}

const UNSAFE_UNIQUE = new Set(['$where', '$function', '$accumulator', '$expr']);
function assertSafeUnique(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(assertSafeUnique);
  if (!isPlainObject(value)) return;
  for (const [k, v] of Object.entries(value)) {
    if (UNSAFE_UNIQUE.has(k)) throw new Error(`Unsafe operator "${k}" is not allowed in a unique() constraint`);
    assertSafeUnique(v);
  }
}

/** Sets a dotted path on a fresh row being inserted by an upsert (the query's equality fields). */
function setPath(row: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let at = row;
  for (const part of parts.slice(0, -1)) {
    if (!isPlainObject(at[part])) at[part] = {};
    at = at[part] as Record<string, unknown>;
  }
  at[parts[parts.length - 1]!] = clone(value);
}

export interface MemoryJobRepositoryOptions {
  /** Order in which due jobs are taken; MongoJobRepository's default. */
  readonly sort?: Record<string, SortDirection>;
}

export class MemoryJobRepository implements JobRepository {
  private readonly rows = new Map<string, Row>();
  private readonly sort: Sort;

  constructor(options: MemoryJobRepositoryOptions = {}) {
    const sort: Record<string, SortDirection> = options.sort ?? { nextRunAt: 'asc', priority: 'desc' };
    this.sort = Object.entries(sort).map(([f, d]): [string, 1 | -1] => [f, toDirection(d)]);
  }

  async connect(): Promise<void> {}

  /** How many jobs are stored (for tests and stats). */
  get size(): number {
    return this.rows.size;
  }

  private find(query: Query, sort: Sort = this.sort): Row[] {
    return [...this.rows.values()].filter((r) => matches(r, query)).sort(sorter(sort));
  }

  private filterFrom(options: RemoveJobsOptions): Query | null {
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

  async queryJobs(options: JobsQueryOptions = {}): Promise<JobsResult> {
    const { name, names, state, id, ids, search, data, includeDisabled = true, sort, skip = 0, limit = 0 } = options;
    const now = new Date();
    const q: Query = {};
    if (name && typeof name === 'string') q.name = name;
    else if (names?.length) q.name = { $in: names.filter((n) => typeof n === 'string') };
    if (id && typeof id === 'string') q._id = id;
    else if (ids?.length) q._id = { $in: ids };
    if (data !== undefined) {
      if (isPlainObject(data)) Object.assign(q, flattenData(data));
      else q.data = data;
    }
    if (!includeDisabled) q.disabled = { $ne: true };
    const order: Sort = sort
      ? (Object.entries(sort) as [string, SortDirection | undefined][]).filter(([, d]) => d !== undefined).map(([f, d]): [string, 1 | -1] => [f, toDirection(d)])
      : [
          ['nextRunAt', -1],
          ['lastRunAt', -1],
        ];
    let rows = this.find(q, order.length ? order : [['nextRunAt', -1]]);
    if (search && typeof search === 'string') {
      const needle = search.toLowerCase();
      rows = rows.filter((r) => r.name.toLowerCase().includes(needle));
    }
    let jobs: JobWithState[] = rows.map((r) => {
      const job = toJob(r);
      return { ...job, _id: job._id as JobId, state: computeJobState(job, now) };
    });
    if (state) jobs = jobs.filter((j) => (state === 'paused' ? j.disabled === true : j.state === state));
    const total = jobs.length;
    const page = limit > 0 ? jobs.slice(skip, skip + limit) : jobs.slice(skip);
    return { jobs: page, total };
  }

  async getJobsOverview(): Promise<JobsOverview[]> {
    const now = new Date();
    const byName = new Map<string, JobsOverview>();
    for (const row of this.rows.values()) {
      const o = byName.get(row.name) ?? { name: row.name, total: 0, running: 0, scheduled: 0, queued: 0, completed: 0, failed: 0, repeating: 0, paused: 0 };
      o.total += 1;
      const s: JobState = computeJobState(toJob(row), now);
      o[s] += 1;
      if (row.disabled === true) o.paused += 1;
      byName.set(row.name, o);
    }
    return [...byName.values()];
  }

  async getDistinctJobNames(): Promise<string[]> {
    return [...new Set([...this.rows.values()].map((r) => r.name))];
  }

  async getJobById(id: string): Promise<JobParameters | null> {
    const row = this.rows.get(id);
    return row ? toJob(row) : null;
  }

  async getQueueSize(): Promise<number> {
    return this.find({ nextRunAt: { $lt: new Date() } }).length;
  }

  async removeJobs(options: RemoveJobsOptions): Promise<number> {
    const q = this.filterFrom(options);
    if (!q) return 0;
    const hits = this.find(q);
    for (const r of hits) this.rows.delete(r._id);
    return hits.length;
  }

  async disableJobs(options: RemoveJobsOptions): Promise<number> {
    return this.setDisabled(options, true);
  }

  async enableJobs(options: RemoveJobsOptions): Promise<number> {
    return this.setDisabled(options, false);
  }

  private setDisabled(options: RemoveJobsOptions, disabled: boolean): number {
    const q = this.filterFrom(options);
    if (!q) return 0;
    let modified = 0;
    for (const r of this.find(q)) {
      if (r.disabled !== disabled) modified += 1;
      r.disabled = disabled;
    }
    return modified;
  }

  async purgeAllJobs(): Promise<number> {
    const n = this.rows.size;
    this.rows.clear();
    return n;
  }

  async saveJobState(job: JobParameters, options: JobRepositoryOptions | undefined): Promise<void> {
    if (!job._id) throw new Error('Cannot save job state without job ID');
    const row = this.rows.get(String(job._id));
    if (!row || row.name !== job.name)
      throw new Error(`job ${job._id} (name: ${job.name}) cannot be updated in the database, maybe it does not exist anymore?`);
    const date = (d: Date | undefined) => (d ? new Date(d) : null);
    Object.assign(row, {
      lockedAt: date(job.lockedAt),
      nextRunAt: job.nextRunAt ? new Date(job.nextRunAt) : null,
      lastRunAt: date(job.lastRunAt),
      progress: job.progress ?? null,
      failReason: job.failReason ?? null,
      failCount: job.failCount ?? null,
      failedAt: date(job.failedAt),
      lastFinishedAt: date(job.lastFinishedAt),
      lastModifiedBy: options?.lastModifiedBy ?? null,
    });
  }

  async lockJob(job: JobParameters, options: JobRepositoryOptions | undefined): Promise<JobParameters | undefined> {
    if (!job._id) return undefined;
    const row = this.rows.get(String(job._id));
    if (!row || !matches(row, { name: job.name, lockedAt: null, nextRunAt: job.nextRunAt ?? null, disabled: { $ne: true } })) return undefined;
    row.lockedAt = new Date();
    row.lastModifiedBy = options?.lastModifiedBy ?? null;
    return toJob(row);
  }

  async unlockJob(job: JobParameters): Promise<void> {
    if (!job._id) return;
    const row = this.rows.get(String(job._id));
    // Like MongoDB: only jobs that are not being processed right now (nextRunAt set).
    if (row && row.nextRunAt !== null) row.lockedAt = null;
  }

  async unlockJobs(jobIds: (JobId | string)[]): Promise<void> {
    for (const id of jobIds) {
      const row = this.rows.get(String(id));
      if (row) row.lockedAt = null;
    }
  }

  async getNextJobToRun(
    jobName: string,
    nextScanAt: Date,
    lockDeadline: Date,
    now: Date | undefined,
    options: JobRepositoryOptions | undefined,
  ): Promise<JobParameters | undefined> {
    const [row] = this.find({
      name: jobName,
      disabled: { $ne: true },
      $or: [{ lockedAt: null, nextRunAt: { $lte: nextScanAt } }, { lockedAt: { $lte: lockDeadline } }],
    });
    if (!row) return undefined;
    row.lockedAt = now ?? new Date();
    row.lastModifiedBy = options?.lastModifiedBy ?? null;
    return toJob(row);
  }

  async saveJob<DATA = unknown>(job: JobParameters<DATA>, options: JobRepositoryOptions | undefined): Promise<JobParameters<DATA>> {
    const { _id, unique, uniqueOpts, ...props } = job as JobParameters<DATA> & Record<string, unknown>;
    const set: Record<string, unknown> = { ...clone(props) };
    for (const f of NULLABLE_FIELDS) set[f] = set[f] ?? null;
    set.lastModifiedBy = options?.lastModifiedBy ?? null;
    if (set.nextRunAt === undefined) set.nextRunAt = null;
    const now = new Date();
    const out = (row: Row) => toJob(row) as JobParameters<DATA>;

    if (_id) {
      const row = this.rows.get(String(_id));
      if (!row || row.name !== props.name) return job;
      Object.assign(row, set);
      return out(row);
    }

    if (props.type === 'single') {
      const existing = this.find({ name: props.name, type: 'single' })[0];
      // A past nextRunAt is only set on insert: an existing schedule is not pulled forward.
      const protectedNextRunAt = props.nextRunAt && props.nextRunAt <= now ? props.nextRunAt : undefined;
      if (protectedNextRunAt !== undefined) delete set.nextRunAt;
      if (existing) {
        Object.assign(existing, set);
        return out(existing);
      }
      return out(this.insert({ ...set, ...(protectedNextRunAt !== undefined ? { nextRunAt: protectedNextRunAt } : {}) }, { name: props.name, type: 'single' }));
    }

    if (unique) {
      assertSafeUnique(unique);
      const query: Query = { ...unique, name: props.name };
      const debounce = uniqueOpts?.debounce;
      const existing = this.find(query)[0];
      if (debounce) {
        if (existing) {
          const startedAt = (existing.debounceStartedAt as Date | null) ?? now;
          if (debounce.strategy === 'leading') {
            Object.assign(existing, set, { nextRunAt: existing.nextRunAt, debounceStartedAt: startedAt });
            return out(existing);
          }
          if (debounce.maxWait && now.getTime() - startedAt.getTime() >= debounce.maxWait) {
            Object.assign(existing, set, { nextRunAt: now, debounceStartedAt: null });
          } else {
            Object.assign(existing, set, { nextRunAt: new Date(now.getTime() + debounce.delay), debounceStartedAt: startedAt });
          }
          return out(existing);
        }
        if (debounce.strategy === 'leading') set.debounceStartedAt = now;
        else Object.assign(set, { nextRunAt: new Date(now.getTime() + debounce.delay), debounceStartedAt: now });
        return out(this.insert(set, query));
      }
      if (existing) {
        if (!uniqueOpts?.insertOnly) Object.assign(existing, set);
        return out(existing);
      }
      return out(this.insert(set, query));
    }

    return out(this.insert(set, {}));
  }

  /** A new row: the upsert query's equality fields first, then the values set. */
  private insert(set: Record<string, unknown>, query: Query): Row {
    const row: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(query)) if (!k.startsWith('$') && !(isPlainObject(v) && Object.keys(v).some((x) => x.startsWith('$')))) setPath(row, k, v);
    Object.assign(row, set);
    row._id = objectIdHex();
    for (const f of NULLABLE_FIELDS) row[f] = row[f] ?? null;
    const stored = row as Row;
    this.rows.set(stored._id, stored);
    return stored;
  }
}

/**
 * Agenda's backend for the in-memory store: the repository above plus Agenda's own in-process
 * notification channel, so a job saved to run now starts at once instead of at the next poll.
 */
export class MemoryBackend implements AgendaBackend {
  readonly name = 'memory';
  readonly repository: MemoryJobRepository;
  readonly notificationChannel: InMemoryNotificationChannel;
  readonly ownsConnection = false;

  constructor(options: MemoryJobRepositoryOptions = {}) {
    this.repository = new MemoryJobRepository(options);
    this.notificationChannel = new InMemoryNotificationChannel();
  }

  async connect(): Promise<void> {
    await this.repository.connect();
  }

  async disconnect(): Promise<void> {}
}
