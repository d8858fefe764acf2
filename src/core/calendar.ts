/**
 * Calendar files (.ics) for sessions, built with the `ics` package. Times are written in UTC
 * (`DTSTART:20261205T060000Z`), so every calendar app shows them in its own zone. The location is
 * the meeting place's name only: coordinates never go into a file that people forward.
 */
import { createEvents, type EventAttributes } from 'ics';
import { squashSpaces, trimChars } from '../domain/text.js';
import { err, ok, userError, type Result } from '../result.js';

export interface CalendarEvent {
  uid: string;
  title: string;
  description: string;
  start: Date;
  durationMinutes: number;
  location: string;
  url?: string;
  status: 'CONFIRMED' | 'CANCELLED';
}

/**
 * Something that looks like "52.52, 13.405": never written into a calendar. It runs over text
 * with single spaces, so gaps are ` ?` (neighbouring `\s*` backtrack polynomially).
 */
const COORDINATES = /[+-]?\d{1,3}\.\d+ ?°? ?[NS]? ?[,; ] ?[+-]?\d{1,3}\.\d+ ?°? ?[EW]?/gi;

const placeName = (location: string): string => trimChars(squashSpaces(location).replace(COORDINATES, ''), ' ,;');

export function toIcs(events: readonly CalendarEvent[], calendarName: string): Result<string> {
  const invalid = events.find(
    (e) =>
      Number.isNaN(e.start.getTime()) || !Number.isInteger(e.durationMinutes) || e.durationMinutes <= 0 || !e.uid,
  );
  if (invalid) {
    return err(userError('invalid-input', `The session "${invalid.title}" has no valid start time or length, so it can't go in a calendar file.`));
  }
  const attributes: EventAttributes[] = events.map((e) => ({
    uid: e.uid,
    title: e.title,
    description: e.description,
    start: e.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: e.durationMinutes },
    location: placeName(e.location),
    ...(e.url ? { url: e.url } : {}),
    status: e.status,
    productId: 'spotter',
  }));
  const { error, value } = createEvents(attributes, { productId: 'spotter', calName: calendarName });
  if (error || value === null) {
    return err(userError('invalid-input', `I couldn't build the calendar file: ${error?.message ?? 'unknown problem'}.`));
  }
  return ok(value);
}
