/**
 * Pseudo-English for tests: every letter of the catalogue's own words is swapped for an accented
 * twin, while values (names, titles, numbers) stay as they are. A reply that still contains a
 * plain English word after this was written outside the catalogue.
 */
const ACCENTED: ReadonlyMap<string, string> = new Map(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'àƀçđéƒĝĥîĵķĺɱñöþʠŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!]),
);

/** The HTML tags Telegram renders; a word in angle brackets like `<number>` is text to accent. */
const HTML_TAGS: ReadonlySet<string> = new Set(['b', 'i', 'u', 's', 'a', 'code', 'pre', 'blockquote', 'tg-spoiler']);

/**
 * Commands, time tags and markup stay usable: `/match`, `<t:…>`, `**` and HTML tags (`<b>`, which
 * Telegram refuses to parse once accented) are kept as written.
 */
export function pseudoText(text: string): string {
  let out = '';
  let keep = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const tagEnd = c === '<' ? text.indexOf('>', i) : -1;
    if (tagEnd > i && HTML_TAGS.has(text.slice(i + 1, tagEnd).replace(/^\//, '').split(' ')[0]!)) {
      out += text.slice(i, tagEnd + 1);
      i = tagEnd;
      continue;
    }
    if (c === '/' || (c === '<' && text.startsWith('<t:', i))) keep = true;
    else if (keep && !/[A-Za-z0-9_:-]/.test(c)) keep = false;
    out += keep ? c : (ACCENTED.get(c) ?? c);
  }
  return out;
}
