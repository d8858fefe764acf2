import { english } from '../support/say.js';
import { describe, expect, it } from 'vitest';
import { toIcs, type CalendarEvent } from '../../src/core/calendar.js';

const run: CalendarEvent = {
  uid: 'session-abc@spotter',
  title: 'Morning 5k, easy pace',
  description: 'Meet at the gate.',
  start: new Date('2026-12-05T06:00:00Z'),
  durationMinutes: 90,
  location: 'Tiergarten, Berlin',
  url: 'https://example.com/s/abc',
  status: 'CONFIRMED',
};

/** iCalendar folds long lines; unfold before looking for text. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

function ics(events: CalendarEvent[], name = 'Spotter'): string {
  const r = toIcs(events, name);
  if (!r.ok) throw new Error(english(r.error.message));
  return unfold(r.value);
}

describe('calendar files', () => {
  it('GIVEN a confirmed session WHEN exported THEN the file has its title, a UTC DTSTART, the length and the place name', () => {
    const text = ics([run]);
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('X-WR-CALNAME:Spotter');
    expect(text).toContain('SUMMARY:Morning 5k\\, easy pace');
    expect(text).toContain('UID:session-abc@spotter');
    expect(text).toMatch(/DTSTART:20261205T060000Z\r\n/);
    expect(text).toContain('DURATION:PT90M');
    expect(text).toContain('LOCATION:Tiergarten\\, Berlin');
    expect(text).toContain('STATUS:CONFIRMED');
  });

  it('GIVEN a cancelled session next to a confirmed one WHEN exported THEN both events are there with their own status', () => {
    const text = ics([run, { ...run, uid: 'session-def@spotter', title: 'Evening ride', status: 'CANCELLED' }]);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain('SUMMARY:Evening ride');
    expect(text).toContain('STATUS:CANCELLED');
  });

  it('GIVEN a location that carries coordinates WHEN exported THEN only the place name reaches the file', () => {
    const text = ics([{ ...run, location: 'Tiergarten, 52.5145, 13.3501' }]);
    expect(text).toContain('LOCATION:Tiergarten');
    expect(text).not.toMatch(/52\.51|13\.35/);
    expect(text).not.toContain('GEO:');
  });

  it('GIVEN a session with no valid start WHEN exported THEN it is refused with the title in the message', () => {
    const r = toIcs([{ ...run, start: new Date(Number.NaN) }], 'Spotter');
    expect(r.ok).toBe(false);
    expect(!r.ok && english(r.error.message)).toContain('"Morning 5k, easy pace"');
  });
});
