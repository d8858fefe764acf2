import { describe, expect, it } from 'vitest';
import { isRoundTime, nextRoundAt, roundKey } from '../../../src/core/rounds-time.js';

describe('round times on the community clock', () => {
  it.each([
    { story: 'Berlin, Sunday 09:00 the day the clocks go back', zone: 'Europe/Berlin', weekday: 7, hour: 9, after: '2026-10-20T00:00:00Z', at: '2026-10-25T08:00:00.000Z' },
    { story: 'Berlin, Sunday 09:00 the day the clocks go forward', zone: 'Europe/Berlin', weekday: 7, hour: 9, after: '2026-03-24T00:00:00Z', at: '2026-03-29T07:00:00.000Z' },
    { story: 'Berlin, 02:00 in the spring gap: the first hour that exists', zone: 'Europe/Berlin', weekday: 7, hour: 2, after: '2026-03-24T00:00:00Z', at: '2026-03-29T01:00:00.000Z' },
    { story: 'New York, Monday 07:00 after its summer time ended', zone: 'America/New_York', weekday: 1, hour: 7, after: '2026-10-31T00:00:00Z', at: '2026-11-02T12:00:00.000Z' },
    { story: 'Sydney, Monday 06:00 after its summer time began', zone: 'Australia/Sydney', weekday: 1, hour: 6, after: '2026-10-01T00:00:00Z', at: '2026-10-04T19:00:00.000Z' },
    { story: 'a round exactly now is the next one, a week on', zone: 'UTC', weekday: 1, hour: 9, after: '2026-01-05T09:00:00Z', at: '2026-01-12T09:00:00.000Z' },
  ])('GIVEN $story THEN the next round is at $at', ({ zone, weekday, hour, after, at }) => {
    expect(nextRoundAt({ weekday: weekday as 1, hour, timeZone: zone }, new Date(after)).toISOString()).toBe(at);
  });

  it('GIVEN a round time WHEN the job runs on time, late, or on the wrong day THEN only the first two hold the round, and its key is the local date', () => {
    const s = { weekday: 1 as const, hour: 9, timeZone: 'Asia/Tokyo' };
    expect(isRoundTime(s, new Date('2026-01-05T00:00:00Z'), 4)).toBe(true); // Monday 09:00 in Tokyo
    expect(isRoundTime(s, new Date('2026-01-05T03:30:00Z'), 4)).toBe(true);
    expect(isRoundTime(s, new Date('2026-01-05T04:30:00Z'), 4)).toBe(false);
    expect(isRoundTime(s, new Date('2026-01-06T00:00:00Z'), 4)).toBe(false);
    expect(roundKey('Asia/Tokyo', new Date('2026-01-04T23:30:00Z'))).toBe('2026-01-05');
  });
});
