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
import type { Weekday, WeeklySlot } from '../../domain/availability.js';
import type { Lang } from '../../domain/language.js';
import { phrase } from '../../domain/phrase.js';
import { ok, type Result } from '../../result.js';
import {
  ALL_DAYS,
  clean,
  h,
  invalid,
  lex,
  PARTS_OF_DAY,
  rangeWindow,
  singleTime,
  unknown,
  type Token,
  type Window,
} from './availability-lexer.js';
import { type Meaning, type Vocabulary, vocabulary } from './availability-words.js';

export { describeAvailability, describeAvailabilityShort } from './availability-describe.js';
export { PARTS_OF_DAY, type PartOfDay, type Window } from './availability-lexer.js';

const MAX_SLOTS = 50;
const MAX_TEXT = 300;
/** Letters and spaces only, for recognising "none" / "keine" / "нет". */
const NOT_LETTERS = /[^a-zßа-я ]/g;

/**
 * Weekly windows from what a person typed, or a message that says what could not be read. Words
 * are read in the person's language first, then in English (see `availability-words.ts`).
 */
export function parseAvailability(text: string, lang: Lang = 'en'): Result<WeeklySlot[]> {
  const vocab = vocabulary(lang);
  const cleaned = clean(text);
  if (!cleaned) return invalid(phrase('parse-availability-empty'));
  if (text.length > MAX_TEXT) return invalid(phrase('parse-availability-too-long', { length: text.length, max: MAX_TEXT }));
  if (vocab.clear.has(cleaned.replace(NOT_LETTERS, ' ').replace(/\s+/g, ' ').trim())) return ok([]);

  const lexed = lex(cleaned, vocab);
  if (!lexed.ok) return lexed;
  const tokens = lexed.value;
  // "-5", "mon -3 to 5": a dash that links no earlier time to a later one makes an hour negative.
  const negative = tokens.findIndex((t, i) => t.kind === 'dash' && tokens[i + 1]?.kind === 'time' && tokens[i - 1]?.kind !== 'time');
  if (negative !== -1) return invalid(phrase('parse-availability-negative', { text: `-${tokens[negative + 1]!.text}` }));
  // "5", "9-17": hours with no day or part of the day could mean anything; ask for words.
  if (!tokens.some((t) => t.kind === 'word')) return invalid(phrase('parse-availability-numbers-only', { text: text.trim().slice(0, 40) }));
  const assembled = assemble(tokens, vocab);
  if (!assembled.ok) return assembled;
  const slots = merge(expand(group(assembled.value)));
  if (!slots.length) return invalid(phrase('parse-availability-nothing', { text: text.trim() }));
  if (slots.length > MAX_SLOTS) return invalid(phrase('parse-availability-too-many', { count: slots.length, max: MAX_SLOTS }));
  return ok(slots);
}

// ---------------------------------------------------------------- assembling

type Part = { kind: 'days'; days: readonly Weekday[] } | { kind: 'window'; window: Window } | { kind: 'sep' };

const partOf = (m: Meaning): Part => ('days' in m ? { kind: 'days', days: m.days } : { kind: 'window', window: PARTS_OF_DAY[m.part] });

/**
 * "montagabend", "sonntagnachmittags": a day glued to a part of the day, as German writes them.
 * Tried only for words the vocabulary doesn't know.
 */
function compound(word: string, vocab: Vocabulary): Part[] | null {
  for (let k = 2; k <= word.length - 3; k++) {
    const days = vocab.days.get(word.slice(0, k));
    const part = days ? vocab.parts.get(word.slice(k)) : undefined;
    if (days && part) return [{ kind: 'days', days }, { kind: 'window', window: PARTS_OF_DAY[part] }];
  }
  return null;
}

function assemble(tokens: readonly Token[], vocab: Vocabulary): Result<Part[]> {
  const parts: Part[] = [];
  const at = (i: number) => tokens[i];
  const wordAt = (i: number) => {
    const t = at(i);
    return t?.kind === 'word' ? t.word : null;
  };
  const isRangeLink = (i: number) => at(i)?.kind === 'dash' || vocab.ranges.has(wordAt(i) ?? '');
  const daysAt = (i: number): readonly Weekday[] | null => {
    const w = wordAt(i);
    return w ? (vocab.days.get(w) ?? null) : null;
  };
  /** The longest phrase (three words, then two) starting at i. */
  const phraseAt = (i: number): { meaning: Meaning; length: number } | null => {
    for (const length of [3, 2]) {
      const words: string[] = [];
      for (let k = 0; k < length; k++) {
        const w = wordAt(i + k);
        if (w === null) break;
        words.push(w);
      }
      const meaning = words.length === length ? vocab.phrases.get(words.join(' ')) : undefined;
      if (meaning) return { meaning, length };
    }
    return null;
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

    const found = phraseAt(i);
    if (found) {
      parts.push(partOf(found.meaning));
      i += found.length - 1;
      continue;
    }
    if (vocab.between.has(word) && at(i + 1)?.kind === 'time' && vocab.and.has(wordAt(i + 2) ?? '') && at(i + 3)?.kind === 'time') {
      const a = at(i + 1);
      const b = at(i + 3);
      if (a?.kind === 'time' && b?.kind === 'time') parts.push({ kind: 'window', window: rangeWindow(a.time, b.time) });
      i += 3;
      continue;
    }
    if ((vocab.after.has(word) || vocab.before.has(word)) && at(i + 1)?.kind === 'time') {
      const t = at(i + 1);
      if (t?.kind === 'time') {
        if (vocab.after.has(word)) {
          const start = singleTime(t.time, 'pm');
          parts.push({ kind: 'window', window: { start, end: start >= h(21) ? h(24) : Math.max(h(22), start + 60) } });
        } else {
          const end = singleTime(t.time, 'am');
          if (end === 0) return invalid(phrase('parse-availability-before-midnight'));
          parts.push({ kind: 'window', window: { start: end <= h(5) ? 0 : h(5), end } });
        }
      }
      i += 1;
      continue;
    }
    const days = vocab.days.get(word);
    if (days) {
      // Day ranges: "mon-fri", "mon to thu", "lunes a viernes".
      const until = isRangeLink(i + 1) ? daysAt(i + 2) : null;
      if (until && days.length === 1 && until.length === 1) {
        parts.push({ kind: 'days', days: dayRange(days[0] ?? 1, until[0] ?? 1) });
        i += 2;
      } else {
        parts.push({ kind: 'days', days });
      }
      continue;
    }
    if ((word === 'am' || word === 'pm') && !vocab.fillers.has(word)) {
      // "sat am", "weekdays pm"; elsewhere ("I am free") "am" is just a word.
      if (parts[parts.length - 1]?.kind === 'days') parts.push({ kind: 'window', window: PARTS_OF_DAY[word === 'am' ? 'morning' : 'evening'] });
      else if (word === 'pm') return unknown(word, vocab);
      continue;
    }
    const part = vocab.parts.get(word);
    if (part) {
      parts.push({ kind: 'window', window: PARTS_OF_DAY[part] });
      continue;
    }
    if (vocab.separators.has(word)) {
      parts.push({ kind: 'sep' });
      continue;
    }
    if (vocab.fillers.has(word)) continue;
    const glued = compound(word, vocab);
    if (glued) {
      parts.push(...glued);
      continue;
    }
    // "time" from a range like "6 to 8" is consumed above; a stray range word is an error.
    return unknown(word, vocab);
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
