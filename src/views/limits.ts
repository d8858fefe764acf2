import type { Allowance, LimitedAction, LimitHit, LinkLock } from '../core/limits.js';
import { type UserError, userError } from '../result.js';

/** How a limited person is told what was limited and when to try again: in words, never raw seconds. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "in 12 minutes", "in 1 hour and 5 minutes", "in about 7 hours", "in 2 days". */
export function retryIn(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / MINUTE));
  if (minutes <= 1) return 'in a minute';
  if (minutes < 60) return `in ${minutes} minutes`;
  if (minutes < 3 * 60) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m === 0 ? `in ${plural(h, 'hour')}` : `in ${plural(h, 'hour')} and ${plural(m, 'minute')}`;
  }
  if (ms < 2 * DAY) return `in about ${Math.ceil(ms / HOUR)} hours`;
  return `in ${Math.ceil(ms / DAY)} days`;
}

/** "a day", "an hour", "6 hours", "15 minutes". */
export function span(ms: number): string {
  if (ms === DAY) return 'a day';
  if (ms === HOUR) return 'an hour';
  if (ms % DAY === 0) return plural(ms / DAY, 'day');
  if (ms % HOUR === 0) return plural(ms / HOUR, 'hour');
  return plural(Math.max(1, Math.round(ms / MINUTE)), 'minute');
}

/** "a day", "an hour", "every 6 hours", "every 10 minutes". */
export const perWindow = (windowMs: number): string => (windowMs === DAY || windowMs === HOUR ? span(windowMs) : `every ${span(windowMs)}`);

const WHAT: Readonly<Record<LimitedAction, (a: Allowance) => { allowed: string; next: string; after?: string }>> = {
  'session-create': (a) => ({ allowed: `create up to ${plural(a.points, 'session')} ${perWindow(a.windowMs)}`, next: 'create the next one' }),
  connect: (a) => ({ allowed: `send up to ${plural(a.points, 'buddy request')} ${perWindow(a.windowMs)}`, next: 'send the next one' }),
  report: (a) => ({
    allowed: `file up to ${plural(a.points, 'report')} ${perWindow(a.windowMs)}`,
    next: 'file the next one',
    // Safety does not wait for the limit: blocking is never limited.
    after: ' If someone is bothering you right now, /block them: that works at once.',
  }),
  browse: (a) => ({ allowed: `search up to ${plural(a.points, 'time')} ${perWindow(a.windowMs)} with /match and /sessions (pages included)`, next: 'search again' }),
  message: (a) => ({ allowed: `send up to ${plural(a.points, 'message')} ${perWindow(a.windowMs)}`, next: 'send the next one' }),
};

const lockedText = (lock: LinkLock, retryInMs: number) =>
  `Too many wrong link codes (${lock.wrongCodes} within ${span(lock.windowMs)}), so /link is locked for you. You can try again ${retryIn(retryInMs)}.`;

/** The refusal a limited person sees, as an expected failure. */
export function limitedError(hit: LimitHit): UserError {
  if (hit.action === 'link') return userError('rate-limited', lockedText(hit.lock, hit.retryInMs));
  const w = WHAT[hit.action](hit.allowance);
  return userError('rate-limited', `You can ${w.allowed}, and you've reached that. You can ${w.next} ${retryIn(hit.retryInMs)}.${w.after ?? ''}`);
}

/** A wrong /link code; it warns while the lock is near. */
export function wrongLinkCodeError(left: number, lock: LinkLock): UserError {
  const warning = left > 0 && left <= 2 ? ` ${plural(left, 'more wrong code')} and /link locks for ${span(lock.lockMs)}.` : '';
  return userError('expired', `That code is unknown or expired. Run /link on your other account for a new one.${warning}`);
}
