import { describe, expect, it } from 'vitest';
import { localDay, nextLocalTime, quietUntil } from '../../src/scheduler/time.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;

describe("wall-clock time in a person's zone", () => {
  it.each([
    { story: 'inside quiet hours that wrap past midnight, before midnight', at: '2026-11-21T22:30:00Z', until: '2026-11-22T06:00:00.000Z' },
    { story: 'inside them, after midnight', at: '2026-11-22T03:00:00Z', until: '2026-11-22T06:00:00.000Z' },
    { story: 'at their very end: not quiet any more', at: '2026-11-22T06:00:00Z', until: null },
    { story: 'in the afternoon', at: '2026-11-21T14:00:00Z', until: null },
    { story: 'across the October clock change: 07:00 is an hour later in UTC', at: '2026-10-24T23:00:00Z', until: '2026-10-25T06:00:00.000Z' },
  ])('quiet 22:00–07:00 in Berlin, $story', ({ at, until }) => {
    expect(iso(quietUntil({ start: 22 * 60, end: 7 * 60 }, 'Europe/Berlin', new Date(at)))).toBe(until);
  });

  it('quiet hours within one day (13:00–15:00 in New York)', () => {
    expect(iso(quietUntil({ start: 13 * 60, end: 15 * 60 }, 'America/New_York', new Date('2026-11-21T18:30:00Z')))).toBe('2026-11-21T20:00:00.000Z');
    expect(quietUntil({ start: 13 * 60, end: 15 * 60 }, 'America/New_York', new Date('2026-11-21T20:00:00Z'))).toBeNull();
    expect(quietUntil(null, 'America/New_York', new Date())).toBeNull();
  });

  it('the next Monday 08:00 keeps 08:00 local across the clock change', () => {
    expect(iso(nextLocalTime('Europe/Berlin', new Date('2026-10-13T12:00:00Z'), 8, 0, 1))).toBe('2026-10-19T06:00:00.000Z');
    expect(iso(nextLocalTime('Europe/Berlin', new Date('2026-10-19T06:00:00Z'), 8, 0, 1))).toBe('2026-10-26T07:00:00.000Z');
    // A time that does not exist (the spring gap) moves forward to the first that does.
    expect(iso(nextLocalTime('Europe/Berlin', new Date('2026-03-28T12:00:00Z'), 2, 30))).toBe('2026-03-29T01:30:00.000Z');
  });

  it('counts days by the local date', () => {
    expect(localDay('Pacific/Auckland', new Date('2026-11-21T12:00:00Z'))).toBe('2026-11-22');
    expect(localDay('America/Los_Angeles', new Date('2026-11-21T05:00:00Z'))).toBe('2026-11-20');
    expect(localDay('Not/AZone', new Date('2026-11-21T05:00:00Z'))).toBe('2026-11-21');
  });
});
