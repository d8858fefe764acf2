/**
 * A command written as a sentence: "/msg Ben see you at 7", "/session_create running tomorrow 7am
 * Tiergarten 4". A command declares the order its options come in (`positional`); each option
 * takes the words its kind can read, from the front, up to the first free-text option (text, long
 * text, a place); the options after that one take theirs from the end; the free-text option takes
 * what is left in the middle. An option whose words aren't there (no number where the capacity
 * goes) is left out, and the guided flow asks for it when it is needed.
 */
import type { Lang } from '../domain/language.js';
import { leadingTimeLength } from '../core/parse/when.js';
import { listNumber, looksLikeId } from '../domain/refs.js';
import type { OptionSpec } from './options.js';

/** Options that take whatever text is there: one of them per sentence takes the middle. */
const FREE_TEXT = new Set(['text', 'long-text', 'place']);
/** The most words one option other than free text takes ("next friday at 7 pm" is five). */
const MAX_WORDS = 6;

export interface Placed {
  readonly values: Record<string, string>;
  /** Words no option could take (only when the order has no free-text option). */
  readonly leftover: string;
}

/** A word of a sentence and where it stands in the text, so free text keeps its own spacing and lines. */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Words split on white space; a part in straight or curly double quotes is one word, so a name
 * with a space can be given: `/msg "Anna Maria" hi`. Written as a loop, not a pattern, so no
 * text can make it backtrack.
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpace(text[i]!)) i++;
    if (i >= text.length) break;
    const open = text[i]!;
    const close = open === '"' ? '"' : open === '“' ? '”' : null;
    if (close) {
      const end = text.indexOf(close, i + 1);
      const inner = end > i + 1 ? text.slice(i + 1, end).trim() : '';
      if (inner) {
        out.push({ text: inner, start: i, end: end + 1 });
        i = end + 1;
        continue;
      }
    }
    const start = i;
    while (i < text.length && !isSpace(text[i]!)) i++;
    out.push({ text: text.slice(start, i), start, end: i });
  }
  return out;
}

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';

/** How many of `ws` (from the front) this option reads; 0 when they aren't its kind. */
function takeFront(spec: OptionSpec, ws: readonly string[], lang: Lang): number {
  if (ws.length === 0) return 0;
  switch (spec.kind) {
    case 'person':
    case 'member':
      return 1;
    case 'session':
    case 'report':
      // Sessions and reports are named by their list number or id only: "/checkin yes" leaves
      // the word to the options after (whether I was there), and the session to "the one now".
      return listNumber(ws[0]!) !== null || looksLikeId(ws[0]!) ? 1 : 0;
    case 'when': {
      const text = ws.slice(0, MAX_WORDS).join(' ');
      const length = leadingTimeLength(text, lang);
      if (length === 0) return 0;
      // The words the time covers, whole: "7am" of "7amish" is not a time of its own.
      let used = 0;
      let n = 0;
      for (const w of ws.slice(0, MAX_WORDS)) {
        if (used + w.length > length) break;
        used += w.length + 1;
        n++;
      }
      return n;
    }
    default:
      // Longest first: "rock climbing" before "rock".
      for (let n = Math.min(ws.length, 3); n >= 1; n--) if (spec.schema.safeParse(ws.slice(0, n).join(' ')).success) return n;
      return 0;
  }
}

/** How many of `ws` (from the end) this option reads; 0 when they aren't its kind. */
function takeBack(spec: OptionSpec, ws: readonly string[], lang: Lang): number {
  for (let n = Math.min(ws.length, spec.kind === 'when' ? MAX_WORDS : 3); n >= 1; n--) {
    const tail = ws.slice(ws.length - n);
    if (takeFront(spec, tail, lang) === n) return n;
  }
  return 0;
}

/** Places the words of a sentence into the options named by `order`, as described above. */
export function placeSentence(text: string, order: readonly (readonly [string, OptionSpec])[], lang: Lang): Placed {
  const found = words(text);
  const ws = found.map((w) => w.text);
  const values: Record<string, string> = {};
  const freeAt = order.findIndex(([, spec]) => FREE_TEXT.has(spec.kind));
  const front = freeAt === -1 ? order : order.slice(0, freeAt);
  let from = 0;
  for (const [name, spec] of front) {
    const n = takeFront(spec, ws.slice(from), lang);
    if (n > 0) values[name] = ws.slice(from, from + n).join(' ');
    from += n;
  }
  let to = ws.length;
  if (freeAt !== -1) {
    for (const [name, spec] of order.slice(freeAt + 1).reverse()) {
      const n = takeBack(spec, ws.slice(from, to), lang);
      if (n > 0) values[name] = ws.slice(to - n, to).join(' ');
      to -= n;
    }
    // Free text as it was typed, spacing, lines and quotes included.
    if (to > from) values[order[freeAt]![0]] = text.slice(found[from]!.start, found[to - 1]!.end).trim();
    return { values, leftover: '' };
  }
  return { values, leftover: from < found.length ? text.slice(found[from]!.start).trim() : '' };
}
