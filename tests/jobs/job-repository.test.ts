import { MongoBackend } from '@agendajs/mongo-backend';
import type { JobParameters, JobRepository } from 'agenda';
import type { Db } from 'mongodb';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryJobRepository } from '../../src/scheduler/memory-backend.js';
import type { Store } from '../../src/store/port.js';
import { availableStoreAdapters } from '../support/stores.js';

/**
 * Agenda's storage contract as the scheduler relies on it, run against the in-memory repository
 * and, wherever a MongoDB server can be had, against @agendajs/mongo-backend's repository on the
 * store's own connection: the in-memory one must behave as the MongoDB one does.
 */
const { adapters } = await availableStoreAdapters();
const repositories: { name: string; open(): Promise<JobRepository>; shutdown(): Promise<void> }[] = [
  { name: 'memory', open: async () => new MemoryJobRepository(), shutdown: async () => {} },
];
const mongo = adapters.find((a) => a.name === 'mongodb');
if (mongo) {
  repositories.push({
    name: 'mongodb',
    async open() {
      const store = (await mongo.open()) as Store & { connection: { db: Db } };
      const backend = new MongoBackend({ mongo: store.connection.db });
      await backend.connect();
      return backend.repository;
    },
    shutdown: () => mongo.shutdown(),
  });
}

const job = (overrides: Partial<JobParameters> = {}): JobParameters => ({
  name: 'reminder',
  priority: 0,
  nextRunAt: new Date(Date.now() - 1000),
  type: 'normal',
  data: { sessionId: 's1', lead: 60 },
  ...overrides,
});

describe.each(repositories)('job repository: $name', (repo) => {
  let db: JobRepository;
  beforeEach(async () => {
    db = await repo.open();
  });
  afterAll(() => repo.shutdown());

  it('saves, reads back by id with unset fields as undefined, and updates by id', async () => {
    const saved = await db.saveJob(job(), undefined);
    expect(saved._id).toMatch(/^[0-9a-f]{24}$/);
    const read = (await db.getJobById(String(saved._id)))!;
    expect(read).toMatchObject({ name: 'reminder', data: { sessionId: 's1', lead: 60 }, type: 'normal', lockedAt: undefined, lastRunAt: undefined });
    const at = new Date(Date.now() + 60_000);
    await db.saveJob({ ...read, nextRunAt: at }, undefined);
    expect((await db.getJobById(String(saved._id)))!.nextRunAt).toEqual(at);
  });

  it('upserts by a unique key: one job, moved by each save; insertOnly keeps the first', async () => {
    const unique = { 'data.sessionId': 's1', 'data.lead': 60 };
    const a = await db.saveJob({ ...job({ nextRunAt: new Date(Date.now() + 1000) }), unique }, undefined);
    const later = new Date(Date.now() + 5000);
    const b = await db.saveJob({ ...job({ nextRunAt: later }), unique }, undefined);
    expect(b._id).toEqual(a._id);
    expect(b.nextRunAt).toEqual(later);
    await db.saveJob({ ...job({ nextRunAt: new Date(Date.now() + 9000) }), unique, uniqueOpts: { insertOnly: true } }, undefined);
    expect((await db.getJobById(String(a._id)))!.nextRunAt).toEqual(later);
    await db.saveJob({ ...job({ data: { sessionId: 's1', lead: 1440 } }), unique: { 'data.sessionId': 's1', 'data.lead': 1440 } }, undefined);
    expect((await db.queryJobs({ name: 'reminder', data: { sessionId: 's1' } })).total).toBe(2);
  });

  it('keeps one "single" job per name and does not pull its schedule forward', async () => {
    const future = new Date(Date.now() + 60_000);
    const a = await db.saveJob(job({ name: 'cleanup', type: 'single', nextRunAt: future, data: undefined }), undefined);
    const b = await db.saveJob(job({ name: 'cleanup', type: 'single', nextRunAt: new Date(Date.now() - 5000), data: undefined }), undefined);
    expect(b._id).toEqual(a._id);
    expect(b.nextRunAt).toEqual(future);
  });

  it('locks the next due job once: a second locker gets nothing until the lock expires', async () => {
    const saved = await db.saveJob(job(), undefined);
    await db.saveJob(job({ nextRunAt: new Date(Date.now() + 3_600_000), data: { sessionId: 'later' } }), undefined);
    const now = new Date();
    const first = await db.getNextJobToRun('reminder', now, new Date(now.getTime() - 600_000), now, undefined);
    expect(first?._id).toEqual(saved._id);
    expect(first?.lockedAt).toBeInstanceOf(Date);
    expect(await db.getNextJobToRun('reminder', now, new Date(now.getTime() - 600_000), now, undefined)).toBeUndefined();
    // The locker died: after the lock lifetime, the job can be taken over.
    const takeover = await db.getNextJobToRun('reminder', now, new Date(now.getTime() + 1), new Date(now.getTime() + 2), undefined);
    expect(takeover?._id).toEqual(saved._id);
  });

  it('lockJob only locks an unlocked job whose nextRunAt is unchanged, and unlock frees it', async () => {
    const saved = await db.saveJob(job(), undefined);
    expect(await db.lockJob({ ...saved, nextRunAt: new Date(0) }, undefined)).toBeUndefined();
    const locked = await db.lockJob(saved, undefined);
    expect(locked?.lockedAt).toBeInstanceOf(Date);
    expect(await db.lockJob(saved, undefined)).toBeUndefined();
    await db.unlockJobs([saved._id!]);
    expect(await db.lockJob(saved, undefined)).toBeDefined();
  });

  it('saves run state and removes by data, by name or by id; never everything by accident', async () => {
    const a = await db.saveJob(job(), undefined);
    await db.saveJob(job({ data: { sessionId: 's2', lead: 60 } }), undefined);
    await db.saveJob(job({ name: 'expiry', data: { sessionId: 's1' } }), undefined);
    await db.saveJobState({ ...a, lastRunAt: new Date(1000), nextRunAt: null, lockedAt: undefined }, undefined);
    expect((await db.getJobById(String(a._id)))!).toMatchObject({ lastRunAt: new Date(1000), nextRunAt: null });
    expect(await db.removeJobs({})).toBe(0);
    expect(await db.removeJobs({ data: { sessionId: 's1' } })).toBe(2);
    expect((await db.queryJobs({})).total).toBe(1);
    expect(await db.getDistinctJobNames()).toEqual(['reminder']);
  });
});
