
export type { PlatformLimits, Rate } from '../interaction/platform-delivery.js';
import type { PlatformLimits } from '../interaction/platform-delivery.js';

/**
 * What a delivery without limits of its own is sent at (the terminal, test doubles): nothing worth
 * holding back. Each platform's plug-in declares its own (`bots/<platform>/limits.ts`).
 */
export const NO_LIMITS: PlatformLimits = { global: { perSecond: 10_000, burst: 10_000 }, perChat: { perSecond: 10_000, burst: 10_000 }, concurrency: 64 };

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
