import fc from 'fast-check';

/**
 * Text a person could type to make a parser misbehave: any unicode (graphemes, and raw code
 * points including lone surrogates), and long runs of the spaces, digits and punctuation the
 * parsers give meaning to, alone or between other pieces — the shape of the input that stalled
 * the old coordinate pattern ("1" + 196 spaces + "x!").
 */
const PIECES = [
  ' ', '  ', '\t', '\n', '1', '12', '123', '0', '.', ',', ';', '/', '-', '+', ':', '°', '"', "'", '(', ')', '@', '!', '#', '%', '&',
  'N', 'S', 'E', 'W', 'x', 'am', 'pm', 'h', 'mon', 'to', 'and', 'between', 'tomorrow', 'Berlin', 'de', 'loc:', 'http://', 'https://maps.google.com/?q=', 'geo:',
  'constructor', '__proto__', 'toString', '\u202E', '\u2066', '\u200B', '\u200D', '\uFEFF', '\u0301', 'é', 'ß', 'İ', '👩‍💻', '🏳️‍🌈', '\uD800', '\u0000',
] as const;

const piece = fc.constantFrom(...PIECES);

/** Adversarial text of up to `maxLength` UTF-16 units (a little over, for the pieces). */
export function adversarialText(maxLength: number): fc.Arbitrary<string> {
  const run = fc
    .tuple(piece, fc.integer({ min: 1, max: maxLength }))
    .map(([p, n]) => p.repeat(Math.ceil(n / p.length)).slice(0, n));
  const framedRun = fc
    .tuple(fc.string({ unit: piece, maxLength: 6 }), piece, fc.integer({ min: 0, max: maxLength }), fc.string({ unit: piece, maxLength: 6 }))
    .map(([before, p, n, after]) => before + p.repeat(n) + after);
  return fc.oneof(
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: piece, maxLength: Math.max(1, Math.floor(maxLength / 3)) }),
    run,
    framedRun,
  );
}

/** Up to and beyond an option's maximum: twice it, and some. */
export const beyond = (max: number) => max * 2 + 20;
