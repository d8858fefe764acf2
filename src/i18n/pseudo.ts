/**
 * Pseudo-English for tests: every letter of the catalogue's own words is swapped for an accented
 * twin, while values (names, titles, numbers) stay as they are. A reply that still contains a
 * plain English word after this was written outside the catalogue.
 */
const ACCENTED: ReadonlyMap<string, string> = new Map(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'àƀçđéƒĝĥîĵķĺɱñöþʠŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!]),
);

/** Commands and time tags stay usable: `/match`, `<t:…>` and `**` are kept as written. */
export function pseudoText(text: string): string {
  let out = '';
  let keep = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '/' || (c === '<' && text.startsWith('<t:', i))) keep = true;
    else if (keep && !/[A-Za-z0-9_:-]/.test(c)) keep = false;
    out += keep ? c : (ACCENTED.get(c) ?? c);
  }
  return out;
}
