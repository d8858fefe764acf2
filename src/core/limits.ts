import type { PersonId } from '../domain/ids.js';
import { type Phrase, phrase } from '../domain/phrase.js';
import { type Result, type UserError, userError } from '../result.js';

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

// ------------------------------------------------------------------ refusals, as phrases

const MINUTE_MS = MINUTE;

/** "in 12 minutes", "in 1 hour and 5 minutes", "in about 7 hours", "in 2 days": never raw seconds. */
export function retryIn(ms: number): Phrase {
  const minutes = Math.max(1, Math.ceil(ms / MINUTE_MS));
  if (minutes <= 1) return phrase('limit-retry-minute');
  if (minutes < 60) return phrase('limit-retry-minutes', { minutes });
  if (minutes < 3 * 60) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return rest === 0 ? phrase('limit-retry-hours', { hours }) : phrase('limit-retry-hours-minutes', { hours, minutes: rest });
  }
  if (ms < 2 * DAY) return phrase('limit-retry-about-hours', { hours: Math.ceil(ms / HOUR) });
  return phrase('limit-retry-days', { days: Math.ceil(ms / DAY) });
}

/** A stretch of time: "a day", "an hour", "6 hours", "15 minutes". */
export function span(ms: number): Phrase {
  if (ms === DAY) return phrase('limit-span-day');
  if (ms === HOUR) return phrase('limit-span-hour');
  if (ms % DAY === 0) return phrase('limit-span-days', { count: ms / DAY });
  if (ms % HOUR === 0) return phrase('limit-span-hours', { count: ms / HOUR });
  return phrase('limit-span-minutes', { count: Math.max(1, Math.round(ms / MINUTE_MS)) });
}

/** How often an allowance renews: "a day", "an hour", "every 6 hours", "every 10 minutes". */
export function perWindow(ms: number): Phrase {
  if (ms === DAY) return phrase('limit-per-day');
  if (ms === HOUR) return phrase('limit-per-hour');
  if (ms % DAY === 0) return phrase('limit-every-days', { count: ms / DAY });
  if (ms % HOUR === 0) return phrase('limit-every-hours', { count: ms / HOUR });
  return phrase('limit-every-minutes', { count: Math.max(1, Math.round(ms / MINUTE_MS)) });
}

/** The refusal a limited person sees: what was limited, the allowance, when it is possible again. */
export function limitedError(hit: LimitHit): UserError {
  const retry = retryIn(hit.retryInMs);
  if (hit.action === 'link')
    return userError('rate-limited', phrase('limit-link-locked', { wrong: hit.lock.wrongCodes, window: span(hit.lock.windowMs), retry }));
  return userError('rate-limited', phrase(`limit-hit-${hit.action}`, { points: hit.allowance.points, window: perWindow(hit.allowance.windowMs), retry }));
}

/** A wrong /link code; it warns while the lock is near. */
export function wrongLinkCodeError(left: number, lock: LinkLock): UserError {
  return userError(
    'expired',
    left > 0 && left <= 2 ? phrase('limit-wrong-link-code-warning', { left, lock: span(lock.lockMs) }) : phrase('limit-wrong-link-code'),
  );
}
