/**
 * Calendar files (.ics) for sessions, built with the `ics` package. Times are written in UTC
 * (`DTSTART:20261205T060000Z`), so every calendar app shows them in its own zone. The location is
 * the meeting place's name only: coordinates never go into a file that people forward.
 */
import { createEvents, type EventAttributes } from 'ics';
import { phrase } from '../domain/phrase.js';
import type { WorkoutSession } from '../domain/session.js';
import { squashSpaces, trimChars } from '../domain/text.js';
import { err, ok, userError, type Result } from '../result.js';

/**
 * The words a calendar file carries, in the language of the person who asked for it: the
 * presentation layer gives them (src/views/calendar.ts), so the core writes none. The SUMMARY is
 * the session's title, the host's own words, and stays as typed.
 */
export interface CalendarWords {
  /** The calendar's name for a file of all my sessions ("My Spotter sessions"). */
  readonly calendarName: string;
  /** The DESCRIPTION: activity, levels, host, then the host's notes. */
  description(session: WorkoutSession, hostName: string): string;
}

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
    return err(userError('invalid-input', phrase('ics-invalid-session', { title: invalid.title })));
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
    // The library's own explanation is English and technical; it is passed along as it is.
    return err(userError('invalid-input', phrase('ics-build-failed', { problem: error?.message ?? 'unknown problem' })));
  }
  return ok(value);
}
