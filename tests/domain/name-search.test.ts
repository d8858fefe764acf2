import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestFits, foldName, nameFit } from '../../src/domain/name-search.js';

/** Names as people write them: letters with and without accents, spaces, dots, dashes. */
const nameChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZéèëöüñçåøßёжЖ. -_'.split(''));
const name = fc.array(nameChar, { minLength: 1, maxLength: 20 }).map((cs) => cs.join(''));
const accented = (s: string) => s.replace(/e/g, 'ë').replace(/o/g, 'ö').replace(/a/g, 'á');

describe('finding people by name', () => {
  it('GIVEN any name WHEN folded THEN folding again changes nothing and it has no marks, spaces or capitals', () => {
    fc.assert(
      fc.property(name, (n) => {
        const f = foldName(n);
        expect(foldName(f)).toBe(f);
        expect(f).toBe(f.toLowerCase());
        expect(f).not.toMatch(/[\s._\-\p{M}]/u);
      }),
    );
  });

  it('GIVEN any name with a letter WHEN typed in any case, with or without accents, or as @handle THEN it fits exactly', () => {
    fc.assert(
      fc.property(name.filter((n) => foldName(n) !== ''), (n) => {
        expect(nameFit(n, n)).toBe('exact');
        expect(nameFit(n.toLowerCase(), n)).toBe('exact');
        expect(nameFit(n, accented(n))).toBe('exact');
        expect(nameFit(`@${n.replace(/ /g, '_')}`, n)).toBe('exact');
      }),
    );
  });

  it('GIVEN any name WHEN the start of it, or of any of its words, is typed THEN it fits; nothing typed fits nothing', () => {
    fc.assert(
      fc.property(name, fc.nat(), (n, cut) => {
        const key = foldName(n);
        if (key === '') return;
        const prefix = key.slice(0, 1 + (cut % key.length));
        expect(nameFit(prefix, n)).not.toBeNull();
        expect(nameFit('', n)).toBeNull();
        expect(nameFit('@', n)).toBeNull();
      }),
    );
  });

  it('GIVEN "zoe", "schm" and "ANNA" WHEN looked up THEN Zoë, Anna Schmidt and only the exact Anna fit', () => {
    expect(nameFit('zoe', 'Zoë')).toBe('exact');
    expect(nameFit('schm', 'Anna Schmidt')).toBe('prefix');
    expect(nameFit('ben_p', 'Ben P.')).toBe('exact');
    expect(nameFit('ann', 'Hannah')).toBeNull();
    expect(bestFits('ANNA', ['Anna', 'Annabel', 'Hanna'], (x) => x)).toEqual(['Anna']);
    expect(bestFits('ann', ['Anna', 'Annabel', 'Hanna'], (x) => x)).toEqual(['Anna', 'Annabel']);
  });
});
