import { DateTime } from 'luxon';
import type { RoundSchedule } from '../domain/rounds.js';

/**
 * Round times on the community's clock. Every instant stays a UTC Date; luxon places "Monday
 * 09:00 in Europe/Berlin" on the calendar, summer time included (an hour that does not exist,
 * in the spring gap, moves forward to the first that does).
 */

export const isZone = (zone: string): boolean => DateTime.now().setZone(zone).isValid;

/** The first round time strictly after `after`. */
export function nextRoundAt(s: Pick<RoundSchedule, 'weekday' | 'hour' | 'timeZone'>, after: Date): Date {
  const zone = isZone(s.timeZone) ? s.timeZone : 'UTC';
  const start = DateTime.fromJSDate(after, { zone }).startOf('day');
  for (let d = 0; d <= 8; d++) {
    const candidate = start.plus({ days: d }).set({ hour: s.hour, minute: 0, second: 0, millisecond: 0 });
    if (candidate.weekday === s.weekday && candidate.toMillis() > after.getTime()) return candidate.toJSDate();
  }
  throw new Error('unreachable: a round time exists within 8 days');
}

/** The round's key: its local date on the community's clock, `YYYY-MM-DD`. */
export function roundKey(zone: string, at: Date): string {
  return DateTime.fromJSDate(at, { zone: isZone(zone) ? zone : 'UTC' }).toISODate() ?? at.toISOString().slice(0, 10);
}

/** Whether `at` is on the round's weekday, within `lateHours` after its hour (a run delayed by a restart still counts). */
export function isRoundTime(s: Pick<RoundSchedule, 'weekday' | 'hour' | 'timeZone'>, at: Date, lateHours: number): boolean {
  const local = DateTime.fromJSDate(at, { zone: isZone(s.timeZone) ? s.timeZone : 'UTC' });
  const minutes = local.hour * 60 + local.minute - s.hour * 60;
  return local.weekday === s.weekday && minutes >= -5 && minutes < lateHours * 60;
}
