import { hostname } from 'node:os';
import { type Metrics, noMetrics } from '../ops/metrics.js';
import { randomBytes } from 'node:crypto';
import type { Clock } from '../core/deps.js';
import { type DeliveryOutcome, type DeliveryRegistry, type PlatformDelivery, renderNotice } from '../core/notify.js';
import type { NoticeId, PersonId } from '../domain/ids.js';
import { decodeUserKey, type Platform } from '../domain/platform.js';
import type { Profile } from '../domain/profile.js';
import type { Logger } from '../logger.js';
import { type OutboxItem, type OutboxSettlement, type Store, StoreConflict } from '../store/port.js';
import { PLATFORM_LIMITS, type PlatformLimits, RateLimiter } from './limiter.js';

export interface SenderOptions {
  /** Names this sender's leases; default host, pid and a random part. */
  readonly workerId?: string;
  /** Per-platform limits replacing the defaults (PLATFORM_LIMITS). */
  readonly limits?: Partial<Record<Platform, PlatformLimits>>;
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
  /** Monotonic milliseconds for pacing (default performance.now). */
  readonly monotonic?: () => number;
  /** Counts each delivery attempt's outcome (sent / throttled / unreachable / failed). */
  readonly metrics?: Pick<Metrics, 'delivery'>;
}

export interface SenderStats {
  sent: number;
  unreachable: number;
  failed: number;
  dropped: number;
  /** 429s (or equivalent) received. */
  throttled: number;
  /** Failures that will be tried again later. */
  retried: number;
  /** Settlements refused because the lease had run out (another sender took the item). */
  leaseLost: number;
}

interface Held {
  readonly item: OutboxItem;
  readonly token: string;
  profile: Profile;
  /** Platforms that refused this person during this delivery. */
  readonly tried: Set<Platform>;
  userId: string;
  platform: Platform;
  throttles: number;
}

const MAX_THROTTLES_HELD = 5;
const HOUR_MS = 3_600_000;

/** Waits for `work`, or `ms` at most; the timer never outlives the wait. */
async function atMost(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([work, new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.max(0, ms))))]);
  } finally {
    clearTimeout(timer);
  }
}

/** A promise that can be resolved from outside, to wake a waiting loop. */
class Signal {
  private resolve: (() => void) | null = null;
  private promise: Promise<void> | null = null;

  wait(timeoutMs: number): Promise<void> {
    this.promise ??= new Promise<void>((r) => (this.resolve = r));
    if (!Number.isFinite(timeoutMs)) return this.promise;
    let timer: NodeJS.Timeout | undefined;
    return Promise.race([this.promise, new Promise<void>((r) => (timer = setTimeout(r, Math.max(0, timeoutMs))))]).finally(() => clearTimeout(timer));
  }

  fire(): void {
    const r = this.resolve;
    this.resolve = null;
    this.promise = null;
    r?.();
  }
}

/**
 * One platform's queue: sends each held item when both the platform's bucket and the chat's allow
 * it, keeping at most `concurrency` requests in flight. Items of a chat that must wait do not hold
 * up other chats.
 */
class Lane {
  readonly queue: Held[] = [];
  inFlight = 0;
  closing = false;
  private readonly signal = new Signal();
  private readonly sends = new Set<Promise<void>>();
  readonly done: Promise<void>;

  constructor(
    readonly platform: Platform,
    readonly delivery: PlatformDelivery,
    readonly limiter: RateLimiter,
    private readonly monotonic: () => number,
    private readonly send: (lane: Lane, held: Held) => Promise<void>,
  ) {
    this.done = this.run();
  }

  push(held: Held, front = false): void {
    if (front) this.queue.unshift(held);
    else this.queue.push(held);
    this.signal.fire();
  }

  wake(): void {
    this.signal.fire();
  }

  /** Sends in flight, for a clean stop. */
  settled(): Promise<void> {
    return Promise.all([...this.sends]).then(() => undefined);
  }

  private async run(): Promise<void> {
    for (;;) {
      if (this.queue.length === 0) {
        if (this.closing) return;
        await this.signal.wait(Infinity);
        continue;
      }
      if (this.inFlight >= this.limiter.limits.concurrency) {
        await this.signal.wait(Infinity);
        continue;
      }
      const now = this.monotonic();
      const global = this.limiter.globalReadyAt();
      if (global > now) {
        await this.signal.wait(global - now);
        continue;
      }
      let index = -1;
      let earliest = Infinity;
      for (let i = 0; i < this.queue.length; i++) {
        const at = this.limiter.chatReadyAt(this.queue[i]!.userId);
        if (at <= now) {
          index = i;
          break;
        }
        earliest = Math.min(earliest, at);
      }
      if (index < 0) {
        await this.signal.wait(earliest - now);
        continue;
      }
      const held = this.queue.splice(index, 1)[0]!;
      this.limiter.take(held.userId, now);
      this.inFlight += 1;
      const sending = this.send(this, held).finally(() => {
        this.inFlight -= 1;
        this.sends.delete(sending);
        this.signal.fire();
      });
      this.sends.add(sending);
    }
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
 */
export class OutboxSender {
  readonly workerId: string;
  readonly stats: SenderStats = { sent: 0, unreachable: 0, failed: 0, dropped: 0, throttled: 0, retried: 0, leaseLost: 0 };
  private readonly lanes = new Map<Platform, Lane>();
  private readonly held = new Map<string, Held>();
  private readonly wakeLoop = new Signal();
  private readonly idleWaiters: (() => void)[] = [];
  private state: 'idle' | 'running' | 'stopping' | 'stopped' = 'idle';
  /** After `crash()`: nothing more is written, as if the process were gone. */
  private crashed = false;
  private loopDone: Promise<void> = Promise.resolve();
  private stopping: Promise<void> | null = null;
  private readonly o: Required<Omit<SenderOptions, 'limits' | 'workerId' | 'metrics'>>;
  private readonly metrics: Pick<Metrics, 'delivery'>;
  private readonly limits: Record<Platform, PlatformLimits>;

  constructor(
    private readonly store: Store,
    private readonly deliveries: DeliveryRegistry,
    private readonly clock: Clock,
    private readonly log: Logger,
    options: SenderOptions = {},
  ) {
    this.workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.limits = { ...PLATFORM_LIMITS, ...options.limits };
    this.metrics = options.metrics ?? noMetrics;
    this.o = {
      batchSize: options.batchSize ?? 100,
      leaseMs: options.leaseMs ?? 120_000,
      pollMs: options.pollMs ?? 1000,
      maxAttempts: options.maxAttempts ?? 6,
      retryBaseMs: options.retryBaseMs ?? 5_000,
      maxHeld: options.maxHeld ?? 300,
      monotonic: options.monotonic ?? (() => performance.now()),
    };
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
      await this.settle(h, { status: 'pending', dueAt: h.item.dueAt, attempts: h.item.attempts, error: h.item.lastError });
    }
    await Promise.all([...this.lanes.values()].map((l) => l.done));
    this.state = 'stopped';
    this.log.info({ workerId: this.workerId, released: release.length, ...this.stats }, 'outbox sender stopped');
  }

  /**
   * Abandons everything at once, as a crash would: no more sends start, nothing is released (the
   * leases run out on their own). For tests of recovery.
   */
  crash(): void {
    this.crashed = true;
    this.state = 'stopped';
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
      const room = this.o.maxHeld - this.held.size;
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
      if (room > 0 && claimed === Math.min(this.o.batchSize, room)) continue;
      await this.wakeLoop.wait(this.o.pollMs);
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
        await this.settle(held, { status: 'dropped', at: this.clock(), error: 'person no longer exists' });
        continue;
      }
      await this.dispatch(held);
    }
  }

  /** Puts the item in the lane of the person's first platform that may still reach them. */
  private async dispatch(held: Held): Promise<void> {
    if (this.state !== 'running') {
      // Stopping: what has not gone yet goes back to the outbox for the next start.
      await this.settle(held, { status: 'pending', dueAt: held.item.dueAt, attempts: held.item.attempts, error: held.item.lastError });
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
      this.lane(platform, delivery).push(held);
      return;
    }
    await this.keepAsNotice(held);
    await this.settle(held, { status: 'unreachable', at: this.clock(), error: 'no platform reaches this person' });
  }

  private lane(platform: Platform, delivery: PlatformDelivery): Lane {
    let lane = this.lanes.get(platform);
    if (!lane || lane.delivery !== delivery) {
      lane = new Lane(platform, delivery, new RateLimiter(this.limits[platform], this.o.monotonic), this.o.monotonic, (l, h) => this.send(l, h));
      this.lanes.set(platform, lane);
    }
    return lane;
  }

  // ---- one send and its outcome -----------------------------------------------------------

  private async send(lane: Lane, held: Held): Promise<void> {
    let outcome: DeliveryOutcome | { kind: 'error'; message: string };
    try {
      outcome = await lane.delivery.sendToUser(held.userId, held.item.reply);
    } catch (error) {
      outcome = { kind: 'error', message: (error as Error).message || 'delivery failed' };
    }
    const now = this.clock();
    this.metrics.delivery(lane.platform, outcome.kind === 'error' ? 'failed' : outcome.kind);
    switch (outcome.kind) {
      case 'sent':
        this.log.info({ platform: lane.platform, kind: held.item.kind, outcome: 'sent' }, 'delivered');
        await this.settle(held, { status: 'sent', at: now, platform: lane.platform });
        return;
      case 'throttled': {
        this.stats.throttled += 1;
        const wait = Math.max(1000, outcome.retryAfterMs);
        lane.limiter.penalize(held.userId, wait);
        held.throttles += 1;
        this.log.warn({ platform: lane.platform, retryAfterMs: wait }, 'platform throttled a notification');
        if (held.throttles <= MAX_THROTTLES_HELD && !lane.closing && this.state === 'running') lane.push(held, true);
        else await this.settle(held, { status: 'pending', dueAt: new Date(now.getTime() + wait), attempts: held.item.attempts, error: 'throttled' });
        return;
      }
      case 'unreachable': {
        this.log.info({ personId: held.item.personId, platform: lane.platform, reason: outcome.reason }, 'person unreachable');
        held.tried.add(lane.platform);
        const unreachable = [...held.profile.unreachable.filter((u) => u.platform !== lane.platform), { platform: lane.platform, since: now }];
        held.profile = (await this.store.people.update(held.item.personId, { unreachable }, now).catch(() => null)) ?? { ...held.profile, unreachable };
        await this.dispatch(held);
        return;
      }
      case 'error': {
        const attempts = held.item.attempts + 1;
        this.log.warn({ platform: lane.platform, attempts, err: outcome.message }, 'notification delivery failed');
        if (attempts >= this.o.maxAttempts) {
          await this.keepAsNotice(held);
          await this.settle(held, { status: 'failed', at: now, error: outcome.message.slice(0, 500) });
        } else {
          const delay = Math.min(HOUR_MS, this.o.retryBaseMs * 2 ** (attempts - 1)) * (0.9 + Math.random() * 0.2);
          await this.settle(held, { status: 'pending', dueAt: new Date(now.getTime() + delay), attempts, error: outcome.message.slice(0, 500) });
        }
        return;
      }
    }
  }

  /** The words of a message nobody could take, shown the next time the person uses Spotter. */
  private async keepAsNotice(held: Held): Promise<void> {
    if (this.crashed) return;
    try {
      // The outbox id as the notice id: a retry after a crash cannot add it twice.
      await this.store.notices.add({ id: held.item.id as string as NoticeId, personId: held.item.personId as PersonId, text: renderNotice(held.item.reply), createdAt: this.clock() });
    } catch (error) {
      if (!(error instanceof StoreConflict)) throw error;
    }
  }

  private async settle(held: Held, settlement: OutboxSettlement): Promise<void> {
    this.held.delete(held.item.id);
    if (this.crashed) return;
    try {
      const ok = await this.store.outbox.settle(held.item.id, held.token, settlement);
      if (!ok) {
        this.stats.leaseLost += 1;
        this.log.warn({ outboxId: held.item.id, status: settlement.status }, 'outbox lease lost before settling');
      } else if (settlement.status === 'pending') {
        if (settlement.error !== held.item.lastError || settlement.attempts !== held.item.attempts) this.stats.retried += 1;
      } else this.stats[settlement.status] += 1;
    } catch (error) {
      this.log.error({ outboxId: held.item.id, err: (error as Error).message }, 'outbox settle failed');
    }
    this.wakeLoop.fire();
  }
}
