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
// The four languages' parsers only: chrono-node's root module loads all sixteen of its locales
// (about 270 modules), a good part of start-up.
import type { Chrono, ParsedResult } from 'chrono-node/en';
import * as en from 'chrono-node/en';
import * as de from 'chrono-node/de';
import * as es from 'chrono-node/es';
import * as ru from 'chrono-node/ru';
import { DateTime, IANAZone } from 'luxon';
import type { Lang } from '../../domain/language.js';
import { phrase, type Phrase } from '../../domain/phrase.js';
import { err, ok, userError, type Result } from '../../result.js';

const MAX_TEXT = 200;
const MAX_DAYS_AHEAD = 180;

const invalid = (message: Phrase) => err(userError('invalid-input', message));

/**
 * chrono's parser for each language it reads. English keeps its two readings: day-first (en.GB)
 * and, in zones under America/, month-first (casual). The others read day-first, as their
 * countries write dates.
 */
const PARSERS: ReadonlyMap<Exclude<Lang, 'en'>, Chrono> = new Map([
  ['de', de.casual],
  ['es', es.casual],
  ['ru', ru.casual],
]);

/** "next friday", "nächsten Freitag", "el próximo viernes", "в следующую пятницу". */
const NEXT = /(?<!\p{L})(?:next|n[aä]chste[nmrs]?|kommende[nmrs]?|pr[oó]xim[oa]|que viene|следующ\p{L}*)(?!\p{L})/iu;
/** "last friday", "letzten Freitag", "el viernes pasado", "в прошлую пятницу". */
const LAST = /(?<!\p{L})(?:last|past|previous|letzte[nmrs]?|vorige[nmrs]?|pasad[oa]|anterior|прошл\p{L}*|предыдущ\p{L}*)(?!\p{L})/iu;

function checkZone(zone: string): void {
  if (!IANAZone.isValidZone(zone)) throw new Error(`not an IANA time zone: "${zone}"`);
}

/** "Sat 5 Dec, 07:00 (Europe/Berlin)"; "Sa. 5. Dez., 07:00 (Europe/Berlin)" in German. */
export function formatInZone(instant: Date, zone: string, lang: Lang = 'en'): string {
  checkZone(zone);
  return `${DateTime.fromJSDate(instant, { zone }).setLocale(lang === 'en' ? 'en-US' : lang).toFormat('ccc d LLL, HH:mm')} (${zone})`;
}

/**
 * What chrono finds in the text, read in the person's language and in English: "morgen 7 Uhr" is
 * German for a German, and "sat 9:30" still works for everyone. The reading that understood more
 * of the text wins; on a tie, the person's language does.
 */
function bestReading(typed: string, zone: string, now: Date, offset: number, lang: Lang): ParsedResult | undefined {
  const english = zone.startsWith('America/') ? en.casual : en.GB;
  const own = lang === 'en' ? undefined : PARSERS.get(lang);
  let best: ParsedResult | undefined;
  for (const parser of own ? [own, english] : [english]) {
    const [result] = parser.parse(typed, { instant: now, timezone: offset }, { forwardDate: true });
    if (result && (!best || result.text.length > best.text.length)) best = result;
  }
  return best;
}

/**
 * How many leading characters of `text` read as a time ("tomorrow 7am Tiergarten 4" → 12), in the
 * person's language or English; 0 when it doesn't start with one. Which instant it names needs a
 * zone and is `parseStartTime`'s job; this only finds where a time ends in a sentence.
 */
export function leadingTimeLength(text: string, lang: Lang = 'en'): number {
  if (!text || text.length > MAX_TEXT) return 0;
  let longest = 0;
  const own = lang === 'en' ? undefined : PARSERS.get(lang);
  for (const parser of own ? [own, en.casual, en.GB] : [en.casual, en.GB]) {
    const [result] = parser.parse(text, new Date(0), { forwardDate: true });
    if (result && result.index === 0 && result.start.isCertain('hour')) longest = Math.max(longest, result.text.length);
  }
  return longest;
}

/** The start instant of a session, typed in `zone`, between `now` and 180 days ahead. */
export function parseStartTime(text: string, zone: string, now: Date, lang: Lang = 'en'): Result<Date> {
  checkZone(zone);
  const typed = text.trim();
  if (!typed) return invalid(phrase('parse-when-empty'));
  if (typed.length > MAX_TEXT) return invalid(phrase('parse-when-too-long'));

  const here = DateTime.fromJSDate(now, { zone });
  const result = bestReading(typed, zone, now, here.offset, lang);
  if (!result) return invalid(phrase('parse-when-not-found', { text: typed }));

  const s = result.start;
  if (!s.isCertain('hour')) return invalid(phrase('parse-when-needs-time', { text: typed, found: result.text }));

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
      return invalid(phrase('parse-when-no-date', { text: typed }));
    }
    const time = { hour, minute: s.get('minute') ?? 0, second: 0, millisecond: 0 };
    start = DateTime.fromObject({ year, month, day, ...time }, { zone });
    if (!start.isValid) return invalid(phrase('parse-when-not-real', { text: typed }));
    const dateGiven = s.isCertain('day') || s.isCertain('month') || s.isCertain('year');
    const weekday = s.get('weekday');
    const isoWeekday = weekday === 0 ? 7 : weekday;
    if (!dateGiven && s.isCertain('weekday') && isoWeekday !== null && LAST.test(result.text)) {
      // "last friday 7am": the one before today, which has passed.
      start = here.startOf('day').minus({ days: (here.weekday - isoWeekday + 7) % 7 || 7 }).set(time);
    } else if (!dateGiven && s.isCertain('weekday') && isoWeekday !== null) {
      // "sat 9:30": the next Saturday at 9:30 in the zone, today if that is still ahead ("next
      // sat" on a Saturday: a week from today). Computed here, not by chrono, whose weekday
      // arithmetic depends on the server's own time zone.
      let date = here.startOf('day').plus({ days: (isoWeekday - here.weekday + 7) % 7 });
      let candidate = date.set(time);
      if (candidate <= here || (NEXT.test(result.text) && date.hasSame(here, 'day'))) {
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
    return invalid(phrase('parse-when-passed', { when: formatInZone(start.toJSDate(), zone, lang) }));
  }
  if (start > here.plus({ days: MAX_DAYS_AHEAD })) {
    return invalid(phrase('parse-when-too-far', { when: formatInZone(start.toJSDate(), zone, lang), days: MAX_DAYS_AHEAD }));
  }
  return ok(start.toJSDate());
}

const MIN_DURATION = 10;
const MAX_DURATION = 600;

/**
 * "90", "90m", "90 min", "1h", "1.5h", "1,5 h", "1h30", "1h 30m", "1:30", "2 hours", "1,5 Stunden",
 * "90 minutos", "1 час 30 минут" → minutes.
 */
export function parseDurationMinutes(text: string): Result<number> {
  const typed = text.trim().toLowerCase();
  if (!typed) return invalid(phrase('parse-duration-empty'));
  let minutes: number | null = null;
  const num = String.raw`(\d+(?:[.,]\d+)?)`;
  // Units in every language Spotter reads; none is another's unit, so no language has to win.
  const hoursWord = String.raw`(?:h|hr|hrs|hour|hours|std|stunde|stunden|hora|horas|ч|час|часа|часов)`;
  const minutesWord = String.raw`(?:m|min|mins|minute|minutes|minuten|minuto|minutos|мин|минута|минуты|минут)`;
  let m: RegExpExecArray | null;
  if ((m = new RegExp(String.raw`^${num}\s*${minutesWord}?$`).exec(typed))) {
    minutes = Number(m[1]?.replace(',', '.'));
  } else if ((m = new RegExp(String.raw`^${num}\s*${hoursWord}$`).exec(typed))) {
    minutes = Number(m[1]?.replace(',', '.')) * 60;
  } else if ((m = new RegExp(String.raw`^(\d+)\s*${hoursWord}\s*(?:(?:and|und|y|и)\s*)?(\d{1,2})\s*${minutesWord}?$`).exec(typed))) {
    minutes = Number(m[1]) * 60 + Number(m[2]);
  } else if ((m = /^(\d+):([0-5]\d)$/.exec(typed))) {
    minutes = Number(m[1]) * 60 + Number(m[2]);
  }
  if (minutes === null || !Number.isFinite(minutes)) {
    return invalid(phrase('parse-duration-unreadable', { text: text.trim() }));
  }
  minutes = Math.round(minutes);
  if (minutes < MIN_DURATION || minutes > MAX_DURATION) {
    return invalid(
      phrase('parse-duration-out-of-range', { min: MIN_DURATION, maxHours: MAX_DURATION / 60, text: text.trim(), minutes }),
    );
  }
  return ok(minutes);
}
