import { hostname } from 'node:os';
import { type Metrics, noMetrics } from '../ops/metrics.js';
import { Agenda, type AgendaBackend, exponential, type Job } from 'agenda';
import type { Core } from '../core/core.js';
import type { Clock } from '../core/deps.js';
import type { DeliveryRegistry } from '../delivery/platforms.js';
import type { CommunityId, ConnectionId, PersonId, SessionId } from '../domain/ids.js';
import { isMatchable } from '../domain/profile.js';
import type { WorkoutSession } from '../domain/session.js';
import { OutboxNotifier } from '../delivery/outbox-notifier.js';
import { OutboxSender, type SenderOptions } from '../delivery/sender.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/port.js';
import { JOB } from './job-names.js';
import type { JobContext, JobDefinition } from './job.js';
import { MatchAlerter } from './alerts.js';
import type { SchedulerHooks } from './hooks.js';
import { MemoryBackend } from './memory-backend.js';
import { Planner } from './planner.js';
import { DEFAULT_SCHEDULER_SETTINGS, type SchedulerSettings } from './settings.js';

export interface SchedulerOptions {
  readonly store: Store;
  /**
   * Where Agenda keeps its jobs: with MongoDB, `await mongoJobsBackend(opened.mongo.connection.db)`
   * (src/scheduler/mongo-jobs.ts), so jobs and data share one connection. Absent: the in-memory
   * job store (with the in-memory data store).
   */
  readonly backend?: AgendaBackend;
  readonly deliveries: DeliveryRegistry;
  readonly clock: Clock;
  readonly log: Logger;
  readonly settings?: Partial<SchedulerSettings>;
  /** Agenda's polling interval (default 5 s) and concurrency. */
  readonly agenda?: { readonly processEvery?: number; readonly maxConcurrency?: number; readonly name?: string };
  readonly sender?: SenderOptions;
  /** The jobs to register: jobs/index.ts's ALL_JOBS, handed in by the app (src/ knows no job by itself). */
  readonly jobs: readonly JobDefinition[];
  /** Counts job runs and delivery outcomes. */
  readonly metrics?: Pick<Metrics, 'jobRun' | 'delivery'>;
}

/** What one job run did, for `runDue` and tests. */
export interface JobRun {
  readonly name: string;
  readonly data: unknown;
  readonly runAgainAt: Date | null;
  readonly error: string | null;
}

const DAY = '1 day';

/**
 * Spotter's scheduling: Agenda (on MongoDB through @agendajs/mongo-backend, or on the in-memory
 * backend) running the job definitions of jobs/, the durable outbox every notification goes
 * through, and the sender draining it within the platforms' limits. The same code in both modes.
 *
 * Wiring (src/main.ts):
 *   const scheduler = createScheduler({ store, backend: opened.mongo ? await mongoJobsBackend(opened.mongo.connection.db) : undefined, deliveries, clock, log, settings });
 *   const core = new Core({ ..., notifier: scheduler.notifier, hooks: scheduler.hooks });
 *   scheduler.attach(core);
 *   ... register the adapters' deliveries ...
 *   await scheduler.start();
 *   // on SIGTERM, after the adapters stopped taking updates:
 *   await scheduler.stop({ timeoutMs: 7_000 });   // then close the store
 */
export class Scheduler {
  readonly agenda: Agenda;
  readonly backend: AgendaBackend;
  readonly notifier: OutboxNotifier;
  readonly sender: OutboxSender;
  readonly planner: Planner;
  readonly alerts: MatchAlerter;
  readonly hooks: SchedulerHooks;
  readonly settings: SchedulerSettings;
  readonly definitions: ReadonlyMap<string, JobDefinition>;
  private core: Core | null = null;
  private started = false;
  private stopping: Promise<void> | null = null;
  private readonly store: Store;
  private readonly clock: Clock;
  private readonly log: Logger;
  private unsubscribe: (() => void) | null = null;

  private readonly metrics: Pick<Metrics, 'jobRun' | 'delivery'>;

  constructor(options: SchedulerOptions) {
    this.store = options.store;
    this.clock = options.clock;
    this.log = options.log.child({ part: 'scheduler' });
    this.settings = { ...DEFAULT_SCHEDULER_SETTINGS, ...options.settings };
    this.metrics = options.metrics ?? noMetrics;
    this.backend = options.backend ?? new MemoryBackend();
    this.agenda = new Agenda({
      backend: this.backend,
      name: options.agenda?.name ?? `spotter@${hostname()}:${process.pid}`,
      processEvery: options.agenda?.processEvery ?? 5_000,
      maxConcurrency: options.agenda?.maxConcurrency ?? 20,
      defaultLockLifetime: 5 * 60_000,
      removeOnComplete: true,
    });
    this.agenda.on('error', (error: Error) => this.log.error({ err: error.message }, 'agenda error'));
    this.notifier = new OutboxNotifier(this.store.outbox, this.clock);
    this.sender = new OutboxSender(this.store, options.deliveries, this.clock, this.log.child({ part: 'sender' }), {
      ...options.sender,
      ...(options.metrics ? { metrics: options.metrics } : {}),
    });
    this.planner = new Planner(this.agenda, this.store, this.clock, this.settings, this.log);
    this.alerts = new MatchAlerter(this.store, this.notifier, this.planner, this.clock, this.log, this.settings);
    this.definitions = new Map(options.jobs.map((d) => [d.name, d]));
    for (const definition of this.definitions.values()) this.define(definition);
    this.hooks = this.makeHooks();
  }

  /** The core the jobs call; must be the one whose `hooks` and `notifier` are this scheduler's. */
  attach(core: Core): void {
    this.core = core;
    this.alerts.attach(core);
  }

  /** Started and not stopping: for readiness checks. */
  isRunning(): boolean {
    return this.started && this.stopping === null;
  }

  /** Starts running jobs and sending notifications. Call after the adapters registered their deliveries. */
  async start(): Promise<void> {
    if (this.started) return;
    if (!this.core) throw new Error('attach the core before starting the scheduler');
    this.started = true;
    await this.agenda.ready;
    if (this.definitions.has(JOB.outboxCleanup)) await this.agenda.every(DAY, JOB.outboxCleanup, undefined, { skipImmediate: true });
    if (this.definitions.has(JOB.inactivity)) await this.agenda.every(DAY, JOB.inactivity, undefined, { skipImmediate: true });
    await this.agenda.start();
    this.unsubscribe = this.notifier.onEnqueued(() => this.sender.kick());
    this.sender.start();
    this.log.info({ backend: this.backend.name, jobs: [...this.definitions.keys()] }, 'scheduler started');
  }

  /**
   * For shutdown: stops taking new jobs, lets running ones finish (Agenda's drain), then lets the
   * sender send what it holds and hands the rest back to the outbox for the next start. Within
   * `timeoutMs` overall (Agenda gets up to 60% of it). Never closes the store: main does, after.
   */
  stop(options: { timeoutMs?: number } = {}): Promise<void> {
    this.stopping ??= this.stopNow(options.timeoutMs ?? 7_000);
    return this.stopping;
  }

  private async stopNow(timeoutMs: number): Promise<void> {
    const started = Date.now();
    if (this.started) {
      const drained = await this.agenda.drain({ timeout: Math.round(timeoutMs * 0.6), closeConnection: false });
      if (drained.running > 0) this.log.warn({ running: drained.running }, 'jobs still running at shutdown; their locks expire and another run takes them');
    }
    this.unsubscribe?.();
    await this.sender.stop({ timeoutMs: Math.max(0, timeoutMs - (Date.now() - started) - 300) });
    this.log.info({ ms: Date.now() - started }, 'scheduler stopped');
  }

  // ---- running jobs ---------------------------------------------------------------------

  private define(definition: JobDefinition): void {
    const retries = definition.options?.retries ?? 3;
    this.agenda.define(
      definition.name,
      async (job: Job<unknown>) => {
        const started = Date.now();
        const run = await this.execute(definition, job.attrs.data);
        this.metrics.jobRun(definition.name, run.error ? 'failed' : 'ok');
        this.log.info({ job: definition.name, outcome: run.error ? 'failed' : 'ok', ms: Date.now() - started }, 'job run');
        // Set even after a failure: a repeating job keeps its next run (no backoff overrides it).
        if (run.runAgainAt) job.attrs.nextRunAt = run.runAgainAt;
        if (run.error) throw new Error(run.error);
      },
      {
        concurrency: definition.options?.concurrency ?? 5,
        lockLifetime: definition.options?.lockLifetimeMs ?? 5 * 60_000,
        removeOnComplete: true,
        ...(retries > 0 ? { backoff: exponential({ delay: 30_000, factor: 2, maxRetries: retries, maxDelay: 30 * 60_000 }) } : {}),
      },
    );
  }

  /** Runs one definition's handler on a payload: validated, with its context. Never throws. */
  async execute(definition: JobDefinition, data: unknown): Promise<JobRun> {
    let runAgainAt: Date | null = null;
    const parsed = definition.schema.safeParse(data);
    if (!parsed.success) {
      this.log.error({ job: definition.name, issues: parsed.error.issues.map((i) => i.message) }, 'job payload rejected; job dropped');
      return { name: definition.name, data, runAgainAt: null, error: null };
    }
    const ctx: JobContext = {
      core: this.requireCore(),
      store: this.store,
      clock: this.clock,
      log: this.log.child({ job: definition.name }),
      settings: this.settings,
      outbox: this.notifier,
      planner: this.planner,
      alerts: this.alerts,
      runAgainAt: (at) => {
        runAgainAt = at;
      },
    };
    try {
      await definition.handle(parsed.data, ctx);
      return { name: definition.name, data, runAgainAt, error: null };
    } catch (error) {
      const message = (error as Error).message || String(error);
      this.log.error({ job: definition.name, err: message }, 'job failed');
      return { name: definition.name, data, runAgainAt, error: message };
    }
  }

  /** Runs a job by name at once, without Agenda (tools and tests). */
  async run(name: string, data: unknown): Promise<JobRun> {
    const definition = this.definitions.get(name);
    if (!definition) throw new Error(`no job named ${name}`);
    return this.execute(definition, data);
  }

  /**
   * Runs, one after the other and without Agenda's processor, every stored job due at `now` (the
   * scheduler's clock by default), as Agenda would: a job that asks to run again is moved, the
   * others are removed. For driving time by hand in tests and for maintenance; never while the
   * scheduler is started.
   */
  async runDue(now: Date = this.clock(), limit = 10_000): Promise<JobRun[]> {
    if (this.started) throw new Error('runDue is for a scheduler that is not started');
    await this.agenda.ready;
    const runs: JobRun[] = [];
    const failed = new Set<string>();
    for (let i = 0; i < limit; i++) {
      const { jobs } = await this.agenda.queryJobs({ sort: { nextRunAt: 'asc', priority: 'desc' }, includeDisabled: false });
      const due = jobs.find((j) => j.nextRunAt && j.nextRunAt <= now && !failed.has(String(j._id)));
      if (!due) break;
      const definition = this.definitions.get(due.name);
      const run = definition ? await this.execute(definition, due.data) : { name: due.name, data: due.data, runAgainAt: null, error: 'no definition' };
      runs.push(run);
      if (run.runAgainAt) await this.agenda.db.saveJobState({ ...due, nextRunAt: run.runAgainAt, lockedAt: undefined }, undefined);
      else if (run.error) failed.add(String(due._id));
      else await this.agenda.cancel({ id: due._id });
    }
    return runs;
  }

  private requireCore(): Core {
    if (!this.core) throw new Error('the scheduler has no core attached');
    return this.core;
  }

  // ---- hooks ------------------------------------------------------------------------------

  private makeHooks(): SchedulerHooks {
    const guard = async (what: string, ids: Record<string, string>, work: () => Promise<void>) => {
      try {
        await work();
      } catch (error) {
        this.log.error({ hook: what, ...ids, err: (error as Error).message }, 'scheduling failed');
      }
    };
    const now = () => this.clock();
    return {
      sessionCreated: (s: WorkoutSession) =>
        guard('sessionCreated', { sessionId: s.id }, async () => {
          await this.planner.syncSession(s.id);
          await this.planner.sessionAlerts(s.id);
        }),
      sessionScheduled: (s: WorkoutSession) => guard('sessionScheduled', { sessionId: s.id }, () => this.planner.syncSession(s.id)),
      sessionRescheduled: (s: WorkoutSession) =>
        guard('sessionRescheduled', { sessionId: s.id }, async () => {
          // Reminders for the old start that have not gone out yet are stale now.
          await this.store.outbox.cancelPending(`reminder:${s.id}:`, now());
          await this.planner.syncSession(s.id);
        }),
      sessionCancelled: (sessionId: SessionId) =>
        guard('sessionCancelled', { sessionId }, async () => {
          await this.planner.clearSession(sessionId);
          await this.store.outbox.cancelPending(`reminder:${sessionId}:`, now());
        }),
      participantJoined: (sessionId: SessionId, personId: PersonId) =>
        guard('participantJoined', { sessionId, personId }, () => this.planner.syncSession(sessionId)),
      participantLeft: (sessionId: SessionId, personId: PersonId) =>
        guard('participantLeft', { sessionId, personId }, async () => {
          await this.store.outbox.cancelPending(`reminder:${sessionId}:${personId}:`, now());
          await this.planner.syncSession(sessionId);
        }),
      profileChanged: (personId: PersonId) =>
        guard('profileChanged', { personId }, async () => {
          await this.planner.syncPerson(personId);
          const person = await this.store.people.get(personId);
          if (person && isMatchable(person)) await this.planner.profileAlerts(personId);
        }),
      roundsChanged: (communityId: CommunityId) => guard('roundsChanged', { communityId }, () => this.planner.syncRounds(communityId)),
      connectionAccepted: (connectionId: ConnectionId) =>
        guard('connectionAccepted', { connectionId }, () => this.planner.syncConnectionQuestion(connectionId)),
      meetingAskAgain: (sourceKey: string, personId: PersonId, at: Date) =>
        guard('meetingAskAgain', { sourceKey, personId }, () => this.planner.meetingAskAgain(sourceKey, personId, at)),
    };
  }
}

/** The scheduler for this deployment's store (see `Scheduler` for the wiring). */
export function createScheduler(options: SchedulerOptions): Scheduler {
  return new Scheduler(options);
}
