/**
 * The words and clock times of typed weekly availability (the grammar is documented in
 * `availability.ts`): the vocabulary, turning cleaned text into tokens, reading clock times and
 * ranges as minutes from midnight, and the "I don't understand …" errors with a spelling
 * suggestion drawn from the same vocabulary.
 */
import type { Weekday } from '../../domain/availability.js';
import { err, ok, userError, type Result } from '../../result.js';

export interface Window {
  readonly start: number;
  readonly end: number;
}

export const h = (hours: number) => hours * 60;

export type PartOfDay = 'early morning' | 'morning' | 'late morning' | 'lunchtime' | 'afternoon' | 'evening' | 'night' | 'all day';

/** The table documented in `availability.ts`, as data. */
export const PARTS_OF_DAY: Readonly<Record<PartOfDay, Window>> = {
  'early morning': { start: h(5), end: h(7) },
  morning: { start: h(6), end: h(12) },
  'late morning': { start: h(9), end: h(12) },
  lunchtime: { start: h(12), end: h(14) },
  afternoon: { start: h(12), end: h(17) },
  evening: { start: h(17), end: h(21) },
  night: { start: h(21), end: h(24) },
  'all day': { start: h(6), end: h(22) },
};

export const ALL_DAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];
export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5];
export const WEEKEND: readonly Weekday[] = [6, 7];
export const EXAMPLE = '"weekday evenings, sat morning" or "mon/wed 6-8am"';

/**
 * Typed words are looked up in Maps, never as keys of an object literal, where "constructor" or
 * "toString" would find what every object inherits.
 */
export const DAY_WORDS: ReadonlyMap<string, readonly Weekday[]> = new Map<string, readonly Weekday[]>(Object.entries({
  mon: [1], monday: [1], mondays: [1],
  tue: [2], tues: [2], tuesday: [2], tuesdays: [2],
  wed: [3], weds: [3], wednesday: [3], wednesdays: [3],
  thu: [4], thur: [4], thurs: [4], thursday: [4], thursdays: [4],
  fri: [5], friday: [5], fridays: [5],
  sat: [6], saturday: [6], saturdays: [6],
  sun: [7], sunday: [7], sundays: [7],
  weekday: WEEKDAYS, weekdays: WEEKDAYS, workday: WEEKDAYS, workdays: WEEKDAYS, week: ALL_DAYS,
  weekend: WEEKEND, weekends: WEEKEND,
  day: ALL_DAYS, days: ALL_DAYS, daily: ALL_DAYS, everyday: ALL_DAYS,
}));

export const PART_WORDS: ReadonlyMap<string, PartOfDay> = new Map<string, PartOfDay>(Object.entries({
  morning: 'morning', mornings: 'morning',
  dawn: 'early morning', sunrise: 'early morning',
  lunch: 'lunchtime', lunches: 'lunchtime', lunchtime: 'lunchtime', lunchtimes: 'lunchtime', midday: 'lunchtime', noon: 'lunchtime',
  afternoon: 'afternoon', afternoons: 'afternoon',
  evening: 'evening', evenings: 'evening',
  night: 'night', nights: 'night', tonight: 'night',
  anytime: 'all day', whenever: 'all day',
}));

/** Two-word phrases, checked before single words. */
export const PART_PHRASES: ReadonlyMap<string, PartOfDay> = new Map<string, PartOfDay>(Object.entries({
  'early morning': 'early morning', 'early mornings': 'early morning',
  'late morning': 'late morning', 'late mornings': 'late morning',
  'late evening': 'night', 'late evenings': 'night', 'late night': 'night', 'late nights': 'night',
  'lunch time': 'lunchtime', 'lunch break': 'lunchtime',
  'after work': 'evening', 'before work': 'early morning',
  'all day': 'all day', 'whole day': 'all day', 'full day': 'all day', 'any time': 'all day',
}));

export const FILLERS = new Set([
  'on', 'at', 'in', 'the', 'a', 'every', 'each', 'any', 'all', 'only', 'also', 'from', 'around', 'about',
  'usually', 'mostly', 'often', 'free', 'available', 'i', 'im', 'is', 'are', 'be', 'can', 'do',
  'during', 'most', 'some', 'of', 'my', 'ish', 'times', 'time', 'pretty', 'much', 'generally', 'sometimes',
]);
export const SEPARATOR_WORDS = new Set(['and', 'or', 'plus', 'then']);
export const RANGE_WORDS = new Set(['to', 'until', 'till', 'til', 'through', 'thru']);
export const CLEAR_WORDS = new Set(['none', 'clear', 'nothing', 'reset', 'no', 'never', 'n a', 'na', 'not set']);

export type Token =
  | { kind: 'days'; days: readonly Weekday[]; text: string }
  | { kind: 'window'; window: Window; text: string }
  | { kind: 'time'; time: ClockTime; text: string }
  | { kind: 'sep'; text: string }
  | { kind: 'dash'; text: string }
  | { kind: 'word'; word: string; text: string };

export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
  readonly meridiem: 'am' | 'pm' | null;
  /** Written as 24-hour time: a leading zero ("06:00"), an "h" ("18h") or an hour over 12. */
  readonly twentyFour: boolean;
  readonly text: string;
}

export const invalid = (message: string) => err(userError('invalid-input', message));

export function clean(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/\b([ap])\.\s?m\.?/g, '$1m')
    .replace(/o'?clock/g, '')
    .replace(/['’`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------- lexing

const TIME_RE = /(\d{1,4})(?:[:.h](\d{2}))?\s*(am|pm|h\b)?/y;
const WORD_RE = /[a-z]+/y;

export function lex(text: string): Result<Token[]> {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === ' ') {
      i++;
      continue;
    }
    if (/[,;/&+|]/.test(ch) || ch === '\n') {
      tokens.push({ kind: 'sep', text: ch });
      i++;
      continue;
    }
    if (ch === '-') {
      tokens.push({ kind: 'dash', text: ch });
      i++;
      continue;
    }
    if (/\d/.test(ch)) {
      TIME_RE.lastIndex = i;
      const m = TIME_RE.exec(text);
      if (!m) return unknown(text.slice(i).split(' ')[0] ?? ch);
      const time = clockTime(m);
      if (!time) return invalid(`"${m[0].trim()}" isn't a time I can read. Use times like "6am", "18:30" or "6-8pm".`);
      tokens.push({ kind: 'time', time, text: m[0].trim() });
      i += m[0].trimEnd().length;
      if (/[a-z]/.test(text[i] ?? '')) {
        WORD_RE.lastIndex = i;
        return unknown(m[0].trim() + (WORD_RE.exec(text)?.[0] ?? ''));
      }
      continue;
    }
    if (/[a-z]/.test(ch)) {
      WORD_RE.lastIndex = i;
      const word = WORD_RE.exec(text)?.[0] ?? ch;
      i = WORD_RE.lastIndex;
      tokens.push({ kind: 'word', word, text: word });
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '(' || ch === ')' || ch === ':') {
      i++;
      continue;
    }
    return invalid(`I don't understand "${ch}" in your availability. Try ${EXAMPLE}.`);
  }
  return ok(withNoonAndMidnight(tokens));
}

const NOON: ClockTime = { hour: 12, minute: 0, meridiem: 'pm', twentyFour: false, text: 'noon' };
const MIDNIGHT: ClockTime = { hour: 12, minute: 0, meridiem: 'am', twentyFour: false, text: 'midnight' };

/** "noon" and "midnight" next to a range ("10-noon", "noon to 2pm", "10pm-midnight") are times. */
function withNoonAndMidnight(tokens: readonly Token[]): Token[] {
  const link = (t: Token | undefined) => t?.kind === 'dash' || (t?.kind === 'word' && RANGE_WORDS.has(t.word));
  return tokens.map((t, i) => {
    if (t.kind !== 'word' || (t.word !== 'noon' && t.word !== 'midnight')) return t;
    const inRange =
      (link(tokens[i - 1]) && tokens[i - 2]?.kind === 'time') ||
      (link(tokens[i + 1]) && (tokens[i + 2]?.kind === 'time' || tokens[i + 2]?.text === 'midnight'));
    return inRange ? { kind: 'time', time: t.word === 'noon' ? NOON : MIDNIGHT, text: t.word } : t;
  });
}

function clockTime(m: RegExpExecArray): ClockTime | null {
  const digits = m[1] ?? '';
  let hour: number;
  let minute: number;
  if (m[2] !== undefined) {
    hour = Number(digits);
    minute = Number(m[2]);
  } else if (digits.length >= 3) {
    // "0630", "1800"
    hour = Number(digits.slice(0, -2));
    minute = Number(digits.slice(-2));
  } else {
    hour = Number(digits);
    minute = 0;
  }
  const suffix = m[3];
  const meridiem = suffix === 'am' || suffix === 'pm' ? suffix : null;
  if (minute > 59 || hour > 24 || (hour === 24 && minute > 0)) return null;
  if (meridiem && (hour < 1 || hour > 12)) return null;
  const twentyFour = !meridiem && (suffix === 'h' || hour > 12 || hour === 0 || (digits.length >= 2 && digits.startsWith('0')));
  return { hour, minute, meridiem, twentyFour, text: m[0].trim() };
}

// ---------------------------------------------------------------- clock arithmetic

const asMeridiem = (t: ClockTime, meridiem: 'am' | 'pm'): number =>
  (meridiem === 'am' ? t.hour % 12 : (t.hour % 12) + 12) * 60 + t.minute;

/** Minutes from midnight for a time written without am/pm and read as "am unless past 12". */
const asWritten = (t: ClockTime): number => t.hour * 60 + t.minute;

export function rangeWindow(a: ClockTime, b: ClockTime): Window {
  let start: number;
  let end: number;
  if (a.meridiem && b.meridiem) {
    start = asMeridiem(a, a.meridiem);
    end = asMeridiem(b, b.meridiem);
  } else if (b.meridiem) {
    end = asMeridiem(b, b.meridiem);
    if (a.twentyFour) start = asWritten(a);
    else {
      const same = asMeridiem(a, b.meridiem);
      start = same < end ? same : asMeridiem(a, b.meridiem === 'am' ? 'pm' : 'am');
    }
  } else if (a.meridiem) {
    start = asMeridiem(a, a.meridiem);
    if (b.twentyFour) end = asWritten(b);
    else {
      const same = asMeridiem(b, a.meridiem);
      end = same > start ? same : asMeridiem(b, a.meridiem === 'am' ? 'pm' : 'am');
    }
  } else {
    start = asWritten(a);
    end = asWritten(b);
    // Both written as 1–12 without am/pm: morning, unless the end would then come first.
    if (!a.twentyFour && !b.twentyFour && end <= start && b.hour < 12) end += h(12);
  }
  if (end === 0) end = h(24);
  if (end <= start) end += h(24); // past midnight, into the next day
  return { start, end };
}

export function singleTime(t: ClockTime, bareMeridiem: 'am' | 'pm'): number {
  if (t.meridiem) return asMeridiem(t, t.meridiem);
  if (t.twentyFour || t.hour === 12) return asWritten(t);
  return asMeridiem(t, bareMeridiem);
}

// ---------------------------------------------------------------- errors

const VOCABULARY = [
  ...DAY_WORDS.keys(),
  ...PART_WORDS.keys(),
  ...[...PART_PHRASES.keys()].flatMap((p) => p.split(' ')),
  'between', 'after', 'before', 'none', 'clear',
];

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = above;
    }
  }
  return row[b.length] ?? 0;
}

export function unknown(word: string) {
  let suggestion: string | null = null;
  if (/^[a-z]{3,}$/.test(word)) {
    let best = 3;
    for (const known of VOCABULARY) {
      // At most two edits apart, so lengths differing more can't match: a 300-letter "word"
      // costs nothing instead of a full edit-distance table against every known word.
      if (Math.abs(word.length - known.length) > 2) continue;
      const d = editDistance(word, known);
      if (d < best && d <= Math.max(1, Math.floor(word.length / 4))) {
        best = d;
        suggestion = known;
      }
    }
  }
  const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
  return invalid(`I don't understand "${word}" in your availability.${hint} Try something like ${EXAMPLE}.`);
}
