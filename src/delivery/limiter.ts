import type { Platform } from '../domain/platform.js';

/** A token bucket: `perSecond` sustained, `burst` at most at once. */
export interface Rate {
  readonly perSecond: number;
  readonly burst: number;
}

/** How fast one platform may be sent to: overall, and to any one chat. */
export interface PlatformLimits {
  readonly global: Rate;
  readonly perChat: Rate;
  /** Sends in flight at once (waiting for the platform's answer). */
  readonly concurrency: number;
}

/**
 * The limits the sender keeps, a little inside what each platform allows:
 * - Telegram: about 1 message a second in a chat and about 30 a second overall (429 with
 *   `retry_after` past that). A burst of 3 absorbs timer lateness without ever outrunning a
 *   30-token bucket.
 * - Discord: 50 requests a second per bot, and a DM may take two (open the DM channel, post);
 *   per channel Discord allows 5 messages in 5 seconds.
 * - console: the terminal, no limit worth having.
 */
export const PLATFORM_LIMITS: Readonly<Record<Platform, PlatformLimits>> = {
  telegram: { global: { perSecond: 30, burst: 3 }, perChat: { perSecond: 1, burst: 1 }, concurrency: 16 },
  discord: { global: { perSecond: 25, burst: 5 }, perChat: { perSecond: 1, burst: 3 }, concurrency: 16 },
  console: { global: { perSecond: 10_000, burst: 10_000 }, perChat: { perSecond: 10_000, burst: 10_000 }, concurrency: 64 },
};

/**
 * GCRA (the "virtual scheduling" form of a token bucket): each key keeps the theoretical time
 * its next send is due; a send conforms when it is no earlier than that time minus the burst
 * tolerance. `readyAt` answers when a chat may send next without taking anything; `take` books
 * one send on both the platform's bucket and the chat's.
 */
export class RateLimiter {
  private globalTat = 0;
  private readonly chatTat = new Map<string, number>();
  private readonly interval: number;
  private readonly tolerance: number;
  private readonly chatInterval: number;
  private readonly chatTolerance: number;
  private pausedUntil = 0;

  constructor(
    readonly limits: PlatformLimits,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.interval = 1000 / limits.global.perSecond;
    this.tolerance = (Math.max(1, limits.global.burst) - 1) * this.interval;
    this.chatInterval = 1000 / limits.perChat.perSecond;
    this.chatTolerance = (Math.max(1, limits.perChat.burst) - 1) * this.chatInterval;
  }

  /** When (on this limiter's clock) the chat may next send, ignoring the platform-wide bucket. */
  chatReadyAt(chat: string): number {
    const tat = this.chatTat.get(chat);
    return tat === undefined ? 0 : tat - this.chatTolerance;
  }

  /** When the platform-wide bucket (and any pause after a 429) lets the next send go. */
  globalReadyAt(): number {
    return Math.max(this.globalTat - this.tolerance, this.pausedUntil);
  }

  /** Whether a send to `chat` may go right now. */
  ready(chat: string, at = this.now()): boolean {
    return this.chatReadyAt(chat) <= at && this.globalReadyAt() <= at;
  }

  /** Books one send to `chat` at `at` (call when `ready`). */
  take(chat: string, at = this.now()): void {
    this.globalTat = Math.max(this.globalTat, at) + this.interval;
    this.chatTat.set(chat, Math.max(this.chatTat.get(chat) ?? 0, at) + this.chatInterval);
    if (this.chatTat.size > 50_000) this.forgetIdle(at);
  }

  /** The platform said "too many": nothing to this chat, and nothing at all, for `ms`. */
  penalize(chat: string, ms: number, at = this.now()): void {
    this.chatTat.set(chat, Math.max(this.chatTat.get(chat) ?? 0, at + ms + this.chatTolerance));
    this.pausedUntil = Math.max(this.pausedUntil, at + ms);
  }

  private forgetIdle(at: number): void {
    for (const [chat, tat] of this.chatTat) if (tat <= at) this.chatTat.delete(chat);
  }
}
