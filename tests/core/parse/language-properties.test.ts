import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeAvailability, describeAvailabilityShort, parseAvailability } from '../../../src/core/parse/availability.js';
import { english } from '../../support/say.js';
import { parseStartTime } from '../../../src/core/parse/when.js';
import { resolveActivity, resolveLevel } from '../../../src/domain/activities.js';
import { LANGUAGES, type Lang } from '../../../src/domain/language.js';
import { translator } from '../../../src/i18n/translator.js';
import type { Result } from '../../../src/result.js';
import { adversarialText, beyond } from '../../support/adversarial.js';

/**
 * The parsers' language paths under generated input: none throws whatever the language, an error
 * is said in the person's language, and a day and a part of the day typed in German, Spanish or
 * Russian mean what the same words mean in English.
 */
const NOW = new Date('2026-11-21T12:00:00Z');
const lang = fc.constantFrom(...LANGUAGES);

function expectSaidIn<T>(r: Result<T>, l: Lang): void {
  if (r.ok) return;
  const said = translator(l).say(r.error.message);
  expect(said.length).toBeGreaterThan(10);
  expect(said).not.toMatch(/^parse-/);
  expect(['invalid-input', 'not-found']).toContain(r.error.code);
}

/** Monday first: how each language writes a weekday, and its English twin. */
const DAYS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  ru: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
};
const PARTS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['morning', 'afternoon', 'evening', 'night'],
  de: ['morgens', 'nachmittags', 'abends', 'nachts'],
  es: ['por la mañana', 'por la tarde', 'por la noche', 'de madrugada'],
  ru: ['утром', 'днём', 'вечером', 'ночью'],
};
// Spanish "noche" is the evening people train in; "madrugada" the small hours → early morning.
const ENGLISH_PART: Readonly<Record<Lang, readonly string[]>> = {
  en: PARTS.en,
  de: PARTS.en,
  es: ['morning', 'afternoon', 'evening', 'early morning'],
  ru: PARTS.en,
};

describe('parsers in every language never throw', () => {
  it('GIVEN any text and any language WHEN read as availability THEN valid windows or an error said in that language', () => {
    fc.assert(
      fc.property(adversarialText(beyond(300)), lang, (text, l) => {
        const r = parseAvailability(text, l);
        expectSaidIn(r, l);
        if (r.ok) for (const s of r.value) expect(s.day >= 1 && s.day <= 7 && s.start >= 0 && s.start < s.end && s.end <= 1440).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN sentences made of a language\'s own words and times WHEN read THEN valid windows or an error said in that language', () => {
    const pieces = (l: Lang) => fc.constantFrom(...DAYS[l], ...PARTS[l], '18-20', 'ab', 'bis', 'a', 'до', 'с', 'entre', '7', 'y', ',', '-', 'и', 'und');
    fc.assert(
      fc.property(lang.chain((l) => fc.tuple(fc.constant(l), fc.array(pieces(l), { maxLength: 12 }))), ([l, words]) => {
        expectSaidIn(parseAvailability(words.join(' '), l), l);
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN any text and any language WHEN read as a start time THEN an instant or an error said in that language', () => {
    fc.assert(
      fc.property(adversarialText(beyond(200)), lang, (text, l) => {
        expectSaidIn(parseStartTime(text, 'Europe/Berlin', NOW, l), l);
      }),
      { numRuns: 200 },
    );
  });

  it('GIVEN any text WHEN looked up as an activity or a level THEN a known one or nothing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), lang, (text, l) => {
        expect(() => resolveActivity(text, l)).not.toThrow();
        expect(() => resolveLevel(text, l)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('a day and a part of the day mean the same in every language', () => {
  it('GIVEN a weekday and a part of the day WHEN typed in German, Spanish or Russian THEN the windows of the English words', () => {
    fc.assert(
      fc.property(fc.constantFrom<Lang>('de', 'es', 'ru'), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 3 }), (l, day, part) => {
        const own = parseAvailability(`${DAYS[l][day]} ${PARTS[l][part]}`, l);
        const english = parseAvailability(`${DAYS.en[day]} ${ENGLISH_PART[l][part]}`, 'en');
        expect(own).toEqual(english);
      }),
      { numRuns: 200 },
    );
  });
});

describe('availability said back in every language', () => {
  const slotsOf = (text: string, l: Lang) => {
    const r = parseAvailability(text, l);
    if (!r.ok) throw new Error(text);
    return r.value;
  };

  it('GIVEN any availability WHEN described as a phrase THEN English reads exactly as the English description, and no language misses a word', () => {
    const pieces = fc.constantFrom(...DAYS.en, ...PARTS.en, 'weekdays', 'weekends', 'every day', '6-8', '18:00-20:30', 'all day', 'lunch', 'late morning', 'early morning', ',', 'mon-wed', 'sat');
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 0, maxLength: 8 }), (words) => {
        const r = parseAvailability(words.join(' '), 'en');
        if (!r.ok) return;
        const described = describeAvailability(r.value);
        expect(english(described)).toBe(describeAvailabilityShort(r.value));
        for (const l of ['de', 'es', 'ru'] as const) expect(translator(l).say(described)).not.toMatch(/parse-|\{/);
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN a German week WHEN described for a German THEN German words', () => {
    expect(translator('de').say(describeAvailability(slotsOf('wochentags abends, Sa vormittags', 'de')))).toBe('wochentags abends, Sa vormittags');
    expect(translator('ru').say(describeAvailability(slotsOf('пн/ср 18-20', 'ru')))).toBe('пн/ср 18–20');
    expect(translator('es').say(describeAvailability(slotsOf('lunes por la mañana', 'es')))).toBe('lun por la mañana');
  });
});
