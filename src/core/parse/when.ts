/**
 * When a session starts, typed in the host's own words and time zone: "tomorrow 7am",
 * "sat 9:30", "next friday 18:00", "2026-12-01 07:00", "dec 5 at 7".
 *
 * chrono-node reads the words against "now" as seen in the zone (its reference offset is the
 * zone's offset at `now`); only the wall-clock components it finds are kept, and luxon turns them
 * into an instant with the zone's rules on the target date, so "tomorrow 7am" the night before a
 * summer-time change is still 07:00 local. Numeric dates are read day-first (5/12 = 5 December)
 * except in zones under America/, where they are month-first.
 */
import * as chrono from 'chrono-node';
import { DateTime, IANAZone } from 'luxon';
import { err, ok, userError, type Result } from '../../result.js';

const MAX_TEXT = 200;
const MAX_DAYS_AHEAD = 180;
const EXAMPLES = '"tomorrow 7am", "sat 9:30" or "2026-12-01 07:00"';

const invalid = (message: string) => err(userError('invalid-input', message));

function checkZone(zone: string): void {
  if (!IANAZone.isValidZone(zone)) throw new Error(`not an IANA time zone: "${zone}"`);
}

/** "Sat 5 Dec, 07:00 (Europe/Berlin)". */
export function formatInZone(instant: Date, zone: string): string {
  checkZone(zone);
  return `${DateTime.fromJSDate(instant, { zone }).setLocale('en-US').toFormat('ccc d LLL, HH:mm')} (${zone})`;
}

/** The start instant of a session, typed in `zone`, between `now` and 180 days ahead. */
export function parseStartTime(text: string, zone: string, now: Date): Result<Date> {
  checkZone(zone);
  const typed = text.trim();
  if (!typed) return invalid(`Tell me when it starts, e.g. ${EXAMPLES}.`);
  if (typed.length > MAX_TEXT) return invalid(`That's too long for a start time; try something like ${EXAMPLES}.`);

  const here = DateTime.fromJSDate(now, { zone });
  const parser = zone.startsWith('America/') ? chrono.casual : chrono.en.GB;
  const [result] = parser.parse(typed, { instant: now, timezone: here.offset }, { forwardDate: true });
  if (!result) return invalid(`I couldn't find a date or time in "${typed}". Try ${EXAMPLES}.`);

  const s = result.start;
  if (!s.isCertain('hour')) {
    return invalid(`"${typed}" needs a time of day too, e.g. "${result.text} 7am" or "${result.text} 18:30".`);
  }

  let start: DateTime;
  if (s.isCertain('timezoneOffset')) {
    // An explicit zone ("7am UTC") or a relative time ("in 2 hours"): chrono's instant is exact.
    start = DateTime.fromJSDate(s.date(), { zone });
  } else {
    const year = s.get('year');
    const month = s.get('month');
    const day = s.get('day');
    const hour = s.get('hour');
    if (year === null || month === null || day === null || hour === null) {
      return invalid(`I couldn't work out a date from "${typed}". Try ${EXAMPLES}.`);
    }
    const time = { hour, minute: s.get('minute') ?? 0, second: 0, millisecond: 0 };
    start = DateTime.fromObject({ year, month, day, ...time }, { zone });
    if (!start.isValid) return invalid(`"${typed}" isn't a real date. Try ${EXAMPLES}.`);
    const dateGiven = s.isCertain('day') || s.isCertain('month') || s.isCertain('year');
    const weekday = s.get('weekday');
    const isoWeekday = weekday === 0 ? 7 : weekday;
    if (!dateGiven && s.isCertain('weekday') && isoWeekday !== null && /\b(last|past|previous)\b/i.test(result.text)) {
      // "last friday 7am": the one before today, which has passed.
      start = here.startOf('day').minus({ days: (here.weekday - isoWeekday + 7) % 7 || 7 }).set(time);
    } else if (!dateGiven && s.isCertain('weekday') && isoWeekday !== null) {
      // "sat 9:30": the next Saturday at 9:30 in the zone, today if that is still ahead ("next
      // sat" on a Saturday: a week from today). Computed here, not by chrono, whose weekday
      // arithmetic depends on the server's own time zone.
      let date = here.startOf('day').plus({ days: (isoWeekday - here.weekday + 7) % 7 });
      let candidate = date.set(time);
      if (candidate <= here || (/\bnext\b/i.test(result.text) && date.hasSame(here, 'day'))) {
        date = date.plus({ weeks: 1 });
        candidate = date.set(time);
      }
      start = candidate;
    } else if (start < here && !dateGiven) {
      // A bare time that already passed today means tomorrow.
      start = start.plus({ days: 1 });
    }
  }

  if (start.toMillis() < now.getTime()) {
    return invalid(
      `${formatInZone(start.toJSDate(), zone)} has already passed. Pick a time in the future, e.g. "tomorrow 7am".`,
    );
  }
  if (start > here.plus({ days: MAX_DAYS_AHEAD })) {
    return invalid(
      `${formatInZone(start.toJSDate(), zone)} is more than ${MAX_DAYS_AHEAD} days away; sessions can be planned up to ${MAX_DAYS_AHEAD} days ahead.`,
    );
  }
  return ok(start.toJSDate());
}

const MIN_DURATION = 10;
const MAX_DURATION = 600;

/** "90", "90m", "90 min", "1h", "1.5h", "1,5 h", "1h30", "1h 30m", "1:30", "2 hours" → minutes. */
export function parseDurationMinutes(text: string): Result<number> {
  const typed = text.trim().toLowerCase();
  const example = 'e.g. "45", "90m", "1h" or "1h30"';
  if (!typed) return invalid(`Tell me how long it lasts, ${example}.`);
  let minutes: number | null = null;
  const num = String.raw`(\d+(?:[.,]\d+)?)`;
  const hoursWord = String.raw`(?:h|hr|hrs|hour|hours)`;
  const minutesWord = String.raw`(?:m|min|mins|minute|minutes)`;
  let m: RegExpExecArray | null;
  if ((m = new RegExp(String.raw`^${num}\s*${minutesWord}?$`).exec(typed))) {
    minutes = Number(m[1]?.replace(',', '.'));
  } else if ((m = new RegExp(String.raw`^${num}\s*${hoursWord}$`).exec(typed))) {
    minutes = Number(m[1]?.replace(',', '.')) * 60;
  } else if ((m = new RegExp(String.raw`^(\d+)\s*${hoursWord}\s*(?:and\s*)?(\d{1,2})\s*${minutesWord}?$`).exec(typed))) {
    minutes = Number(m[1]) * 60 + Number(m[2]);
  } else if ((m = /^(\d+):([0-5]\d)$/.exec(typed))) {
    minutes = Number(m[1]) * 60 + Number(m[2]);
  }
  if (minutes === null || !Number.isFinite(minutes)) {
    return invalid(`I couldn't read "${text.trim()}" as a duration; ${example}.`);
  }
  minutes = Math.round(minutes);
  if (minutes < MIN_DURATION || minutes > MAX_DURATION) {
    return invalid(
      `A session lasts between ${MIN_DURATION} minutes and ${MAX_DURATION / 60} hours; "${text.trim()}" is ${minutes} minutes. Try ${example}.`,
    );
  }
  return ok(minutes);
}
