/**
 * Free text as Spotter keeps and shows it. Everything a person writes (display names, titles,
 * notes, bios, place labels, reasons, relayed messages, answers) goes through `cleanText` once,
 * at the option schemas for commands and at the core's entry for text from other paths, so a
 * name can't render as someone else's: direction overrides and isolates (which reorder what
 * follows them), direction marks and zero-width characters are removed, and the text is NFC, so
 * one name has one spelling. A zero-width joiner between two emoji stays: sequences such as
 * 👩‍💻 or 🏳️‍🌈 need it.
 */

/** C0/C1 controls except tab, line feed and carriage return. */
const isControl = (cp: number) => (cp <= 0x1f && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || (cp >= 0x7f && cp <= 0x9f);

/** U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates, U+200E/U+200F marks, U+061C. */
const isBidiControl = (cp: number) => (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x200e || cp === 0x200f || cp === 0x061c;

/**
 * Characters that take no space: zero-width space and non-joiner, word joiner and the invisible
 * operators, the byte-order mark, the Mongolian vowel separator, the soft hyphen, and the Hangul
 * fillers that render as blank "letters" (a favourite for invisible names).
 */
const INVISIBLE = new Set([0x200b, 0x200c, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff, 0x180e, 0x00ad, 0x115f, 0x1160, 0x3164, 0xffa0]);

const ZWJ = 0x200d;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** What may sit between an emoji and the joiner that follows it: a variation selector, a skin tone. */
const EMOJI_TAIL = /[\u{FE0F}\u{1F3FB}-\u{1F3FF}]/u;

/** A joiner is kept only inside an emoji sequence: an emoji (with its tail) before, an emoji after. */
function joinsEmoji(chars: readonly string[], i: number): boolean {
  const after = chars[i + 1];
  if (after === undefined || !PICTOGRAPH.test(after)) return false;
  let j = i - 1;
  while (j >= 0 && EMOJI_TAIL.test(chars[j]!)) j--;
  return j >= 0 && PICTOGRAPH.test(chars[j]!);
}

/** Half of a surrogate pair on its own: not a character, and not storable as UTF-8. */
const isLoneSurrogate = (cp: number) => cp >= 0xd800 && cp <= 0xdfff;

/**
 * NFC, without controls, direction overrides, isolates, marks, zero-width characters (the emoji
 * joiner excepted) or lone surrogates, trimmed. Line breaks stay (long texts have paragraphs).
 * NFC comes last: a removed character may have kept an accent from composing with its letter.
 */
export function cleanText(text: string): string {
  const chars = Array.from(text);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const cp = ch.codePointAt(0)!;
    if (isControl(cp) || isBidiControl(cp) || INVISIBLE.has(cp) || isLoneSurrogate(cp)) continue;
    if (cp === ZWJ && !joinsEmoji(chars, i)) continue;
    out += ch;
  }
  return out.normalize('NFC').trim();
}

/** At most `max` characters (code points), never half of a surrogate pair; then cleaned edges. */
export const clip = (text: string, max: number): string => Array.from(text).slice(0, max).join('').trim();

/**
 * At most `max` UTF-16 units (as platform limits count them), cut with "…" when longer — never
 * between the halves of a surrogate pair. `clip` cuts without the mark.
 */
export function ellipsize(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** Whether any letter (of any script) is left: a name needs one to tell people apart. */
export const hasLetter = (text: string): boolean => /\p{L}/u.test(text);

/** `text` without any of `chars` at either end: "--a-b--" → "a-b" (no backtracking pattern). */
export function trimChars(text: string, chars: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && chars.includes(text[start]!)) start++;
  while (end > start && chars.includes(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/** Runs of whitespace as one space, trimmed: patterns over the result need no `\s*` pairs. */
export const squashSpaces = (text: string): string => text.replace(/\s+/g, ' ').trim();
