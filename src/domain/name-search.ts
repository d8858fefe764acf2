/**
 * Finding a person by what someone typed for their name: "zoe" finds "Zoë", "ANNA" finds "Anna",
 * "schm" finds "Anna Schmidt", "@ben_p" finds "Ben P." Case, accents, width and the marks between
 * words don't count; the start of the name or of any of its words is enough.
 */

/** Letters and digits only, lower case, accents taken off ("Zoë-Ann" → ["zoe", "ann"]). */
export function nameWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A name folded to one key: "Zoë Ann" and "@zoe_ann" both fold to "zoeann". */
export const foldName = (text: string): string => nameWords(text).join('');

export type NameFit = 'exact' | 'prefix';

/**
 * How a typed query fits a name: `exact` when they fold to the same key, `prefix` when the query
 * starts the name or one of its words (or a run of its words), null when it doesn't fit at all.
 */
export function nameFit(query: string, name: string): NameFit | null {
  const q = foldName(query);
  if (!q) return null;
  const words = nameWords(name);
  const key = words.join('');
  if (key === q) return 'exact';
  for (let i = 0; i < words.length; i++) if (words.slice(i).join('').startsWith(q)) return 'prefix';
  return null;
}

/** The items whose name fits the query: only the exact fits when there are any, else every prefix fit. */
export function bestFits<T>(query: string, items: readonly T[], nameOf: (item: T) => string): T[] {
  const exact: T[] = [];
  const prefix: T[] = [];
  for (const item of items) {
    const fit = nameFit(query, nameOf(item));
    if (fit === 'exact') exact.push(item);
    else if (fit === 'prefix') prefix.push(item);
  }
  return exact.length > 0 ? exact : prefix;
}
