/**
 * The words and clock times of typed weekly availability (the grammar is documented in
 * `availability.ts`): the vocabulary, turning cleaned text into tokens, reading clock times and
 * ranges as minutes from midnight, and the "I don't understand …" errors with a spelling
 * suggestion drawn from the same vocabulary.
 */
import type { Weekday } from '../../domain/availability.js';
import { phrase, type Phrase } from '../../domain/phrase.js';
import { err, ok, userError, type Result } from '../../result.js';
import { ALL_DAYS, type PartOfDay, type Vocabulary, WEEKDAYS, WEEKEND } from './availability-words.js';

export { ALL_DAYS, type PartOfDay, WEEKDAYS, WEEKEND };

export interface Window {
  readonly start: number;
  readonly end: number;
}

export const h = (hours: number) => hours * 60;

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

export const invalid = (message: Phrase) => err(userError('invalid-input', message));

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
/** Letters as `clean()` leaves them: Latin, German ß, Cyrillic (й and ё have lost their marks). */
const WORD_RE = /[a-zßа-я]+/y;
const LETTER = /[a-zßа-я]/;

export function lex(text: string, vocab: Vocabulary): Result<Token[]> {
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
      if (!m) return unknown(text.slice(i).split(' ')[0] ?? ch, vocab);
      // "12345" is no time: the pattern stops after four digits, which would leave "1234" and "5".
      if (/\d/.test(text[i + (m[1]?.length ?? 0)] ?? '')) return invalid(phrase('parse-time-unreadable', { text: (text.slice(i).split(' ')[0] ?? ch).slice(0, 20) }));
      const time = clockTime(m);
      if (!time) return invalid(phrase('parse-time-unreadable', { text: m[0].trim() }));
      tokens.push({ kind: 'time', time, text: m[0].trim() });
      i += m[0].trimEnd().length;
      if (LETTER.test(text[i] ?? '')) {
        WORD_RE.lastIndex = i;
        return unknown(m[0].trim() + (WORD_RE.exec(text)?.[0] ?? ''), vocab);
      }
      continue;
    }
    if (LETTER.test(ch)) {
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
    return invalid(phrase('parse-availability-bad-char', { char: ch }));
  }
  return ok(withNoonAndMidnight(tokens, vocab));
}

const NOON: ClockTime = { hour: 12, minute: 0, meridiem: 'pm', twentyFour: false, text: 'noon' };
const MIDNIGHT: ClockTime = { hour: 12, minute: 0, meridiem: 'am', twentyFour: false, text: 'midnight' };

/** "noon" and "midnight" next to a range ("10-noon", "noon to 2pm", "10pm-midnight") are times. */
function withNoonAndMidnight(tokens: readonly Token[], vocab: Vocabulary): Token[] {
  const link = (t: Token | undefined) => t?.kind === 'dash' || (t?.kind === 'word' && vocab.ranges.has(t.word));
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

const vocabularies = new Map<Vocabulary, readonly string[]>();

/** Every word a person's vocabulary knows, for spelling suggestions. */
function knownWords(vocab: Vocabulary): readonly string[] {
  let words = vocabularies.get(vocab);
  if (!words) {
    words = [
      ...vocab.days.keys(),
      ...vocab.parts.keys(),
      ...[...vocab.phrases.keys()].flatMap((p) => p.split(' ')),
      ...vocab.between, ...vocab.after, ...vocab.before, 'none', 'clear',
    ];
    vocabularies.set(vocab, words);
  }
  return words;
}

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

export function unknown(word: string, vocab: Vocabulary) {
  let suggestion: string | null = null;
  if (/^[a-zßа-я]{3,}$/.test(word)) {
    let best = 3;
    for (const known of knownWords(vocab)) {
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
  return invalid(
    suggestion
      ? phrase('parse-availability-unknown-suggest', { word, suggestion })
      : phrase('parse-availability-unknown', { word }),
  );
}
