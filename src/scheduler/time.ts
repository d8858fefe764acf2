import { DateTime } from 'luxon';
import type { Profile, QuietHours } from '../domain/profile.js';

/**
 * Wall-clock arithmetic in a person's own zone. Every instant stays a UTC `Date`; luxon turns
 * "08:00 on Monday in Europe/Berlin" into one, summer time included (a local time that does not
 * exist, in the spring gap, moves forward to the first that does).
 */

const local = (at: Date, zone: string) => DateTime.fromJSDate(at, { zone: validZone(zone) });

/** Whether luxon knows a zone never changes while running: asked once per zone. */
const zoneValidity = new Map<string, string>();

function validZone(zone: string): string {
  let valid = zoneValidity.get(zone);
  if (valid === undefined) {
    valid = DateTime.now().setZone(zone).isValid ? zone : 'UTC';
    if (zoneValidity.size >= 4096) zoneValidity.clear();
    zoneValidity.set(zone, valid);
  }
  return valid;
}

/** What the alert and digest maths read of a local time; the same for every instant of one minute. */
interface LocalMinute {
  /** Minutes from local midnight. */
  readonly minute: number;
  /** ISO weekday, 1 = Monday. */
  readonly weekday: number;
  readonly day: DateTime;
  readonly isoDate: string;
}

/**
 * A fan-out asks for the local time of thousands of recipients at about the same instant, in a
 * handful of zones: one luxon DateTime per zone and minute, not one per recipient. (Zone offsets
 * are whole minutes today, so every instant of a UTC minute has the same local minute and day.)
 */
const minutes = new Map<string, LocalMinute>();

function localMinute(zone: string, at: Date): LocalMinute {
  const key = `${zone}|${Math.floor(at.getTime() / 60_000)}`;
  let hit = minutes.get(key);
  if (!hit) {
    const t = local(at, zone);
    hit = { minute: t.hour * 60 + t.minute, weekday: t.weekday, day: t.startOf('day'), isoDate: t.toISODate() ?? at.toISOString().slice(0, 10) };
    if (minutes.size >= 4096) minutes.clear();
    minutes.set(key, hit);
  }
  return hit;
}

const atMinutes = (day: DateTime, minutes: number) =>
  day.set({ hour: Math.floor(minutes / 60) % 24, minute: minutes % 60, second: 0, millisecond: 0 }).plus({ days: minutes >= 1440 ? 1 : 0 });

/** The person's calendar date at `at`, `YYYY-MM-DD`: what "per day" counts by. */
export function localDay(zone: string, at: Date): string {
  return localMinute(zone, at).isoDate;
}

/**
 * When the quiet hours `at` falls in end, or null when `at` is not in quiet hours. The window is
 * in the person's zone and may wrap past midnight (22:00–07:00).
 */
export function quietUntil(quiet: QuietHours | null, zone: string, at: Date): Date | null {
  if (!quiet || quiet.start === quiet.end) return null;
  const { minute, day } = localMinute(zone, at);
  if (quiet.start < quiet.end) {
    return minute >= quiet.start && minute < quiet.end ? atMinutes(day, quiet.end).toJSDate() : null;
  }
  if (minute >= quiet.start) return atMinutes(day.plus({ days: 1 }), quiet.end).toJSDate();
  if (minute < quiet.end) return atMinutes(day, quiet.end).toJSDate();
  return null;
}

/** `at`, or the end of the person's quiet hours if `at` falls inside them. */
export function outsideQuietHours(person: Pick<Profile, 'notifications' | 'timeZone'>, at: Date): Date {
  return quietUntil(person.notifications.quietHours, person.timeZone, at) ?? at;
}

/**
 * The first instant after `after` when the person's clock shows `hour`:`minute`, on `weekday`
 * (ISO, 1 = Monday) when given.
 */
export function nextLocalTime(zone: string, after: Date, hour: number, minute = 0, weekday?: number): Date {
  const start = local(after, zone);
  for (let d = 0; d <= 8; d++) {
    const candidate = start.startOf('day').plus({ days: d }).set({ hour, minute, second: 0, millisecond: 0 });
    if (weekday !== undefined && candidate.weekday !== weekday) continue;
    if (candidate.toMillis() > after.getTime()) return candidate.toJSDate();
  }
  throw new Error('unreachable: a matching local time exists within 8 days');
}

/** Minutes from the person's midnight at `at`, and their ISO weekday. */
export function localClock(zone: string, at: Date): { weekday: number; minute: number } {
  const { weekday, minute } = localMinute(zone, at);
  return { weekday, minute };
}
