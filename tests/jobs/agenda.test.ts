import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Agenda } from 'agenda';
import { defineJob, JOB } from '../../jobs/index.js';
import { z } from 'zod';
import { MemoryBackend } from '../../src/scheduler/memory-backend.js';
import { mongoJobsBackend } from '../../src/scheduler/mongo-jobs.js';
import type { Db } from 'mongodb';
import type { Store } from '../../src/store/port.js';
import { availableStoreAdapters } from '../support/stores.js';
import { JobsHarness } from './support.js';

/**
 * End to end with Agenda's own processor and the real clock: the jobs run when Agenda decides,
 * on the in-memory backend always and on MongoDB (the store's connection) where a server is
 * available — the same definitions either way.
 */
const { adapters } = await availableStoreAdapters();

const waitFor = async (test: () => boolean | Promise<boolean>, ms = 8_000) => {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

let harness: JobsHarness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

describe.each(adapters)('Agenda end to end: $name', (adapter) => {
  afterAll(() => adapter.shutdown());

  it('GIVEN a session created now WHEN Agenda runs THEN the alert goes out at once and the reminder at its instant, once each', async () => {
    const store: Store = await adapter.open();
    const mongoDb = 'connection' in store ? ((store as unknown as { connection: { db: Db | undefined } }).connection.db ?? null) : null;
    const h = (harness = new JobsHarness({
      store,
      realTime: true,
      settings: { reminderLeadMinutes: [60] },
      scheduler: { ...(mongoDb ? { backend: await mongoJobsBackend(mongoDb) } : {}), agenda: { processEvery: 100 }, sender: { pollMs: 50 } },
    }));
    const host = await h.person();
    const runner = await h.person();
    const guest = await h.person();
    const s = await h.session(host.id, { startsAt: new Date(Date.now() + 60 * 60_000 + 1500), participants: [guest.id] });

    await h.scheduler.start();
    await h.scheduler.hooks.sessionCreated(s);

    await waitFor(() => h.inbox(runner).length === 1);
    expect(h.inbox(runner)[0]!.title).toBe('A session near you');
    expect(h.inbox(host)).toEqual([]);
    await waitFor(() => h.inbox(host).length === 1 && h.inbox(guest).length === 1);
    const reminderAt = h.sent.find((x) => x.reply.title?.startsWith('Reminder'))!.at.getTime();
    expect(reminderAt).toBeGreaterThanOrEqual(s.startsAt.getTime() - 60 * 60_000);
    expect(reminderAt).toBeLessThan(s.startsAt.getTime() - 60 * 60_000 + 5_000);

    // One-shot jobs are gone once done; the others wait for their time.
    const { jobs } = await h.scheduler.agenda.queryJobs({ data: { sessionId: s.id } });
    expect(jobs.map((j) => j.name).sort()).toEqual([JOB.requestExpiry, JOB.sessionComplete].sort());
    await new Promise((r) => setTimeout(r, 300));
    expect(h.sent).toHaveLength(3);

    const stopping = Date.now();
    await h.scheduler.stop({ timeoutMs: 3000 });
    expect(Date.now() - stopping).toBeLessThan(1500);
    harness = null;
  });
});

describe('shutdown and several processes', () => {
  it('GIVEN a job running WHEN the scheduler stops THEN the job finishes first (drain) and nothing new starts', async () => {
    const events: string[] = [];
    const slow = defineJob({
      name: JOB.outboxCleanup,
      description: 'a slow stand-in',
      schema: z.unknown(),
      async handle() {
        events.push('start');
        await new Promise((r) => setTimeout(r, 300));
        events.push('end');
      },
    });
    const h = (harness = new JobsHarness({ scheduler: { jobs: [slow], agenda: { processEvery: 50 } } }));
    await h.scheduler.start();
    await h.scheduler.agenda.now(JOB.outboxCleanup);
    await waitFor(() => events.includes('start'));
    await h.scheduler.stop({ timeoutMs: 3000 });
    expect(events).toEqual(['start', 'end']);
    await h.scheduler.agenda.now(JOB.outboxCleanup).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 200));
    expect(events).toEqual(['start', 'end']);
    harness = null;
  });

  it('GIVEN two processes on one job store THEN every job runs exactly once', async () => {
    const backend = new MemoryBackend();
    const runs: string[] = [];
    const make = (name: string) => {
      const agenda = new Agenda({ backend, name, processEvery: 30, defaultConcurrency: 10 });
      agenda.define('work', async (job) => {
        runs.push((job.attrs.data as { n: number }).n.toString());
        await new Promise((r) => setTimeout(r, 2));
      });
      return agenda;
    };
    const [a, b] = [make('one'), make('two')];
    for (let n = 0; n < 60; n++) await a.create('work', { n }).schedule(new Date()).save();
    await Promise.all([a.start(), b.start()]);
    await waitFor(() => runs.length >= 60);
    await new Promise((r) => setTimeout(r, 150));
    await Promise.all([a.drain(), b.drain()]);
    expect(runs).toHaveLength(60);
    expect(new Set(runs).size).toBe(60);
  });
});
