import { english } from '../../support/say.js';
import { describe, expect, it } from 'vitest';
import { describeAvailabilityShort, parseAvailability, PARTS_OF_DAY } from '../../../src/core/parse/availability.js';
import type { WeeklySlot } from '../../../src/domain/availability.js';

const H = 60;

function slots(text: string): WeeklySlot[] {
  const r = parseAvailability(text);
  if (!r.ok) throw new Error(`expected "${text}" to parse, got: ${english(r.error.message)}`);
  return r.value;
}

function refused(text: string): string {
  const r = parseAvailability(text);
  if (r.ok) throw new Error(`expected "${text}" to be refused, got ${JSON.stringify(r.value)}`);
  expect(r.error.code).toBe('invalid-input');
  return english(r.error.message);
}

const every = (days: number[], start: number, end: number): WeeklySlot[] =>
  days.map((day) => ({ day, start, end }) as WeeklySlot);

describe('parsing availability', () => {
  it('GIVEN a runner in Berlin WHEN they type "weekday evenings, sat morning" THEN Mon–Fri 17–21 and Sat 6–12 are stored', () => {
    expect(slots('weekday evenings, sat morning')).toEqual([
      ...every([1, 2, 3, 4, 5], 17 * H, 21 * H),
      { day: 6, start: 6 * H, end: 12 * H },
    ]);
  });

  it('GIVEN "mon/wed 6-8am" WHEN parsed THEN Monday and Wednesday 06:00–08:00', () => {
    expect(slots('mon/wed 6-8am')).toEqual(every([1, 3], 6 * H, 8 * H));
    expect(slots('mon, wed 6-8')).toEqual(every([1, 3], 6 * H, 8 * H));
  });

  it('GIVEN "weekends" with no time WHEN parsed THEN both weekend days are free all day (06–22)', () => {
    expect(slots('weekends')).toEqual(every([6, 7], 6 * H, 22 * H));
  });

  it('GIVEN 24-hour times "tue thu 18:00-20:00" WHEN parsed THEN Tuesday and Thursday 18–20', () => {
    expect(slots('tue thu 18:00-20:00')).toEqual(every([2, 4], 18 * H, 20 * H));
  });

  it('GIVEN "every day 7am-9am" WHEN parsed THEN all seven days 07–09', () => {
    expect(slots('every day 7am-9am')).toEqual(every([1, 2, 3, 4, 5, 6, 7], 7 * H, 9 * H));
  });

  it('GIVEN "mornings" with no days WHEN parsed THEN every day gets the morning window', () => {
    expect(slots('mornings')).toEqual(every([1, 2, 3, 4, 5, 6, 7], PARTS_OF_DAY.morning.start, PARTS_OF_DAY.morning.end));
  });

  it('GIVEN a day range "mon-fri lunch" WHEN parsed THEN Monday to Friday 12–14', () => {
    expect(slots('mon-fri lunch')).toEqual(every([1, 2, 3, 4, 5], 12 * H, 14 * H));
    expect(slots('mon to wed evenings')).toEqual(every([1, 2, 3], 17 * H, 21 * H));
  });

  it('GIVEN "sun 10-12" WHEN parsed THEN Sunday 10:00 until noon', () => {
    expect(slots('sun 10-12')).toEqual([{ day: 7, start: 10 * H, end: 12 * H }]);
  });

  it('GIVEN "none" or "clear" WHEN parsed THEN availability is emptied', () => {
    expect(slots('none')).toEqual([]);
    expect(slots('Clear')).toEqual([]);
  });

  it('GIVEN ranges with and without am/pm WHEN parsed THEN the documented inference applies', () => {
    expect(slots('sat 6-8pm')).toEqual([{ day: 6, start: 18 * H, end: 20 * H }]);
    expect(slots('sat 6-8')).toEqual([{ day: 6, start: 6 * H, end: 8 * H }]);
    expect(slots('sat 6:30-8')).toEqual([{ day: 6, start: 6 * H + 30, end: 8 * H }]);
    expect(slots('sat 11-1')).toEqual([{ day: 6, start: 11 * H, end: 13 * H }]);
    expect(slots('sat 11-1pm')).toEqual([{ day: 6, start: 11 * H, end: 13 * H }]);
    expect(slots('sat 6am-8am')).toEqual([{ day: 6, start: 6 * H, end: 8 * H }]);
    expect(slots('sat between 6 and 8pm')).toEqual([{ day: 6, start: 18 * H, end: 20 * H }]);
    expect(slots('sat 10pm-midnight')).toEqual([{ day: 6, start: 22 * H, end: 24 * H }]);
  });

  it('GIVEN a range past midnight "fri 22-01" WHEN parsed THEN it continues on Saturday', () => {
    expect(slots('fri 22-01')).toEqual([
      { day: 5, start: 22 * H, end: 24 * H },
      { day: 6, start: 0, end: 1 * H },
    ]);
  });

  it('GIVEN overlapping and out-of-order windows WHEN parsed THEN they merge and come out sorted by day then start', () => {
    expect(slots('sat 9-11, mon evenings, sat 7-10, mon 20-22')).toEqual([
      { day: 1, start: 17 * H, end: 22 * H },
      { day: 6, start: 7 * H, end: 11 * H },
    ]);
  });

  it('GIVEN a second time after a comma "mon 6-8, 18-20" WHEN parsed THEN the second window keeps Monday', () => {
    expect(slots('mon 6-8, 18-20')).toEqual([
      { day: 1, start: 6 * H, end: 8 * H },
      { day: 1, start: 18 * H, end: 20 * H },
    ]);
  });

  it('GIVEN a word it does not know WHEN parsed THEN the error names the word and gives an example', () => {
    const message = refused('weekday evenings, funday');
    expect(message).toContain('"funday"');
    expect(message).toContain('"weekday evenings, sat morning"');
  });

  it('GIVEN a misspelt day WHEN parsed THEN the error suggests the right word', () => {
    expect(refused('thursdya evenings')).toContain('Did you mean "thursday"?');
  });

  it('GIVEN impossible times or an empty message WHEN parsed THEN each gets a specific error', () => {
    expect(refused('mon 25:00-26:00')).toContain('"25:00"');
    expect(refused('sat 13pm')).toContain('"13pm"');
    expect(refused('   ')).toMatch(/usually free/);
  });

  it('GIVEN more than 50 separate windows WHEN parsed THEN it is refused', () => {
    const many = Array.from({ length: 8 }, (_, i) => `${i * 3}:00-${i * 3 + 1}:00`).join(', ');
    expect(refused(`every day ${many}`)).toMatch(/56 separate time windows.*50/);
  });
});

describe('describing availability briefly', () => {
  it('GIVEN weekday evenings and Saturday morning WHEN described THEN it reads "weekday evenings, Sat morning"', () => {
    expect(describeAvailabilityShort(slots('weekday evenings, sat morning'))).toBe('weekday evenings, Sat morning');
  });

  it('GIVEN windows that are not parts of the day WHEN described THEN days and clock hours are shown', () => {
    expect(describeAvailabilityShort(slots('mon/wed 6-8am'))).toBe('Mon/Wed 6–8');
    expect(describeAvailabilityShort(slots('every day 7:30-9'))).toBe('daily 7:30–9');
    expect(describeAvailabilityShort(slots('mon 6-8, 18-20'))).toBe('Mon 6–8 & 18–20');
  });

  it('GIVEN whole days, every-day parts and no slots WHEN described THEN the wording matches', () => {
    expect(describeAvailabilityShort(slots('weekends'))).toBe('weekends');
    expect(describeAvailabilityShort(slots('mornings'))).toBe('every morning');
    expect(describeAvailabilityShort(slots('mon-thu evenings'))).toBe('Mon–Thu evenings');
    expect(describeAvailabilityShort(slots('weekend mornings & evenings'))).toBe('weekend mornings & evenings');
    expect(describeAvailabilityShort([])).toBe('not set');
  });

  it('GIVEN any short description WHEN the person types it back THEN the same windows come out', () => {
    for (const text of ['weekday evenings, sat morning', 'mon 6-8, 18-20', 'mon-thu evenings, fri 7:30-9', 'weekends, tue early mornings', 'every day 7-9']) {
      const original = slots(text);
      expect(slots(describeAvailabilityShort(original)), text).toEqual(original);
    }
  });

  it('GIVEN a negative hour ("-5", "mon -3 to 5") WHEN parsed THEN it is refused as negative with examples, nothing stored', () => {
    expect(refused('-5')).toMatch(/"-5" would be a negative hour.*weekday evenings/);
    expect(refused('mon -3 to 5')).toMatch(/"-3" would be a negative hour/);
    // A dash between two times is a range, as always.
    expect(slots('mon 3-5pm')).toEqual([{ day: 1, start: 15 * H, end: 17 * H }]);
  });

  it('GIVEN nothing but numbers ("5", "9-17", "12345") WHEN parsed THEN it asks for days, or names what is no time', () => {
    expect(refused('5')).toMatch(/"5" has hours but no days/);
    expect(refused('9-17')).toMatch(/"9-17" has hours but no days/);
    expect(refused('sat 12345')).toMatch(/"12345" isn't a time/);
  });
});
