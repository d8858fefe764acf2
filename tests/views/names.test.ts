import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctNames } from '../../src/views/names.js';

const p = (id: string, displayName: string, area: string | null = 'Berlin, DE') => ({ id, displayName, area });

describe('telling people with one name apart', () => {
  it('GIVEN different names WHEN listed THEN they are shown as they are', () => {
    expect([...distinctNames([p('1', 'Ana'), p('2', 'Ben')]).values()]).toEqual(['Ana', 'Ben']);
  });

  it('GIVEN two Bens in different towns WHEN listed THEN each gets its town', () => {
    expect([...distinctNames([p('1', 'Ben'), p('2', 'Ben', 'Potsdam, DE')]).values()]).toEqual(['Ben (Berlin)', 'Ben (Potsdam)']);
  });

  it('GIVEN two Springfields WHEN listed THEN the whole area tells them apart', () => {
    const names = distinctNames([p('1', 'Ben', 'Springfield, Illinois, US'), p('2', 'Ben', 'Springfield, Missouri, US')]);
    expect([...names.values()]).toEqual(['Ben (Springfield, Illinois, US)', 'Ben (Springfield, Missouri, US)']);
  });

  it('GIVEN names that differ only by case or width WHEN listed THEN they count as the same name', () => {
    expect([...distinctNames([p('1', 'Ben'), p('2', 'ｂｅｎ', 'Potsdam, DE')]).values()]).toEqual(['Ben (Berlin)', 'ｂｅｎ (Potsdam)']);
  });

  it('GIVEN three Bens, two in Berlin WHEN listed THEN the Berliners are numbered and the other keeps the town', () => {
    expect([...distinctNames([p('1', 'Ben'), p('2', 'Ben', 'Potsdam, DE'), p('3', 'Ben'), p('4', 'Ben', null)]).values()]).toEqual([
      'Ben · 1',
      'Ben (Potsdam)',
      'Ben · 2',
      'Ben · 3',
    ]);
  });

  it('GIVEN someone really called "Ben · 2" WHEN listed with two other Bens THEN every label still differs', () => {
    const labels = [...distinctNames([p('1', 'Ben'), p('2', 'Ben'), p('3', 'Ben · 2')]).values()];
    expect(new Set(labels).size).toBe(3);
  });

  it('GIVEN any list WHEN names are made distinct THEN there is one label per person and no two look alike', () => {
    const person = fc.record({ displayName: fc.constantFrom('Ben', 'ben', 'Ben · 1', 'Ben · 2', 'Ben (Berlin)', 'Ana'), area: fc.constantFrom('Berlin, DE', 'Potsdam, DE', 'Berlin, US', null) });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 12 }), (people) => {
        const list = people.map((x, i) => ({ id: String(i), ...x }));
        const labels = [...distinctNames(list).values()];
        expect(labels).toHaveLength(list.length);
        expect(new Set(labels.map((l) => l.normalize('NFKC').toLowerCase())).size).toBe(labels.length);
      }),
      { numRuns: 500 },
    );
  });
});
