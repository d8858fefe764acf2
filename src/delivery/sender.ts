import { hostname } from 'node:os';
import { type Metrics, noMetrics } from '../ops/metrics.js';
import { LocalePolicy } from '../i18n/locale-policy.js';
import { type NotificationPresenter, presenterFor } from '../views/notifications/index.js';
import { randomBytes } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Clock } from '../core/deps.js';
import type { DeliveryRegistry, PlatformDelivery } from './platforms.js';
import { decodeUserKey, type Platform } from '../domain/platform.js';
import type { Logger } from '../logger.js';
import type { OutboxItem, Store } from '../store/port.js';
import { LaneLeases, RATE_WINDOW_MS } from './lane-leases.js';
import { type Held, Lane, Signal } from './lanes.js';
import { NO_LIMITS, type PlatformLimits, RateLimiter } from './limiter.js';
import { type SenderStats, Settler } from './outcomes.js';

export type { SenderStats } from './outcomes.js';

export interface SenderOptions {
  /** Names this sender's leases; default host, pid and a random part. */
  readonly workerId?: string;
  /** Per-platform limits replacing those each delivery declares (its plug-in's). */
  readonly limits?: ReadonlyMap<Platform, PlatformLimits>;
  /** Items claimed per round trip. */
  readonly batchSize?: number;
  /** How long a claim holds an item; another sender may take it after that (this one died). */
  readonly leaseMs?: number;
  /** How often to look for due items when nothing wakes the sender. */
  readonly pollMs?: number;
  /** Attempts before a failing notification is given up (and kept as a notice). */
  readonly maxAttempts?: number;
  /** First retry delay; doubles each attempt, at most an hour. */
  readonly retryBaseMs?: number;
  /** Items held in memory at once (claimed, not yet settled). */
  readonly maxHeld?: number;
  /**
   * How long this sender's hold on a platform's lane lasts without renewal (renewed every third
   * of it): another instance takes over the lanes of one that died this long after.
   */
  readonly laneLeaseMs?: number;
  /** Monotonic milliseconds for pacing (default performance.now). */
  readonly monotonic?: () => number;
  /** Counts each delivery attempt's outcome (sent / throttled / unreachable / failed). */
  readonly metrics?: Pick<Metrics, 'delivery'>;
  /** Says each notification to its recipient when it is sent (default: their language, their zone). */
  readonly present?: NotificationPresenter;
}

/** Waits for `work`, or `ms` at most; the timer never outlives the wait. */
async function atMost(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([work, new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.max(0, ms))))]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Drains the outbox: claims due notifications with a lease (so two processes never send the same
 * one), sends each through the person's first reachable platform within that platform's limits,
 * and records the outcome:
 * - sent → `sent`;
 * - throttled (429) → the chat and the platform wait `retry_after`, then it is tried again;
 * - unreachable (403, Discord 50007) → recorded on the profile, the next platform is tried; if
 *   none takes it, it is kept as a notice shown on the person's next use (`unreachable`);
 * - any other failure → tried again with exponential backoff, up to `maxAttempts`, then kept as a
 *   notice (`failed`).
 * Nothing is settled as sent before the platform took it, so a crash loses nothing; a restart
 * sends again at most what was in flight at the moment of the crash, never what was recorded.
 *
 * With several instances on one store, each platform's limit is one budget: a sender sends for a
 * platform only while it holds that lane's lease (lane-leases.ts), hands back to the outbox what
 * it claimed for lanes it does not hold, and claims nothing while it holds no lane.
 */
export class OutboxSender {
  readonly workerId: string;
  readonly stats: SenderStats;
  private readonly lanes = new Map<Platform, Lane>();
  /** Sends, records outcomes and settles; holds what was claimed and not yet settled. */
  private readonly settler: Settler;
  private readonly held: Map<string, Held>;
  private readonly wakeLoop = new Signal();
  private readonly idleWaiters: (() => void)[] = [];
  private state: 'idle' | 'running' | 'stopping' | 'stopped' = 'idle';
  private loopDone: Promise<void> = Promise.resolve();
  private stopping: Promise<void> | null = null;
  private readonly o: Required<Omit<SenderOptions, 'limits' | 'workerId' | 'metrics'>>;
  private readonly limits: ReadonlyMap<Platform, PlatformLimits>;
  private readonly leases: LaneLeases;
  /** Items given back to the outbox for a lane another instance holds. */
  private handedBack = 0;

  constructor(
    private readonly store: Store,
    private readonly deliveries: DeliveryRegistry,
    private readonly clock: Clock,
    private readonly log: Logger,
    options: SenderOptions = {},
  ) {
    this.workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.limits = options.limits ?? new Map();
    this.o = {
      present: options.present ?? presenterFor(new LocalePolicy()),
      batchSize: options.batchSize ?? 100,
      leaseMs: options.leaseMs ?? 120_000,
      pollMs: options.pollMs ?? 1000,
      maxAttempts: options.maxAttempts ?? 6,
      retryBaseMs: options.retryBaseMs ?? 5_000,
      maxHeld: options.maxHeld ?? 300,
      laneLeaseMs: options.laneLeaseMs ?? 15_000,
      monotonic: options.monotonic ?? (() => performance.now()),
    };
    this.leases = new LaneLeases(store.leases, this.workerId, clock, log, {
      ttlMs: this.o.laneLeaseMs,
      renewMs: Math.max(1, Math.floor(this.o.laneLeaseMs / 3)),
      monotonic: this.o.monotonic,
      platforms: () => this.deliveries.platforms(),
      refreshed: () => this.leasesRefreshed(),
    });
    this.settler = new Settler({
      store,
      clock,
      log,
      metrics: options.metrics ?? noMetrics,
      present: this.o.present,
      maxAttempts: this.o.maxAttempts,
      retryBaseMs: this.o.retryBaseMs,
      running: () => this.state === 'running',
      dispatch: (held) => this.dispatch(held),
      settled: () => this.wakeLoop.fire(),
    });
    this.stats = this.settler.stats;
    this.held = this.settler.held;
  }

  get running(): boolean {
    return this.state === 'running';
  }

  start(): void {
    if (this.state === 'running') return;
    if (this.state === 'stopping' || this.state === 'stopped') throw new Error('a stopped sender cannot start again; make a new one');
    this.state = 'running';
    this.loopDone = this.loop().catch((error: Error) => this.log.error({ err: error.message }, 'outbox sender stopped on an error'));
  }

  /** Look for due items now (something was just enqueued). */
  kick(): void {
    this.wakeLoop.fire();
  }

  /** Resolves once nothing is due and nothing is held: everything that could go, went. */
  async drain(timeoutMs = 60_000): Promise<void> {
    if (this.state !== 'running') throw new Error('start the sender before draining it');
    const idle = new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    this.kick();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`outbox not drained within ${timeoutMs} ms`)), timeoutMs)));
    try {
      await Promise.race([idle, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Stops claiming, keeps sending what it holds until `timeoutMs`, then gives the rest back to the
   * outbox (released at once, not left to a lease running out) and waits for sends in flight.
   */
  stop(options: { timeoutMs?: number } = {}): Promise<void> {
    this.stopping ??= this.stopNow(options.timeoutMs ?? 3_000);
    return this.stopping;
  }

  private async stopNow(timeoutMs: number): Promise<void> {
    if (this.state !== 'running') {
      this.state = 'stopped';
      return;
    }
    this.state = 'stopping';
    this.wakeLoop.fire();
    await this.loopDone;
    const deadline = Date.now() + timeoutMs;
    for (const lane of this.lanes.values()) {
      lane.closing = true;
      lane.wake();
    }
    await atMost(Promise.all([...this.lanes.values()].map((l) => l.done)), deadline - Date.now());
    const release: Held[] = [];
    for (const lane of this.lanes.values()) {
      release.push(...lane.queue.splice(0));
      lane.wake();
    }
    await Promise.all([...this.lanes.values()].map((l) => l.settled()));
    for (const h of release) {
      await this.settler.settle(h, { status: 'pending', dueAt: h.item.dueAt, attempts: h.item.attempts, error: h.item.lastError });
    }
    await Promise.all([...this.lanes.values()].map((l) => l.done));
    const lastSent = Math.max(...[...this.lanes.values()].map((l) => l.lastSentAt), Number.NEGATIVE_INFINITY);
    await this.leases.stop(RATE_WINDOW_MS - (this.o.monotonic() - lastSent));
    this.state = 'stopped';
    this.log.info({ workerId: this.workerId, released: release.length, ...this.stats }, 'outbox sender stopped');
  }

  /**
   * Abandons everything at once, as a crash would: no more sends start, nothing is released (the
   * leases run out on their own). For tests of recovery.
   */
  crash(): void {
    this.settler.crashed = true;
    this.state = 'stopped';
    this.leases.abandon();
    this.wakeLoop.fire();
    for (const lane of this.lanes.values()) {
      lane.queue.splice(0);
      lane.closing = true;
      lane.wake();
    }
  }

  // ---- the claim loop ---------------------------------------------------------------------

  private async loop(): Promise<void> {
    while (this.state === 'running') {
      await this.leases.tick();
      // A sender holding no lane claims nothing: it stands by for another instance's lanes.
      const holding = this.leases.holdsAny();
      const room = holding ? this.o.maxHeld - this.held.size : 0;
      const handedBack = this.handedBack;
      let claimed = 0;
      if (room > 0) {
        try {
          const items = await this.store.outbox.claim(this.workerId, this.clock(), Math.min(this.o.batchSize, room), this.o.leaseMs);
          claimed = items.length;
          if (this.state !== 'running') {
            // Stopped while claiming: hand them straight back.
            for (const item of items) await this.store.outbox.settle(item.id, item.lease!.token, { status: 'pending', dueAt: item.dueAt, attempts: item.attempts, error: item.lastError });
            break;
          }
          await this.route(items);
        } catch (error) {
          this.log.warn({ err: (error as Error).message }, 'outbox claim failed');
        }
      }
      if (claimed === 0 && this.held.size === 0) this.notifyIdle();
      // Items just handed back would be claimed again at once: wait for the next round instead.
      if (room > 0 && claimed === Math.min(this.o.batchSize, room) && this.handedBack === handedBack) {
        // A full batch: claim again, but after one turn of the event loop. Over an in-memory store
        // nothing here awaits a real I/O, and claims back to back would hold the loop until
        // `maxHeld` is reached.
        await nextTurn();
        continue;
      }
      // Never slower than the lane leases' renewals, which this loop drives.
      await this.wakeLoop.wait(Math.min(this.o.pollMs, this.o.laneLeaseMs / 3));
    }
  }

  private notifyIdle(): void {
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private async route(items: readonly OutboxItem[]): Promise<void> {
    if (items.length === 0) return;
    const people = new Map((await this.store.people.getMany([...new Set(items.map((i) => i.personId))])).map((p) => [p.id, p]));
    for (const item of items) {
      const held: Held = { item, token: item.lease!.token, profile: people.get(item.personId)!, tried: new Set(), userId: '', platform: 'console', throttles: 0 };
      this.held.set(item.id, held);
      if (!held.profile) {
        await this.settler.settle(held, { status: 'dropped', at: this.clock(), error: 'person no longer exists' });
        continue;
      }
      await this.dispatch(held);
    }
  }

  /** Puts the item in the lane of the person's first platform that may still reach them. */
  private async dispatch(held: Held): Promise<void> {
    if (this.state !== 'running') {
      // Stopping: what has not gone yet goes back to the outbox for the next start.
      await this.settler.settle(held, { status: 'pending', dueAt: held.item.dueAt, attempts: held.item.attempts, error: held.item.lastError });
      return;
    }
    const refused = new Set(held.profile.unreachable.map((u) => u.platform));
    for (const key of held.profile.identities) {
      const { platform, id } = decodeUserKey(key);
      if (held.tried.has(platform) || refused.has(platform)) continue;
      const delivery = this.deliveries.get(platform);
      if (!delivery) continue;
      held.userId = id;
      held.platform = platform;
      if (!this.leases.holds(platform)) return this.handBack(held);
      this.lane(platform, delivery).push(held);
      return;
    }
    await this.settler.keepAsNotice(held);
    await this.settler.settle(held, { status: 'unreachable', at: this.clock(), error: 'no platform reaches this person' });
  }

  /** Gives an item back to the outbox untouched, for the instance that holds its lane. */
  private async handBack(held: Held): Promise<void> {
    this.handedBack += 1;
    await this.settler.settle(held, { status: 'pending', dueAt: held.item.dueAt, attempts: held.item.attempts, error: held.item.lastError });
  }

  /** After each lease round: lanes held may go on; lanes lost give their queue back. */
  private leasesRefreshed(): void {
    for (const lane of this.lanes.values()) {
      if (!this.leases.holds(lane.platform)) for (const held of lane.queue.splice(0)) void this.handBack(held);
      lane.wake();
    }
    this.wakeLoop.fire();
  }

  private lane(platform: Platform, delivery: PlatformDelivery): Lane {
    let lane = this.lanes.get(platform);
    if (!lane || lane.delivery !== delivery) {
      lane = new Lane(platform, delivery, new RateLimiter(this.limits.get(platform) ?? delivery.limits ?? NO_LIMITS, this.o.monotonic), this.o.monotonic, (l, h) => this.settler.send(l, h), () => this.leases.holds(platform));
      this.lanes.set(platform, lane);
    }
    return lane;
  }
}
