/**
 * Telegram's flood limits, as token buckets: about one message a second in a chat (short bursts
 * allowed), about 30 a second overall, and 20 a minute in one group. A message over a limit is
 * refused with 429 and `parameters.retry_after` (whole seconds, at least 1), like the real API.
 */

export interface Bucket {
  /** Tokens added per second. */
  readonly perSecond: number;
  /** Most tokens held: how long a burst may be. */
  readonly burst: number;
}

export interface RateLimits {
  readonly perChat: Bucket;
  readonly global: Bucket;
  /** Groups (negative chat ids) have a per-minute limit on top of the per-chat one. */
  readonly perGroup: Bucket;
}

export const TELEGRAM_LIMITS: RateLimits = {
  perChat: { perSecond: 1, burst: 5 },
  global: { perSecond: 30, burst: 30 },
  perGroup: { perSecond: 20 / 60, burst: 20 },
};

interface State {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, State>();

  constructor(
    private readonly limits: RateLimits,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /**
   * Takes one token from each bucket the message counts against, or none: the result is null when
   * the message may go, else the seconds to wait (Telegram's `retry_after`).
   */
  take(chatId: string): number | null {
    const keys: [string, Bucket][] = [
      ['global', this.limits.global],
      [`chat:${chatId}`, this.limits.perChat],
    ];
    if (chatId.startsWith('-')) keys.push([`group:${chatId}`, this.limits.perGroup]);
    const t = this.now();
    let waitMs = 0;
    const states = keys.map(([key, bucket]) => {
      const state = this.refill(key, bucket, t);
      if (state.tokens < 1) waitMs = Math.max(waitMs, ((1 - state.tokens) / bucket.perSecond) * 1000);
      return state;
    });
    if (waitMs > 0) return Math.max(1, Math.ceil(waitMs / 1000));
    for (const s of states) s.tokens -= 1;
    return null;
  }

  reset(): void {
    this.buckets.clear();
  }

  private refill(key: string, bucket: Bucket, t: number): State {
    let state = this.buckets.get(key);
    if (!state) {
      state = { tokens: bucket.burst, at: t };
      this.buckets.set(key, state);
    }
    state.tokens = Math.min(bucket.burst, state.tokens + ((t - state.at) / 1000) * bucket.perSecond);
    state.at = t;
    return state;
  }
}
