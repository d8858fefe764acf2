/**
 * Calendar files (.ics) for sessions: the "Add to calendar" file of one session or of all mine,
 * and the live feed (src/views/calendar-feed.ts) share how one session becomes one event.
 * Times carry the session's own zone (TZID, with its VTIMEZONE) and a weekly session carries a
 * weekly RRULE, so "Tuesdays 18:00 in Berlin" stays 18:00 local across a DST change in every
 * calendar app. Nothing here locates anyone: the place's name only, never coordinates.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { type ICalCalendar, ICalCalendarMethod, ICalEventRepeatingFreq, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { FeedEntry } from '../core/calendar-feed.js';
import { squashSpaces, trimChars } from '../domain/text.js';
import type { Translator } from '../i18n/translator.js';
import { activityName, levelName } from './words.js';

/**
 * Something that looks like "52.52, 13.405": never written into a calendar, even if a place's
 * label carries it. It runs over text with single spaces, so gaps are ` ?` (neighbouring `\s*`
 * backtrack polynomially).
 */
const COORDINATES = /[+-]?\d{1,3}\.\d+ ?°? ?[NS]? ?[,; ] ?[+-]?\d{1,3}\.\d+ ?°? ?[EW]?/gi;

export const placeName = (label: string): string => trimChars(squashSpaces(label).replace(COORDINATES, ''), ' ,;');

/** A calendar in the reader's language; each event brings its own zone (VTIMEZONE written per zone used). */
export function newCalendar(t: Translator, name: string, method: ICalCalendarMethod): ICalCalendar {
  const calendar = ical({
    name,
    prodId: { company: 'Spotter', product: 'sessions', language: t.lang.toUpperCase().slice(0, 2) },
    method,
  });
  // No calendar-wide zone (DTSTAMP, CREATED and LAST-MODIFIED stay UTC, as RFC 5545 wants).
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  return calendar;
}

/** One session as one event; a weekly session as one series with a weekly rule. */
export function addSessionEvent(calendar: ICalCalendar, { session: s, role, hostName }: FeedEntry, t: Translator): void {
  const start = DateTime.fromJSDate(s.startsAt, { zone: s.timeZone });
  calendar.createEvent({
    // A weekly session is one series: its id stays, whichever occurrence is next.
    id: `${s.recurrence === 'weekly' ? s.seriesId : s.id}@spotter`,
    start,
    end: start.plus({ minutes: s.durationMinutes }),
    timezone: s.timeZone,
    summary: s.status === 'cancelled' ? t.t('feed-summary-cancelled', { title: s.title }) : role === 'requested' ? t.t('feed-summary-requested', { title: s.title }) : s.title,
    description: [
      t.t('feed-what', { activity: activityName(t, s.activity), from: levelName(t, s.levels.min), to: levelName(t, s.levels.max) }),
      role === 'host' ? t.t('feed-you-host') : t.t('feed-host', { name: hostName }),
      role === 'host' ? '' : t.t(`feed-role-${role}`),
      s.notes ? s.notes : '',
    ]
      .filter(Boolean)
      .join('\n'),
    location: placeName(s.place.label),
    status: s.status === 'cancelled' ? ICalEventStatus.CANCELLED : role === 'requested' || role === 'waitlisted' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    // Seconds since the epoch of the last change: grows with every edit, as SEQUENCE must.
    sequence: Math.floor(s.updatedAt.getTime() / 1000) - Math.floor(s.createdAt.getTime() / 1000),
    lastModified: s.updatedAt,
    created: s.createdAt,
    stamp: s.updatedAt,
    ...(s.recurrence === 'weekly' ? { repeating: { freq: ICalEventRepeatingFreq.WEEKLY } } : {}),
  });
}

/** A file a person opens once: PUBLISH, so calendar apps import it rather than treat it as an invitation. */
export function sessionsIcs(entries: readonly FeedEntry[], calendarName: string, t: Translator): string {
  const calendar = newCalendar(t, calendarName, ICalCalendarMethod.PUBLISH);
  for (const entry of entries) addSessionEvent(calendar, entry, t);
  return calendar.toString();
}

/** "Sunrise-10k.ics": the title's letters and digits, any script; `session.ics` when none are left. */
export const icsFileName = (title: string): string =>
  `${trimChars(title.replace(/[^\p{L}\p{N}_-]+/gu, '-'), '-').slice(0, 40) || 'session'}.ics`;
