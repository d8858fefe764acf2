import type { PlatformDelivery } from './platforms.js';
import type { Platform } from '../domain/platform.js';
import type { Profile } from '../domain/profile.js';
import type { OutboxItem } from '../store/port.js';
import type { RateLimiter } from './limiter.js';

/** A claimed outbox item on its way: whom it is for, and through which platform it goes now. */
export interface Held {
  readonly item: OutboxItem;
  readonly token: string;
  profile: Profile;
  /** Platforms that refused this person during this delivery. */
  readonly tried: Set<Platform>;
  userId: string;
  platform: Platform;
  throttles: number;
}

/** A promise that can be resolved from outside, to wake a waiting loop. */
export class Signal {
  private resolve: (() => void) | null = null;
  private promise: Promise<void> | null = null;

  wait(timeoutMs: number): Promise<void> {
    this.promise ??= new Promise<void>((r) => (this.resolve = r));
    if (!Number.isFinite(timeoutMs)) return this.promise;
    let timer: NodeJS.Timeout | undefined;
    // Whole milliseconds, rounded up: a limiter is due at fractions of one (1000/30), and a timer
    // cut to the millisecond below wakes before it is due, only to wait again.
    return Promise.race([this.promise, new Promise<void>((r) => (timer = setTimeout(r, Math.max(0, Math.ceil(timeoutMs)))))]).finally(() => clearTimeout(timer));
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
export class Lane {
  readonly queue: Held[] = [];
  inFlight = 0;
  closing = false;
  /** When (monotonic) the last send started. */
  lastSentAt = Number.NEGATIVE_INFINITY;
  private readonly signal = new Signal();
  private readonly sends = new Set<Promise<void>>();
  readonly done: Promise<void>;

  constructor(
    readonly platform: Platform,
    readonly delivery: PlatformDelivery,
    readonly limiter: RateLimiter,
    private readonly monotonic: () => number,
    private readonly send: (lane: Lane, held: Held) => Promise<void>,
    /** Whether this lane may send now (its instance holds the platform's lane lease). */
    private readonly mayGo: () => boolean = () => true,
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
      if (this.inFlight >= this.limiter.limits.concurrency || !this.mayGo()) {
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
      this.lastSentAt = now;
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
