import type { PersonId } from './ids.js';
import type { Result } from './result.js';

/**
 * Limits on abuse, per person and per action: the port. Two implementations (src/store/rate-limits.ts,
 * both on rate-limiter-flexible) are chosen where the store is opened — in process memory beside the
 * in-memory store, in MongoDB beside the MongoDB store, so that every instance of the service
 * counts against the same totals.
 */

/** What a person may only do so often. `browse` is /match and /sessions together, pages included. */
export type LimitedAction = 'session-create' | 'connect' | 'report' | 'browse' | 'message';

export const LIMITED_ACTIONS: readonly LimitedAction[] = ['session-create', 'connect', 'report', 'browse', 'message'];

/** `points` actions per window; the window starts with the first of them (a fixed window). */
export interface Allowance {
  readonly points: number;
  readonly windowMs: number;
}

/** Wrong /link codes: `wrongCodes` of them within `windowMs` lock /link for `lockMs`. */
export interface LinkLock {
  readonly wrongCodes: number;
  readonly windowMs: number;
  readonly lockMs: number;
}

export type LimitSettings = Readonly<Record<LimitedAction, Allowance>> & { readonly link: LinkLock };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** What a real community finds fair; each is a configuration variable (src/config.ts). */
export const DEFAULT_LIMITS: LimitSettings = {
  'session-create': { points: 10, windowMs: DAY },
  connect: { points: 20, windowMs: DAY },
  report: { points: 10, windowMs: DAY },
  browse: { points: 60, windowMs: HOUR },
  message: { points: 30, windowMs: HOUR },
  link: { wrongCodes: 5, windowMs: HOUR, lockMs: 15 * MINUTE },
};

/** A refusal, as a fact for the views: what was limited, what is allowed, and when it is possible again. */
export type LimitHit =
  | { readonly action: LimitedAction; readonly allowance: Allowance; readonly retryInMs: number }
  | { readonly action: 'link'; readonly lock: LinkLock; readonly retryInMs: number };

export interface RateLimits {
  /**
   * Spends one of the person's points for `action`, atomically (concurrent calls never get more
   * than the allowance between them). Call it after the input is known good and before the first
   * store write, so a refused action stores nothing.
   */
  take(action: LimitedAction, person: PersonId): Promise<Result<void, LimitHit>>;
  /** Whether /link is locked for the person; spends nothing. */
  linkLocked(person: PersonId): Promise<Result<void, LimitHit>>;
  /** Counts a wrong /link code; the error is the lock this one started. `left`: wrong codes before the lock. */
  wrongLinkCode(person: PersonId): Promise<Result<{ readonly left: number; readonly lock: LinkLock }, LimitHit>>;
  /** A right code forgets the wrong ones. */
  clearLinkCodes(person: PersonId): Promise<void>;
}
