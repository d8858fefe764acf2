import { type Telegram, TelegramError } from 'telegraf';
import type { Logger } from '../../src/logger.js';

/** Why the Bot API refused a call, in the terms the adapter acts on. */
export type ApiFailure =
  /** 403, or a chat the bot may not write to: the person blocked the bot or never started it. */
  | { readonly kind: 'forbidden'; readonly reason: string }
  /** 429: try again after this long. */
  | { readonly kind: 'throttled'; readonly retryAfterMs: number }
  /** Any other refusal (400 and friends): the request itself was wrong or is moot. */
  | { readonly kind: 'rejected'; readonly code: number; readonly reason: string };

export type ApiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: ApiFailure };

export interface CallOptions {
  /** Wait out 429s (up to a limit) instead of reporting them. */
  readonly waitOnThrottle: boolean;
}

/** 400s that mean the same as a 403 for a private chat: there is no chat to write to. */
const UNREACHABLE_400 = /chat not found|user is deactivated|bot can't initiate conversation|PEER_ID_INVALID|bot was kicked/i;

export function classify(error: unknown): ApiFailure | null {
  if (!(error instanceof TelegramError)) return null;
  if (error.code === 429) return { kind: 'throttled', retryAfterMs: Math.max(1, error.parameters?.retry_after ?? 1) * 1000 };
  if (error.code === 403 || (error.code === 400 && UNREACHABLE_400.test(error.description))) return { kind: 'forbidden', reason: error.description };
  return { kind: 'rejected', code: error.code, reason: error.description };
}

/**
 * The telegraf client with Telegram's refusals turned into values: 403 → forbidden, 429 →
 * throttled (or waited out: `retry_after`, then again), other API errors → rejected. Network
 * failures still throw: they are not an answer from Telegram.
 */
export class TelegramApi {
  constructor(
    readonly telegram: Telegram,
    private readonly log: Logger,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    private readonly maxWaits = 5,
    private readonly maxWaitMs = 60_000,
  ) {}

  async call<T>(method: string, run: () => Promise<T>, options: CallOptions = { waitOnThrottle: true }): Promise<ApiResult<T>> {
    for (let attempt = 0; ; attempt++) {
      try {
        return { ok: true, value: await run() };
      } catch (error) {
        const failure = classify(error);
        if (!failure) throw error;
        const wait = failure.kind === 'throttled' && options.waitOnThrottle && attempt < this.maxWaits && failure.retryAfterMs <= this.maxWaitMs;
        if (!wait) {
          if (failure.kind === 'rejected') this.log.warn({ platform: 'telegram', method, code: failure.code, reason: failure.reason }, 'Bot API refused a call');
          return { ok: false, failure };
        }
        this.log.info({ platform: 'telegram', method, retryAfterMs: failure.retryAfterMs }, 'rate limited; waiting');
        await this.sleep(failure.retryAfterMs);
      }
    }
  }
}
