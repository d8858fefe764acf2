import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, clip, ellipsize, hasLetter, squashSpaces, trimChars } from '../../src/domain/text.js';
import { adversarialText } from '../support/adversarial.js';

const FORBIDDEN = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\u200C\u2060-\u2064\uFEFF\u180E\u00AD\u3164]/u;

describe('cleanText', () => {
  it.each([
    ['an override', 'Ben\u202Enimda', 'Bennimda'],
    ['embeddings and a pop', '\u202Aa\u202B\u202Cb\u202D', 'ab'],
    ['isolates', '\u2066x\u2067y\u2068z\u2069', 'xyz'],
    ['direction marks and the Arabic letter mark', 'a\u200Eb\u200Fc\u061C', 'abc'],
    ['zero-width space, non-joiner, word joiner, BOM', '\uFEFFB\u200Be\u200Cn\u2060', 'Ben'],
    ['a Hangul filler used as an invisible name', '\u3164', ''],
    ['a decomposed accent', 'Zoe\u0308', 'Zo\u00EB'],
    ['an accent kept apart by an isolate', 'e\u2066\u0301', '\u00E9'],
    ['controls but not line breaks', 'a\u0000b\u0007\nc\u009F', 'ab\nc'],
    ['a lone surrogate', 'a\uD800b', 'ab'],
    ['a joiner between letters', 'a\u200Db', 'ab'],
  ])('GIVEN %s WHEN cleaned THEN %j becomes %j', (_, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it.each(['👩‍💻', '🏳️‍🌈', '👨🏽‍🚀', '❤️‍🔥', '👨‍👩‍👧‍👦'])('GIVEN the emoji sequence %s WHEN cleaned THEN its joiners stay', (emoji) => {
    expect(cleanText(`Ana ${emoji}`)).toBe(`Ana ${emoji}`);
  });

  it('GIVEN any text WHEN cleaned THEN it is NFC, without forbidden characters, joiners only inside emoji, and cleaning again changes nothing', () => {
    fc.assert(
      fc.property(adversarialText(300), (text) => {
        const clean = cleanText(text);
        expect(clean.normalize('NFC')).toBe(clean);
        expect(clean).not.toMatch(FORBIDDEN);
        expect(clean).not.toMatch(/(?<!\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]*)\u200D|\u200D(?!\p{Extended_Pictographic})/u);
        expect(cleanText(clean)).toBe(clean);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('small text helpers', () => {
  it('GIVEN names WHEN asked for a letter THEN any script counts, digits and emoji do not', () => {
    expect(hasLetter('Ana')).toBe(true);
    expect(hasLetter('Иван')).toBe(true);
    expect(hasLetter('李')).toBe(true);
    expect(hasLetter('007 🔥 !!')).toBe(false);
  });

  it('GIVEN edges WHEN trimmed THEN only the given characters go, from both ends', () => {
    expect(trimChars('--a-b--', '-')).toBe('a-b');
    expect(trimChars(' ,; Berlin ;', ' ,;')).toBe('Berlin');
    expect(trimChars('https://x.test/api///', '/')).toBe('https://x.test/api');
    expect(trimChars('---', '-')).toBe('');
    expect(squashSpaces(' a \t\n b ')).toBe('a b');
    expect(clip('ab😀c', 3)).toBe('ab😀');
    expect(clip('ab😀c', 2)).toBe('ab');
  });

  it('GIVEN a text longer than a limit WHEN ellipsized THEN it is cut to the limit with "…", never inside an emoji', () => {
    expect(ellipsize('short', 5)).toBe('short');
    expect(ellipsize('longer', 5)).toBe('long…');
    expect(ellipsize('abc😀def', 5)).toBe('abc…');
    expect(ellipsize('ab😀def', 5)).toBe('ab😀…');
  });
});
