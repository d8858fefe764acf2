import { english } from '../../support/say.js';
import { describe, expect, it } from 'vitest';
import { formatInZone, parseDurationMinutes, parseStartTime } from '../../../src/core/parse/when.js';
import type { Result } from '../../../src/result.js';

/** Saturday 21 November 2026, 12:00 UTC (13:00 in Berlin, 07:00 in New York). */
const NOW = new Date('2026-11-21T12:00:00Z');

function instant(text: string, zone: string, now = NOW): string {
  const r = parseStartTime(text, zone, now);
  if (!r.ok) throw new Error(`expected "${text}" to parse, got: ${english(r.error.message)}`);
  return r.value.toISOString();
}

function refusal<T>(r: Result<T>): string {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  expect(r.error.code).toBe('invalid-input');
  return english(r.error.message);
}

describe('parsing a start time in the host\'s zone', () => {
  it('GIVEN hosts in Berlin and New York WHEN both type "tomorrow 7am" THEN each gets 07:00 local, six hours apart', () => {
    const berlin = instant('tomorrow 7am', 'Europe/Berlin');
    const newYork = instant('tomorrow 7am', 'America/New_York');
    expect(berlin).toBe('2026-11-22T06:00:00.000Z');
    expect(newYork).toBe('2026-11-22T12:00:00.000Z');
    expect(Date.parse(newYork) - Date.parse(berlin)).toBe(6 * 3_600_000);
  });

  it('GIVEN a Saturday afternoon in Berlin WHEN the host types "sat 9:30" THEN it means next Saturday, not this morning', () => {
    expect(instant('sat 9:30', 'Europe/Berlin')).toBe('2026-11-28T08:30:00.000Z');
  });

  it('GIVEN a Saturday morning in New York WHEN the host types "sat 9:30" THEN it means today, still ahead', () => {
    expect(instant('sat 9:30', 'America/New_York')).toBe('2026-11-21T14:30:00.000Z');
  });

  it('GIVEN "next friday 18:00" and an ISO date WHEN parsed in Berlin THEN the wall-clock time is kept in Berlin winter time', () => {
    expect(instant('next friday 18:00', 'Europe/Berlin')).toBe('2026-11-27T17:00:00.000Z');
    expect(instant('2026-12-01 07:00', 'Europe/Berlin')).toBe('2026-12-01T06:00:00.000Z');
  });

  it('GIVEN "now" is in Berlin winter time WHEN the host picks a date in summer time THEN the summer offset of that date is used', () => {
    const march = new Date('2026-03-20T12:00:00Z');
    // 2 April is after the change on 29 March: 07:00 CEST is 05:00 UTC, not 06:00.
    expect(instant('2026-04-02 07:00', 'Europe/Berlin', march)).toBe('2026-04-02T05:00:00.000Z');
    // And the night of the change itself: "tomorrow 7am" on the 28th is 07:00 CEST.
    expect(instant('tomorrow 7am', 'Europe/Berlin', new Date('2026-03-28T12:00:00Z'))).toBe('2026-03-29T05:00:00.000Z');
  });

  it('GIVEN a time in the past WHEN typed THEN it is refused, saying when that was', () => {
    const message = refusal(parseStartTime('yesterday 7am', 'Europe/Berlin', NOW));
    expect(message).toMatch(/already passed/);
    expect(message).toContain('Fri 20 Nov, 07:00 (Europe/Berlin)');
    expect(refusal(parseStartTime('2026-01-01 07:00', 'Europe/Berlin', NOW))).toMatch(/already passed/);
  });

  it('GIVEN a date with no time WHEN "tomorrow" is typed THEN the host is asked for a time of day', () => {
    expect(refusal(parseStartTime('tomorrow', 'Europe/Berlin', NOW))).toMatch(/needs a time of day.*"tomorrow 7am"/);
  });

  it('GIVEN a date more than 180 days ahead WHEN typed THEN it is refused', () => {
    expect(refusal(parseStartTime('2027-08-01 07:00', 'Europe/Berlin', NOW))).toMatch(/more than 180 days/);
  });

  it('GIVEN words with no date or time WHEN typed THEN the error quotes them and gives examples', () => {
    const message = refusal(parseStartTime('whenever you like', 'Europe/Berlin', NOW));
    expect(message).toContain('"whenever you like"');
    expect(message).toContain('"tomorrow 7am"');
  });

  it('GIVEN an instant WHEN formatted in a zone THEN it reads "Sat 5 Dec, 07:00 (Europe/Berlin)"', () => {
    expect(formatInZone(new Date('2026-12-05T06:00:00Z'), 'Europe/Berlin')).toBe('Sat 5 Dec, 07:00 (Europe/Berlin)');
    expect(formatInZone(new Date('2026-12-05T06:00:00Z'), 'America/New_York')).toBe('Sat 5 Dec, 01:00 (America/New_York)');
  });
});

describe('parsing a duration', () => {
  it('GIVEN the usual ways of writing a length WHEN parsed THEN each gives minutes', () => {
    const cases: Record<string, number> = { '90': 90, '90m': 90, '45 min': 45, '1h': 60, '1.5h': 90, '1h30': 90, '1h 30m': 90, '2 hours': 120 };
    for (const [text, minutes] of Object.entries(cases)) {
      const r = parseDurationMinutes(text);
      expect(r.ok && r.value, text).toBe(minutes);
    }
  });

  it('GIVEN lengths under 10 minutes, over 10 hours or unreadable WHEN parsed THEN each is refused with an example', () => {
    expect(refusal(parseDurationMinutes('5'))).toMatch(/between 10 minutes and 10 hours/);
    expect(refusal(parseDurationMinutes('11h'))).toMatch(/660 minutes/);
    expect(refusal(parseDurationMinutes('a while'))).toMatch(/"a while".*"1h30"/);
  });
});
