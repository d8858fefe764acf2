import {
  computeJobState,
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
} from 'agenda';
import {
  assertSafeUnique,
  clone,
  flattenData,
  isPlainObject,
  matches,
  NULLABLE_FIELDS,
  objectIdHex,
  removalFilter,
  type Query,
  type Row,
  setPath,
  type Sort,
  sorter,
  toDirection,
  toJob,
} from './memory-job-query.js';

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
    const q = removalFilter(options);
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
    const q = removalFilter(options);
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
