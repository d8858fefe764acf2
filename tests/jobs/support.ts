import { ALL_JOBS } from '../../jobs/index.js';
import { Core } from '../../src/core/core.js';
import { DEFAULT_CORE_SETTINGS } from '../../src/core/deps.js';
import { type DeliveryOutcome, DeliveryRegistry } from '../../src/delivery/platforms.js';
import type { PersonId } from '../../src/domain/ids.js';
import type { Profile } from '../../src/domain/profile.js';
import type { WorkoutSession } from '../../src/domain/session.js';
import type { Reply } from '../../src/interaction/reply.js';
import { silentLogger } from '../../src/logger.js';
import { createScheduler, type Scheduler, type SchedulerOptions } from '../../src/scheduler/index.js';
import type { SchedulerSettings } from '../../src/scheduler/settings.js';
import { createMemoryStore } from '../../src/store/memory/index.js';
import type { OutboxItem, Store } from '../../src/store/port.js';
import { T0, makeProfile, makeSession } from '../support/fixtures.js';
import { DEFAULT_LIMITS } from '../../src/core/limits.js';
import { createMemoryRateLimits } from '../../src/store/rate-limits.js';

export interface Sent {
  readonly userId: string;
  readonly reply: Reply;
  readonly at: Date;
}

/**
 * The scheduler on a store with a hand-moved clock, as production wires it (the core's notifier
 * is the scheduler's outbox notifier, its hooks the scheduler's), delivering to a recording
 * console platform. Agenda's processor is not started: `tick()` runs what is due at `now` through
 * the very definitions Agenda runs, then drains the outbox.
 */
export class JobsHarness {
  private current: Date;
  private readonly realTime: boolean;
  readonly store: Store;
  readonly scheduler: Scheduler;
  readonly core: Core;
  readonly deliveries = new DeliveryRegistry();
  readonly sent: Sent[] = [];
  /** Console user ids whose "DMs are closed". */
  readonly closed = new Set<string>();

  constructor(
    options: { now?: Date; realTime?: boolean; settings?: Partial<SchedulerSettings>; store?: Store; scheduler?: Partial<SchedulerOptions> } = {},
  ) {
    this.current = options.now ?? T0;
    this.realTime = options.realTime ?? false;
    this.store = options.store ?? createMemoryStore();
    const clock = () => this.now;
    const log = silentLogger();
    this.deliveries.register({
      platform: 'console',
      sendToUser: async (userId, reply): Promise<DeliveryOutcome> => {
        if (this.closed.has(userId)) return { kind: 'unreachable', reason: 'DMs closed' };
        this.sent.push({ userId, reply, at: this.now });
        return { kind: 'sent' };
      },
    });
    this.scheduler = createScheduler({
      store: this.store,
      deliveries: this.deliveries,
      clock,
      log,
      jobs: ALL_JOBS,
      settings: options.settings,
      sender: { pollMs: 20 },
      ...options.scheduler,
    });
    this.core = new Core({
      store: this.store,
      clock,
      notifier: this.scheduler.notifier,
      log,
      settings: { ...DEFAULT_CORE_SETTINGS, reminderLeadMinutes: this.scheduler.settings.reminderLeadMinutes },
      hooks: this.scheduler.hooks,
      limits: createMemoryRateLimits(DEFAULT_LIMITS),
    });
    this.scheduler.attach(this.core);
    this.scheduler.sender.start();
  }

  /** The hand-moved clock (or the real one, with `realTime`). */
  get now(): Date {
    return this.realTime ? new Date() : this.current;
  }

  set now(at: Date) {
    this.current = at;
  }

  at(iso: string | Date | number): void {
    this.now = new Date(iso);
  }

  advance(ms: number): void {
    this.now = new Date(this.now.getTime() + ms);
  }

  /** Runs the jobs due now, then delivers whatever is due in the outbox. */
  async tick(): Promise<string[]> {
    const runs = await this.scheduler.runDue(this.now);
    const failed = runs.filter((r) => r.error);
    if (failed.length) throw new Error(`jobs failed: ${failed.map((f) => `${f.name}: ${f.error}`).join('; ')}`);
    await this.scheduler.sender.drain(10_000);
    return runs.map((r) => r.name);
  }

  /**
   * Lives through the time up to `iso`: each job runs at its own instant (the clock set to its
   * `nextRunAt`), in order, the outbox drained after each, as Agenda would over that stretch.
   */
  async until(iso: string | Date | number): Promise<string[]> {
    const target = new Date(iso);
    const ran: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const { jobs } = await this.scheduler.agenda.queryJobs({ sort: { nextRunAt: 'asc' }, includeDisabled: false });
      const next = jobs.find((j) => j.nextRunAt && j.nextRunAt <= target)?.nextRunAt;
      if (!next) break;
      if (next > this.now) this.now = new Date(next);
      const step = await this.tick();
      if (step.length === 0) break;
      ran.push(...step);
    }
    if (target > this.now) this.now = target;
    ran.push(...(await this.tick()));
    return ran;
  }

  async person(overrides: Parameters<typeof makeProfile>[0] = {}): Promise<Profile> {
    const p = makeProfile(overrides);
    await this.store.people.insert(p);
    return p;
  }

  async session(hostId: PersonId, overrides: Partial<WorkoutSession> = {}): Promise<WorkoutSession> {
    const s = makeSession(hostId, { createdAt: this.now, updatedAt: this.now, ...overrides });
    await this.store.sessions.insert(s);
    return s;
  }

  /** Jobs of a name, soonest first, with their data and UTC instants. */
  async jobs(name: string, data: Record<string, unknown> = {}) {
    const { jobs } = await this.scheduler.agenda.queryJobs({ name, data, sort: { nextRunAt: 'asc' } });
    return jobs.map((j) => ({ data: j.data as Record<string, unknown>, at: j.nextRunAt?.toISOString() ?? null }));
  }

  /** Notifications delivered to a person (console user id from their identity). */
  inbox(p: Profile): Reply[] {
    const userId = p.identities[0]!.slice('console:'.length);
    return this.sent.filter((s) => s.userId === userId).map((s) => s.reply);
  }

  async outbox(filter: (i: OutboxItem) => boolean = () => true): Promise<OutboxItem[]> {
    const all: OutboxItem[] = [];
    // Every row of the in-memory outbox (tests on the memory store).
    const rows = (this.store.outbox as unknown as { all?(): OutboxItem[] }).all?.() ?? [];
    all.push(...rows.filter(filter));
    return all.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  async close(): Promise<void> {
    await this.scheduler.stop({ timeoutMs: 1000 });
  }
}

export const textOf = (r: Reply): string => [r.title ?? '', r.text, ...(r.fields ?? []).map((f) => `${f.name}: ${f.value}`)].join('\n');
