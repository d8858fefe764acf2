import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weeklyOverlap, weeklyOverlapMinutes } from '../../../src/core/parse/overlap.js';
import type { Weekday, WeeklySlot } from '../../../src/domain/availability.js';

/**
 * Ranking measures shared minutes for hundreds of candidates with `weeklyOverlapMinutes`, and the
 * page shown puts the overlap in words with `weeklyOverlap`; both take a shortcut for two people in
 * one zone in a week without a clock change. Whatever the windows, zones and week, they must give
 * what the full instant maths gives (the zone under another name: no shortcut).
 */
const slot = fc
  .record({ day: fc.integer({ min: 1, max: 7 }), start: fc.integer({ min: 0, max: 1440 }), length: fc.integer({ min: -30, max: 600 }) })
  .map(({ day, start, length }): WeeklySlot => ({ day: day as Weekday, start, end: Math.min(1440, Math.max(0, start + length)) }));
const week = fc.array(slot, { maxLength: 6 });

/** Quiet weeks and the weeks of the EU and US clock changes, spring and autumn, and a Sunday night. */
const WEEKS = ['2026-11-25T12:00:00Z', '2026-03-29T00:30:00Z', '2026-03-26T12:00:00Z', '2026-03-08T12:00:00Z', '2026-10-25T12:00:00Z', '2026-11-01T23:59:00Z', '2026-06-14T21:30:00Z'].map((iso) => new Date(iso));
const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC', 'Not/AZone'];
/**
 * Each zone under another name with the same rules (an IANA link, or for the unknown zone another
 * unknown one): with two names the shortcuts never apply, so the reference is the instant maths.
 */
const ALIAS = new Map([
  ['Europe/Berlin', 'Arctic/Longyearbyen'],
  ['America/New_York', 'US/Eastern'],
  ['Asia/Kolkata', 'Asia/Calcutta'],
  ['Australia/Lord_Howe', 'Australia/LHI'],
  ['UTC', 'Etc/UTC'],
  ['Not/AZone', 'Not/AnotherZone'],
]);
const byInstants = (a: readonly WeeklySlot[], zone: string, b: readonly WeeklySlot[], bZone: string, at: Date) => weeklyOverlap(a, zone, b, bZone === zone ? ALIAS.get(zone)! : bZone, at);

describe('shared weekly minutes for ranking', () => {
  it('GIVEN any two weeks of windows in one zone, in quiet and clock-change weeks WHEN measured for ranking THEN the minutes equal the full overlap', () => {
    fc.assert(
      fc.property(week, week, fc.constantFrom(...ZONES), fc.constantFrom(...WEEKS), (a, b, zone, at) => {
        expect(weeklyOverlapMinutes(a, zone, b, zone, at)).toBe(byInstants(a, zone, b, zone, at).minutes);
      }),
      { numRuns: 400 },
    );
  });

  it('GIVEN one person measured against many in turn (the ranking loop) WHEN their own windows stay the same list THEN every pair still equals the full overlap', () => {
    fc.assert(
      fc.property(week, fc.array(week, { minLength: 2, maxLength: 6 }), fc.constantFrom(...ZONES), fc.constantFrom(...ZONES), fc.constantFrom(...WEEKS), (mine, others, zone, otherZone, at) => {
        for (const [i, theirs] of others.entries()) {
          const theirZone = i % 2 ? otherZone : zone;
          expect(weeklyOverlapMinutes(mine, zone, theirs, theirZone, at)).toBe(byInstants(mine, zone, theirs, theirZone, at).minutes);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('GIVEN any two weeks of windows in one zone WHEN the overlap is put in words (the page shown) THEN minutes, windows and wording equal the instant maths', () => {
    fc.assert(
      fc.property(week, week, fc.constantFrom(...ZONES), fc.constantFrom(...WEEKS), (a, b, zone, at) => {
        expect(weeklyOverlap(a, zone, b, zone, at)).toEqual(byInstants(a, zone, b, zone, at));
      }),
      { numRuns: 400 },
    );
  });

  it('GIVEN windows that are not whole minutes within a day WHEN measured THEN the full maths answers, as before', () => {
    const odd: WeeklySlot[] = [{ day: 2, start: 1380.5, end: 1500 }];
    const plain: WeeklySlot[] = [{ day: 2, start: 1200, end: 1440 }, { day: 3, start: 0, end: 120 }];
    const at = new Date('2026-11-25T12:00:00Z');
    expect(weeklyOverlapMinutes(odd, 'Europe/Berlin', plain, 'Europe/Berlin', at)).toBe(byInstants(odd, 'Europe/Berlin', plain, 'Europe/Berlin', at).minutes);
  });
});
