import { describe, expect, it } from 'vitest';
import { Catalogues } from '../../src/i18n/catalogue.js';
import { translator } from '../../src/i18n/translator.js';

/**
 * The translator remembers what it formatted (src/i18n/translator.ts): these stories hold the
 * remembered text to what Fluent says afresh, wherever remembering could mix two answers up.
 */
const FTL = `
people = { $count ->
    [one] one person
   *[other] { $count } people
  }
greet = Hello { $name }{ $place }
greet-plain = Hello
`;
const GERMAN = `
people = { $count ->
    [one] eine Person
   *[other] { $count } Personen
  }
`;

const catalogues = () => new Catalogues(new Map([['en', [FTL]], ['de', [GERMAN]]]));

describe('the translator says each message as Fluent does, however often it is asked', () => {
  it('GIVEN a plural message WHEN asked for 1, then 5, then 1 again THEN each answer is its own', () => {
    const t = translator('en', catalogues());
    expect(t.t('people', { count: 1 })).toBe('one person');
    expect(t.t('people', { count: 5 })).toBe('5 people');
    expect(t.t('people', { count: 1 })).toBe('one person');
  });

  it('GIVEN the number 1 and the text "1" WHEN each fills the plural THEN only the number selects "one", in either order', () => {
    const t = translator('en', catalogues());
    expect(t.t('people', { count: '1' })).toBe('1 people');
    expect(t.t('people', { count: 1 })).toBe('one person');
    expect(t.t('people', { count: '1' })).toBe('1 people');
  });

  it('GIVEN values that run into each other WHEN formatted THEN "ab"+"c" and "a"+"bc" stay two answers', () => {
    const t = translator('en', catalogues());
    expect(t.t('greet', { name: 'ab', place: 'c' })).toBe('Hello abc');
    expect(t.t('greet', { name: 'a', place: 'bc' })).toBe('Hello abc');
    // A person's text holding the separator does not make it another set of values.
    expect(t.t('greet', { name: 'a\u0000place\u0000s1:b', place: 'x' })).toBe('Hello a\u0000place\u0000s1:bx');
    expect(t.t('greet', { name: 'a', place: 'b' })).toBe('Hello ab');
  });

  it('GIVEN two languages WHEN the same message is asked in each THEN each answers in its own', () => {
    const cats = catalogues();
    expect(translator('de', cats).t('people', { count: 1 })).toBe('eine Person');
    expect(translator('en', cats).t('people', { count: 1 })).toBe('one person');
    // A message German lacks comes from English, and English's answer stays English.
    expect(translator('de', cats).t('greet-plain')).toBe('Hello');
  });

  it('GIVEN thousands of different names WHEN each is greeted THEN every greeting is its own (the memory starts over when full)', () => {
    const t = translator('en', catalogues());
    for (let round = 0; round < 2; round++)
      for (let i = 0; i < 5000; i++) expect(t.t('greet', { name: `p${i}`, place: '' })).toBe(`Hello p${i}`);
  });
});
