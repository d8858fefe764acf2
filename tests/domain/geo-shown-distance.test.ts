import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shownDistanceKm } from '../../src/domain/geo.js';
import { distanceWords } from '../../src/views/matches.js';
import { LANGUAGES } from '../../src/domain/language.js';
import { translator } from '../../src/i18n/translator.js';

/**
 * The distance a person is shown is coarse on purpose (nobody can triangulate another person), and
 * facts that travel through the outbox carry the shown figure, not the exact one: so showing the
 * shown figure again must read exactly as showing the exact distance did.
 */
describe('the distance a person is shown', () => {
  const km = fc.double({ min: 0, max: 20_000, noNaN: true });

  it('GIVEN distances of 0.3, 4.4, 9.6 and 12.4 km THEN they are shown as under 1, 4, 10 and 10 km', () => {
    expect([0.3, 4.4, 9.6, 12.4, 12.5].map(shownDistanceKm)).toEqual([0, 4, 10, 10, 15]);
  });

  it('GIVEN any distance WHEN its shown figure is shown again THEN nothing changes', () => {
    fc.assert(fc.property(km, (d) => shownDistanceKm(shownDistanceKm(d)) === shownDistanceKm(d)));
  });

  it('GIVEN any distance WHEN said in words from the exact or the shown figure THEN the words are the same, in every language', () => {
    const readers = LANGUAGES.map((lang) => translator(lang));
    fc.assert(fc.property(km, (d) => readers.every((t) => distanceWords(t, shownDistanceKm(d)) === distanceWords(t, d))));
  });

  it('GIVEN any distance THEN the shown figure is never finer than whole km, and steps of 5 km from 10 km on', () => {
    fc.assert(
      fc.property(km, (d) => {
        const shown = shownDistanceKm(d);
        return Number.isInteger(shown) && (shown < 10 || shown % 5 === 0) && Math.abs(shown - d) <= (d < 1 ? 1 : d < 10 ? 0.5 : 2.5);
      }),
    );
  });
});
