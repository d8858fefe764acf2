import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Weekday, WeeklySlot } from '../../src/domain/availability.js';
import { findSlots, type Interval, SLOT_MAX_MINUTES, SLOT_MIN_MINUTES, type SlotPerson } from '../../src/domain/slots.js';

const MINUTE = 60_000;
const ZONES = ['Europe/Berlin', 'America/New_York', 'Europe/Moscow', 'Asia/Kolkata', 'Australia/Sydney', 'UTC'] as const;

/** Wall-clock check, minute by minute, written independently of the finder. */
function inside(p: SlotPerson, start: Date, minutes: number): boolean {
  for (let m = 0; m < minutes; m++) {
    const local = DateTime.fromMillis(start.getTime() + m * MINUTE, { zone: p.timeZone });
    const minute = local.hour * 60 + local.minute;
    if (!p.availability.some((w) => w.day === local.weekday && w.start <= minute && minute < w.end)) return false;
  }
  return true;
}

const windowArb: fc.Arbitrary<WeeklySlot> = fc
  .record({ day: fc.integer({ min: 1, max: 7 }), start: fc.integer({ min: 0, max: 47 }), hours: fc.integer({ min: 1, max: 8 }) })
  .map(({ day, start, hours }) => ({ day: day as Weekday, start: start * 30, end: Math.min(1440, start * 30 + hours * 60) }));
const personArb: fc.Arbitrary<SlotPerson> = fc.record({
  availability: fc.array(windowArb, { minLength: 1, maxLength: 6 }),
  timeZone: fc.constantFrom(...ZONES),
});
/** Around both 2026 clock changes of Europe and North America (March and October–November). */
const fromArb = fc
  .constantFrom('2026-03-05T00:00:00Z', '2026-03-25T00:00:00Z', '2026-10-22T00:00:00Z', '2026-10-29T00:00:00Z', '2026-07-01T00:00:00Z')
  .chain((base) => fc.integer({ min: 0, max: 7 * 24 * 4 }).map((q) => new Date(Date.parse(base) + q * 15 * MINUTE + 7 * MINUTE)));
const busyArb = (from: Date): fc.Arbitrary<Interval[]> =>
  fc.array(
    fc.record({ at: fc.integer({ min: 0, max: 7 * 24 * 60 }), len: fc.integer({ min: 30, max: 240 }) }).map(({ at, len }) => ({
      start: new Date(from.getTime() + at * MINUTE),
      end: new Date(from.getTime() + (at + len) * MINUTE),
    })),
    { maxLength: 8 },
  );

describe('the slot finder', () => {
  it('GIVEN any two weekly availabilities in any zones, DST weeks included, and busy stretches WHEN slots are found THEN each lies inside both availabilities and the week, clear of every busy stretch, 30–60 min long, apart from the others', () => {
    fc.assert(
      fc.property(personArb, personArb, fromArb.chain((from) => busyArb(from).map((busy) => ({ from, busy }))), (a, b, { from, busy }) => {
        const to = new Date(from.getTime() + 7 * 86_400_000);
        const slots = findSlots([a, b], { from, to, busy, dayZone: a.timeZone });
        expect(slots.length).toBeLessThanOrEqual(3);
        for (const [i, s] of slots.entries()) {
          const end = s.start.getTime() + s.minutes * MINUTE;
          expect(s.minutes).toBeGreaterThanOrEqual(SLOT_MIN_MINUTES);
          expect(s.minutes).toBeLessThanOrEqual(SLOT_MAX_MINUTES);
          expect(s.start.getTime()).toBeGreaterThanOrEqual(from.getTime());
          expect(end).toBeLessThanOrEqual(to.getTime());
          expect(inside(a, s.start, s.minutes)).toBe(true);
          expect(inside(b, s.start, s.minutes)).toBe(true);
          for (const x of busy) expect(x.start.getTime() >= end || x.end.getTime() <= s.start.getTime()).toBe(true);
          const next = slots[i + 1];
          if (next) expect(next.start.getTime()).toBeGreaterThanOrEqual(end);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('GIVEN the same person twice, free every evening WHEN slots are found THEN there are three, on three different days', () => {
    fc.assert(
      fc.property(fromArb, fc.constantFrom(...ZONES), (from, zone) => {
        const evenings = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day: day as Weekday, start: 18 * 60, end: 21 * 60 }));
        const p = { availability: evenings, timeZone: zone };
        const slots = findSlots([p, p], { from, to: new Date(from.getTime() + 7 * 86_400_000), busy: [], dayZone: zone });
        expect(slots).toHaveLength(3);
        const days = slots.map((s) => DateTime.fromJSDate(s.start, { zone }).toISODate());
        expect(new Set(days).size).toBe(3);
        expect(slots.every((s) => s.minutes === 60)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('GIVEN Berlin 18–21 and New York 12–15 every day WHEN Europe has left summer time and America not yet (26–31 Oct 2026) THEN the shared hour starts at 18:00 in Berlin, 13:00 in New York, and the week after back at 12:00 there', () => {
    const every = (start: number, end: number) => [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day: day as Weekday, start, end }));
    const berlin = { availability: every(18 * 60, 21 * 60), timeZone: 'Europe/Berlin' };
    const newYork = { availability: every(12 * 60, 15 * 60), timeZone: 'America/New_York' };
    const between = findSlots([berlin, newYork], { from: new Date('2026-10-26T00:00:00Z'), to: new Date('2026-10-31T00:00:00Z'), busy: [], dayZone: 'Europe/Berlin' });
    expect(between.map((s) => DateTime.fromJSDate(s.start, { zone: 'Europe/Berlin' }).toFormat('ccc HH:mm'))).toEqual(['Mon 18:00', 'Tue 18:00', 'Wed 18:00']);
    expect(between.map((s) => DateTime.fromJSDate(s.start, { zone: 'America/New_York' }).toFormat('HH:mm'))).toEqual(['13:00', '13:00', '13:00']);
    const after = findSlots([berlin, newYork], { from: new Date('2026-11-02T00:00:00Z'), to: new Date('2026-11-09T00:00:00Z'), busy: [], dayZone: 'Europe/Berlin' });
    expect(after.map((s) => DateTime.fromJSDate(s.start, { zone: 'America/New_York' }).toFormat('ccc HH:mm'))).toEqual(['Mon 12:00', 'Tue 12:00', 'Wed 12:00']);
  });

  it('GIVEN a short overlap and a long one later WHEN slots are found THEN the longer comes first in rank but the list reads in time order', () => {
    const a = { availability: [{ day: 1 as Weekday, start: 7 * 60, end: 7 * 60 + 30 }, { day: 3 as Weekday, start: 18 * 60, end: 20 * 60 }], timeZone: 'UTC' };
    const slots = findSlots([a, a], { from: new Date('2026-11-23T00:00:00Z'), to: new Date('2026-11-30T00:00:00Z'), busy: [], dayZone: 'UTC', count: 1 });
    expect(slots).toEqual([{ start: new Date('2026-11-25T18:00:00Z'), minutes: 60 }]);
  });

  it('GIVEN no shared time WHEN slots are found THEN there are none', () => {
    const a = { availability: [{ day: 1 as Weekday, start: 360, end: 480 }], timeZone: 'UTC' };
    const b = { availability: [{ day: 2 as Weekday, start: 360, end: 480 }], timeZone: 'UTC' };
    expect(findSlots([a, b], { from: new Date('2026-11-23T00:00:00Z'), to: new Date('2026-11-30T00:00:00Z'), busy: [], dayZone: 'UTC' })).toEqual([]);
  });
});
