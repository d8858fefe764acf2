import { translator } from '../../../src/i18n/translator.js';
import { english } from '../../support/say.js';
import { describe, expect, it } from 'vitest';
import { parseAvailability } from '../../../src/core/parse/availability.js';
import { weeklyOverlap } from '../../../src/core/parse/overlap.js';
import type { WeeklySlot } from '../../../src/domain/availability.js';

function slots(text: string): WeeklySlot[] {
  const r = parseAvailability(text);
  if (!r.ok) throw new Error(english(r.error.message));
  return r.value;
}

/** A Wednesday in a week with no clock changes anywhere (late November 2026). */
const QUIET_WEEK = new Date('2026-11-25T12:00:00Z');

describe('weekly overlap', () => {
  it('GIVEN two Berliners who both keep weekday evenings WHEN their overlap is measured THEN 5 evenings of 4 h overlap', () => {
    const o = weeklyOverlap(slots('weekday evenings'), 'Europe/Berlin', slots('weekday evenings'), 'Europe/Berlin', QUIET_WEEK);
    expect(o).toMatchObject({ minutes: 5 * 240, windows: 5, label: '5 evenings overlap' });
    expect(english(o.reason)).toBe('5 evenings overlap');
    expect(translator('ru').say(o.reason)).toBe('совпадают 5 вечеров');
  });

  it('GIVEN a Berliner and a New Yorker who both keep evenings, 6 h apart WHEN measured THEN nothing overlaps', () => {
    const o = weeklyOverlap(slots('evenings'), 'Europe/Berlin', slots('evenings'), 'America/New_York', QUIET_WEEK);
    expect(o).toMatchObject({ minutes: 0, windows: 0, label: 'no shared times yet' });
    expect(english(o.reason)).toBe('no shared times yet');
  });

  it('GIVEN Berlin evenings and New York mornings WHEN measured THEN Berlin 17–18 (New York 11–12) overlaps on each of 7 days', () => {
    const o = weeklyOverlap(slots('evenings'), 'Europe/Berlin', slots('mornings'), 'America/New_York', QUIET_WEEK);
    expect(o.minutes).toBe(7 * 60);
    expect(o.windows).toBe(7);
    expect(o.label).toBe('7 evenings overlap');
  });

  it('GIVEN the same pair seen from New York WHEN measured THEN the label names New York\'s part of the day', () => {
    const o = weeklyOverlap(slots('mornings'), 'America/New_York', slots('evenings'), 'Europe/Berlin', QUIET_WEEK);
    expect(o.minutes).toBe(7 * 60);
    expect(o.label).toBe('7 mornings overlap');
  });

  it('GIVEN a New Yorker free Sunday 20–23 and a Berliner free Monday 2–4 WHEN measured THEN the overlap across the week boundary counts', () => {
    const o = weeklyOverlap(slots('mon 2:00-4:00'), 'Europe/Berlin', slots('sun 20:00-23:00'), 'America/New_York', QUIET_WEEK);
    expect(o.minutes).toBe(120);
    expect(o.windows).toBe(1);
  });

  it('GIVEN whole days on both sides WHEN measured THEN the label falls back to hours a week', () => {
    const o = weeklyOverlap(slots('sat'), 'Europe/Berlin', slots('sat'), 'Europe/Berlin', QUIET_WEEK);
    expect(o.minutes).toBe(16 * 60);
    expect(o.label).toBe('16 h a week overlap');
  });

  describe('across clock changes', () => {
    // Berlin 17–21 vs New York 11–12. New York moves to summer time on 8 March 2026, Berlin on
    // 29 March: Berlin is 6 h ahead before the 8th, 5 h between, 6 h again from the 29th.
    const berlin = slots('every day 17:00-21:00');
    const newYork = slots('every day 11:00-12:00');
    const measure = (reference: string) => weeklyOverlap(berlin, 'Europe/Berlin', newYork, 'America/New_York', new Date(reference));

    it('GIVEN a week when Berlin is 6 h ahead WHEN measured THEN New York 11–12 meets Berlin 17–18 every day', () => {
      const o = measure('2026-02-25T12:00:00Z');
      expect(o.minutes).toBe(7 * 60);
      expect(o.windows).toBe(7);
    });

    it('GIVEN the week that ends with the US change on Sunday 8 March WHEN measured THEN that Sunday no longer overlaps', () => {
      const o = measure('2026-03-04T12:00:00Z');
      expect(o.minutes).toBe(6 * 60);
      expect(o.windows).toBe(6);
    });

    it('GIVEN the weeks between the US and EU changes, Berlin 5 h ahead WHEN measured THEN nothing overlaps', () => {
      expect(measure('2026-03-18T12:00:00Z').minutes).toBe(0);
    });

    it('GIVEN the week that ends with the EU change on Sunday 29 March WHEN measured THEN only that Sunday overlaps', () => {
      const o = measure('2026-03-25T12:00:00Z');
      expect(o.minutes).toBe(60);
      expect(o.windows).toBe(1);
      expect(o.label).toBe('1 evening overlaps');
    });
  });
});
