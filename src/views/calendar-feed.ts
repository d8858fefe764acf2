import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { FeedContents, FeedEntry } from '../core/calendar-feed.js';
import type { Core } from '../core/core.js';
import type { LocalePolicy } from '../i18n/locale-policy.js';
import { type Translator, translator } from '../i18n/translator.js';
import { activityName, levelName } from './words.js';

/**
 * A person's sessions as an iCalendar feed, in their language. Times carry the session's own zone
 * (TZID, with its VTIMEZONE), so a weekly session stays at 18:00 local across a DST change; every
 * change to a session raises SEQUENCE and LAST-MODIFIED, so subscribed calendars update it.
 * Nothing here locates anyone: the place's label only, never coordinates, and no platform ids.
 */
export function feedIcs(contents: FeedContents, t: Translator): string {
  const calendar = ical({
    name: t.t('feed-name', { name: contents.person.displayName }),
    prodId: { company: 'Spotter', product: 'sessions', language: t.lang.toUpperCase().slice(0, 2) },
    method: ICalCalendarMethod.PUBLISH,
    // Calendars ask again this often; Google decides for itself, Apple and Outlook listen.
    ttl: 60 * 60,
  });
  // No calendar-wide zone (DTSTAMP, CREATED and LAST-MODIFIED stay UTC, as RFC 5545 wants); each
  // event carries its session's zone, and the generator writes a VTIMEZONE for every zone used.
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  for (const entry of contents.entries) addEvent(calendar, entry, t);
  return calendar.toString();
}

function addEvent(calendar: ReturnType<typeof ical>, { session: s, role, hostName }: FeedEntry, t: Translator): void {
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
    location: s.place.label,
    status: s.status === 'cancelled' ? ICalEventStatus.CANCELLED : role === 'requested' || role === 'waitlisted' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    // Seconds since the epoch of the last change: grows with every edit, as SEQUENCE must.
    sequence: Math.floor(s.updatedAt.getTime() / 1000) - Math.floor(s.createdAt.getTime() / 1000),
    lastModified: s.updatedAt,
    created: s.createdAt,
    stamp: s.updatedAt,
    ...(s.recurrence === 'weekly' ? { repeating: { freq: ICalEventRepeatingFreq.WEEKLY } } : {}),
  });
}

/** Token → the feed's text in its owner's language, or null (unknown, reset, turned off). */
export const feedReader =
  (core: Pick<Core, 'feeds'>, locales: LocalePolicy) =>
  async (token: string): Promise<string | null> => {
    const contents = await core.feeds.read(token);
    return contents ? feedIcs(contents, translator(locales.recipient(contents.person))) : null;
  };
