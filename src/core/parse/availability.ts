/**
 * Weekly availability typed in plain words: "weekday evenings, sat morning", "mon/wed 6-8am",
 * "tue thu 18:00-20:00", "every day 7am-9am", "mon-fri lunch", "sun 10-12", "none".
 *
 * Parts of the day are fixed windows in the person's own time zone (end exclusive):
 *
 * | words                                       | window        |
 * |---------------------------------------------|---------------|
 * | early morning(s), dawn, sunrise, before work | 05:00–07:00   |
 * | morning(s)                                  | 06:00–12:00   |
 * | late morning(s)                             | 09:00–12:00   |
 * | lunch, lunchtime, midday, noon              | 12:00–14:00   |
 * | afternoon(s)                                | 12:00–17:00   |
 * | evening(s), after work                      | 17:00–21:00   |
 * | night(s), late evening(s), late night(s)    | 21:00–24:00   |
 * | all day, any time, anytime, whenever        | 06:00–22:00   |
 *
 * Other rules:
 * - Days alone ("weekends", "sat") mean all day (06:00–22:00); times alone ("mornings", "7-9am")
 *   mean every day. A time-only part after a comma keeps the days before it: "mon 6-8, 18-20".
 * - Clock ranges: "6-8am", "6am-8am", "18:00-20:00", "6:30-8", "18h-20h", "between 6 and 8pm",
 *   "10pm-midnight". One meridiem applies to both ends when it fits ("6-8pm" → 18–20,
 *   "11-1pm" → 11–13). Without am/pm and with hours ≤ 12 the range is read as morning
 *   ("6-8" → 06–08, "10-12" → 10–12) and the end moves to the afternoon if it would come
 *   first ("11-1" → 11–13); hours of 13 or more are 24-hour time. Ranges past midnight
 *   continue on the next day ("fri 22-01" → Fri 22–24, Sat 0–1).
 * - A single time is a one-hour window ("sat 9am" → 09–10). "after 6pm" runs to 22:00 (24:00
 *   from 21:00), "before 8am" starts at 05:00; a bare hour after "after" is pm ("after 6" →
 *   18:00) and after "before" am.
 * - Overlapping or touching windows on one day merge; output is sorted by day, then start.
 */
import { WEEKDAY_NAMES, type Weekday, type WeeklySlot } from '../../domain/availability.js';
import { err, ok, userError, type Result } from '../../result.js';

export interface Window {
  readonly start: number;
  readonly end: number;
}

const h = (hours: number) => hours * 60;

export type PartOfDay = 'early morning' | 'morning' | 'late morning' | 'lunchtime' | 'afternoon' | 'evening' | 'night' | 'all day';

/** The documented table above, as data. */
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

const MAX_SLOTS = 50;
const MAX_TEXT = 300;
const ALL_DAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];
const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5];
const WEEKEND: readonly Weekday[] = [6, 7];
const EXAMPLE = '"weekday evenings, sat morning" or "mon/wed 6-8am"';

const DAY_WORDS: Readonly<Record<string, readonly Weekday[]>> = {
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
};

const PART_WORDS: Readonly<Record<string, PartOfDay>> = {
  morning: 'morning', mornings: 'morning',
  dawn: 'early morning', sunrise: 'early morning',
  lunch: 'lunchtime', lunches: 'lunchtime', lunchtime: 'lunchtime', lunchtimes: 'lunchtime', midday: 'lunchtime', noon: 'lunchtime',
  afternoon: 'afternoon', afternoons: 'afternoon',
  evening: 'evening', evenings: 'evening',
  night: 'night', nights: 'night', tonight: 'night',
  anytime: 'all day', whenever: 'all day',
};

/** Two-word phrases, checked before single words. */
const PART_PHRASES: Readonly<Record<string, PartOfDay>> = {
  'early morning': 'early morning', 'early mornings': 'early morning',
  'late morning': 'late morning', 'late mornings': 'late morning',
  'late evening': 'night', 'late evenings': 'night', 'late night': 'night', 'late nights': 'night',
  'lunch time': 'lunchtime', 'lunch break': 'lunchtime',
  'after work': 'evening', 'before work': 'early morning',
  'all day': 'all day', 'whole day': 'all day', 'full day': 'all day', 'any time': 'all day',
};

const FILLERS = new Set([
  'on', 'at', 'in', 'the', 'a', 'every', 'each', 'any', 'all', 'only', 'also', 'from', 'around', 'about',
  'usually', 'mostly', 'often', 'free', 'available', 'i', 'im', 'is', 'are', 'be', 'can', 'do',
  'during', 'most', 'some', 'of', 'my', 'ish', 'times', 'time', 'pretty', 'much', 'generally', 'sometimes',
]);
const SEPARATOR_WORDS = new Set(['and', 'or', 'plus', 'then']);
const RANGE_WORDS = new Set(['to', 'until', 'till', 'til', 'through', 'thru']);
const CLEAR_WORDS = new Set(['none', 'clear', 'nothing', 'reset', 'no', 'never', 'n a', 'na', 'not set']);

type Token =
  | { kind: 'days'; days: readonly Weekday[]; text: string }
  | { kind: 'window'; window: Window; text: string }
  | { kind: 'time'; time: ClockTime; text: string }
  | { kind: 'sep'; text: string }
  | { kind: 'dash'; text: string }
  | { kind: 'word'; word: string; text: string };

interface ClockTime {
  readonly hour: number;
  readonly minute: number;
  readonly meridiem: 'am' | 'pm' | null;
  /** Written as 24-hour time: a leading zero ("06:00"), an "h" ("18h") or an hour over 12. */
  readonly twentyFour: boolean;
  readonly text: string;
}

const invalid = (message: string) => err(userError('invalid-input', message));

/** Weekly windows from what a person typed, or a message that says what could not be read. */
export function parseAvailability(text: string): Result<WeeklySlot[]> {
  const cleaned = clean(text);
  if (!cleaned) return invalid(`Tell me when you're usually free, e.g. ${EXAMPLE}. Send "none" to clear it.`);
  if (text.length > MAX_TEXT) {
    return invalid(`That's ${text.length} characters; please keep it under ${MAX_TEXT}, e.g. ${EXAMPLE}.`);
  }
  if (CLEAR_WORDS.has(cleaned.replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim())) return ok([]);

  const lexed = lex(cleaned);
  if (!lexed.ok) return lexed;
  const assembled = assemble(lexed.value);
  if (!assembled.ok) return assembled;
  const slots = merge(expand(group(assembled.value)));
  if (!slots.length) return invalid(`I couldn't find any days or times in "${text.trim()}". Try ${EXAMPLE}.`);
  if (slots.length > MAX_SLOTS) {
    return invalid(`That makes ${slots.length} separate time windows; the most I can keep is ${MAX_SLOTS}. Try broader ones, e.g. "weekday evenings".`);
  }
  return ok(slots);
}

function clean(text: string): string {
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

function lex(text: string): Result<Token[]> {
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

function rangeWindow(a: ClockTime, b: ClockTime): Window {
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

function singleTime(t: ClockTime, bareMeridiem: 'am' | 'pm'): number {
  if (t.meridiem) return asMeridiem(t, t.meridiem);
  if (t.twentyFour || t.hour === 12) return asWritten(t);
  return asMeridiem(t, bareMeridiem);
}

// ---------------------------------------------------------------- assembling

type Part = { kind: 'days'; days: readonly Weekday[] } | { kind: 'window'; window: Window } | { kind: 'sep' };

function assemble(tokens: readonly Token[]): Result<Part[]> {
  const parts: Part[] = [];
  const at = (i: number) => tokens[i];
  const wordAt = (i: number) => {
    const t = at(i);
    return t?.kind === 'word' ? t.word : null;
  };
  const isRangeLink = (i: number) => at(i)?.kind === 'dash' || RANGE_WORDS.has(wordAt(i) ?? '');
  const daysAt = (i: number): readonly Weekday[] | null => {
    const w = wordAt(i);
    return w ? (DAY_WORDS[w] ?? null) : null;
  };

  for (let i = 0; i < tokens.length; i++) {
    const tok = at(i);
    if (!tok) break;
    if (tok.kind === 'sep') {
      parts.push({ kind: 'sep' });
      continue;
    }
    if (tok.kind === 'time') {
      const next = at(i + 2);
      if (isRangeLink(i + 1) && next?.kind === 'time') {
        parts.push({ kind: 'window', window: rangeWindow(tok.time, next.time) });
        i += 2;
      } else {
        const start = singleTime(tok.time, 'am');
        parts.push({ kind: 'window', window: { start, end: start + 60 } });
      }
      continue;
    }
    if (tok.kind === 'dash') {
      // A dash that joins no range ("evenings - weekends") separates.
      parts.push({ kind: 'sep' });
      continue;
    }
    if (tok.kind !== 'word') continue;
    const word = tok.word;
    const next = wordAt(i + 1);

    const phrase = next ? PART_PHRASES[`${word} ${next}`] : undefined;
    if (phrase) {
      parts.push({ kind: 'window', window: PARTS_OF_DAY[phrase] });
      i += 1;
      continue;
    }
    if (word === 'between' && at(i + 1)?.kind === 'time' && wordAt(i + 2) === 'and' && at(i + 3)?.kind === 'time') {
      const a = at(i + 1);
      const b = at(i + 3);
      if (a?.kind === 'time' && b?.kind === 'time') parts.push({ kind: 'window', window: rangeWindow(a.time, b.time) });
      i += 3;
      continue;
    }
    if ((word === 'after' || word === 'before') && at(i + 1)?.kind === 'time') {
      const t = at(i + 1);
      if (t?.kind === 'time') {
        if (word === 'after') {
          const start = singleTime(t.time, 'pm');
          parts.push({ kind: 'window', window: { start, end: start >= h(21) ? h(24) : Math.max(h(22), start + 60) } });
        } else {
          const end = singleTime(t.time, 'am');
          if (end === 0) return invalid(`"before midnight" is every evening; try "evenings" or "after 6pm".`);
          parts.push({ kind: 'window', window: { start: end <= h(5) ? 0 : h(5), end } });
        }
      }
      i += 1;
      continue;
    }
    const days = DAY_WORDS[word];
    if (days) {
      // Day ranges: "mon-fri", "mon to thu".
      const until = isRangeLink(i + 1) ? daysAt(i + 2) : null;
      if (until && days.length === 1 && until.length === 1) {
        parts.push({ kind: 'days', days: dayRange(days[0] ?? 1, until[0] ?? 1) });
        i += 2;
      } else {
        parts.push({ kind: 'days', days });
      }
      continue;
    }
    if (word === 'am' || word === 'pm') {
      // "sat am", "weekdays pm"; elsewhere ("I am free") "am" is just a word.
      if (parts[parts.length - 1]?.kind === 'days') parts.push({ kind: 'window', window: PARTS_OF_DAY[word === 'am' ? 'morning' : 'evening'] });
      else if (word === 'pm') return unknown(word);
      continue;
    }
    const part = PART_WORDS[word];
    if (part) {
      parts.push({ kind: 'window', window: PARTS_OF_DAY[part] });
      continue;
    }
    if (SEPARATOR_WORDS.has(word)) {
      parts.push({ kind: 'sep' });
      continue;
    }
    if (FILLERS.has(word)) continue;
    // "time" from a range like "6 to 8" is consumed above; a stray range word is an error.
    return unknown(word);
  }
  return ok(parts);
}

function dayRange(from: Weekday, to: Weekday): Weekday[] {
  const out: Weekday[] = [];
  let d: number = from;
  for (let n = 0; n < 7; n++) {
    out.push(d as Weekday);
    if (d === to) break;
    d = (d % 7) + 1;
  }
  return out;
}

// ---------------------------------------------------------------- grouping

interface Group {
  readonly days: readonly Weekday[];
  readonly windows: readonly Window[];
}

/**
 * Days and times that belong together: "weekday evenings, sat morning" is two groups. Days
 * followed by times (or times followed by days) form one group; a separator after a group that
 * has times closes it, so "mon, wed 6-8" keeps Mon and Wed together.
 */
function group(parts: readonly Part[]): Group[] {
  const groups: Group[] = [];
  let days: Weekday[] = [];
  let windows: Window[] = [];
  let last: Part['kind'] | null = null;
  /** The last group was closed by a separator: a times-only group after it keeps its days. */
  let closedBySeparator = false;
  let inherits = false;
  let previousDays: readonly Weekday[] = ALL_DAYS;

  const flush = (bySeparator: boolean) => {
    if (days.length || windows.length) {
      const g: Group = {
        days: days.length ? days : inherits ? previousDays : ALL_DAYS,
        windows: windows.length ? windows : [PARTS_OF_DAY['all day']],
      };
      groups.push(g);
      previousDays = g.days;
    }
    days = [];
    windows = [];
    closedBySeparator = bySeparator;
  };
  const begin = () => {
    if (!days.length && !windows.length) inherits = closedBySeparator;
  };

  for (const part of parts) {
    if (part.kind === 'sep') {
      // "mon, wed 6-8" lists days; a separator only ends a group that already has times.
      if (windows.length) flush(true);
    } else if (part.kind === 'days') {
      if (days.length && windows.length) flush(false);
      begin();
      days.push(...part.days);
    } else {
      if (days.length && windows.length && last === 'days') flush(false);
      begin();
      windows.push(part.window);
    }
    last = part.kind;
  }
  flush(false);
  return groups;
}

const nextDay = (d: Weekday): Weekday => ((d % 7) + 1) as Weekday;

function expand(groups: readonly Group[]): WeeklySlot[] {
  const slots: WeeklySlot[] = [];
  for (const g of groups) {
    for (const day of new Set(g.days)) {
      for (const w of g.windows) {
        if (w.end <= h(24)) slots.push({ day, start: w.start, end: w.end });
        else {
          slots.push({ day, start: w.start, end: h(24) });
          slots.push({ day: nextDay(day), start: 0, end: w.end - h(24) });
        }
      }
    }
  }
  return slots;
}

/** Sorted by day then start; overlapping or touching windows on a day become one. */
export function merge(slots: readonly WeeklySlot[]): WeeklySlot[] {
  const sorted = [...slots].filter((s) => s.end > s.start).sort((a, b) => a.day - b.day || a.start - b.start);
  const out: WeeklySlot[] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.day === s.day && s.start <= prev.end) {
      out[out.length - 1] = { day: prev.day, start: prev.start, end: Math.max(prev.end, s.end) };
    } else out.push({ day: s.day, start: s.start, end: s.end });
  }
  return out;
}

// ---------------------------------------------------------------- errors

const VOCABULARY = [
  ...Object.keys(DAY_WORDS),
  ...Object.keys(PART_WORDS),
  ...Object.keys(PART_PHRASES).flatMap((p) => p.split(' ')),
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

function unknown(word: string) {
  let suggestion: string | null = null;
  if (/^[a-z]{3,}$/.test(word)) {
    let best = 3;
    for (const known of VOCABULARY) {
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

// ---------------------------------------------------------------- describing

const PLURAL: Readonly<Record<PartOfDay, string>> = {
  'early morning': 'early mornings',
  morning: 'mornings',
  'late morning': 'late mornings',
  lunchtime: 'lunchtimes',
  afternoon: 'afternoons',
  evening: 'evenings',
  night: 'nights',
  'all day': 'all day',
};

const hhmm = (minutes: number) => {
  const hours = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  const hh = minutes === h(24) ? 24 : hours;
  return m ? `${hh}:${String(m).padStart(2, '0')}` : `${hh}`;
};

function partNamed(w: Window): PartOfDay | null {
  for (const [name, window] of Object.entries(PARTS_OF_DAY) as [PartOfDay, Window][]) {
    if (window.start === w.start && window.end === w.end) return name;
  }
  return null;
}

const sameDays = (a: readonly Weekday[], b: readonly Weekday[]) => a.length === b.length && a.every((d, i) => d === b[i]);

/** "Mon–Wed/Fri": runs of three or more days with a dash, the rest with slashes. */
function dayList(days: readonly Weekday[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < days.length) {
    let j = i;
    while (j + 1 < days.length && (days[j + 1] ?? 0) === (days[j] ?? 0) + 1) j++;
    const from = WEEKDAY_NAMES[(days[i] ?? 1) - 1] ?? '';
    const to = WEEKDAY_NAMES[(days[j] ?? 1) - 1] ?? '';
    if (j - i >= 2) {
      out.push(`${from}–${to}`);
      i = j + 1;
    } else {
      out.push(from);
      i++;
    }
  }
  return out.join('/');
}

function describeGroup(days: readonly Weekday[], windows: readonly Window[]): string[] {
  const every = sameDays(days, ALL_DAYS);
  const weekdays = sameDays(days, WEEKDAYS);
  const weekend = sameDays(days, WEEKEND);
  const single = days.length === 1;
  const names = windows.map(partNamed);
  const out: string[] = [];

  const named = names.filter((n): n is PartOfDay => n !== null && n !== 'all day');
  if (named.length) {
    const list = (forms: (n: PartOfDay) => string) => named.map(forms).join(' & ');
    if (every) out.push(`every ${list((n) => n)}`);
    else if (weekdays) out.push(`weekday ${list((n) => PLURAL[n])}`);
    else if (weekend) out.push(`weekend ${list((n) => PLURAL[n])}`);
    else if (single) out.push(`${dayList(days)} ${list((n) => n)}`);
    else out.push(`${dayList(days)} ${list((n) => PLURAL[n])}`);
  }
  if (names.includes('all day')) {
    out.push(every ? 'every day' : weekdays ? 'weekdays' : weekend ? 'weekends' : `${dayList(days)} all day`);
  }
  const ranges = windows.filter((_, i) => names[i] === null).map((w) => `${hhmm(w.start)}–${hhmm(w.end)}`);
  if (ranges.length) {
    out.push(`${every ? 'daily' : weekdays ? 'weekdays' : weekend ? 'weekends' : dayList(days)} ${ranges.join(' & ')}`);
  }
  return out;
}

/**
 * A short wording: "weekday evenings, Sat morning" where the windows are parts of the day,
 * otherwise days and clock hours: "Mon/Wed 6–8", "daily 7–9".
 */
export function describeAvailabilityShort(slots: readonly WeeklySlot[]): string {
  if (!slots.length) return 'not set';
  // Which days share each window, then which windows share each set of days.
  const daysByWindow = new Map<string, Weekday[]>();
  for (const s of merge(slots)) {
    const key = `${s.start}-${s.end}`;
    const list = daysByWindow.get(key) ?? [];
    if (!list.includes(s.day)) list.push(s.day);
    daysByWindow.set(key, list);
  }
  const byDays = new Map<string, { days: Weekday[]; windows: Window[] }>();
  for (const [key, days] of daysByWindow) {
    const [start, end] = key.split('-').map(Number) as [number, number];
    days.sort((a, b) => a - b);
    const dk = days.join(',');
    const entry = byDays.get(dk) ?? { days, windows: [] };
    entry.windows.push({ start, end });
    byDays.set(dk, entry);
  }
  const groups = [...byDays.values()];
  for (const g of groups) g.windows.sort((a, b) => a.start - b.start);
  groups.sort(
    (a, b) => (a.days[0] ?? 0) - (b.days[0] ?? 0) || (a.windows[0]?.start ?? 0) - (b.windows[0]?.start ?? 0),
  );
  return groups.flatMap((g) => describeGroup(g.days, g.windows)).join(', ');
}
