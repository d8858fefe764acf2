import { phrase, type Phrase } from '../domain/phrase.js';
import type { LimitHit, LinkLock } from '../domain/limits.js';
import { type UserError, userError } from '../result.js';

/** The limits port and its facts live in the domain (the store implements them); the core says refusals as phrases. */
export * from '../domain/limits.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

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
