import { ICalCalendarMethod } from 'ical-generator';
import type { FeedContents } from '../core/calendar-feed.js';
import type { Core } from '../core/core.js';
import type { LocalePolicy } from '../i18n/locale-policy.js';
import { type Translator, translator } from '../i18n/translator.js';
import { addSessionEvent, newCalendar } from './calendar.js';

/**
 * A person's sessions as an iCalendar feed, in their language. Times carry the session's own zone
 * (TZID, with its VTIMEZONE), so a weekly session stays at 18:00 local across a DST change; every
 * change to a session raises SEQUENCE and LAST-MODIFIED, so subscribed calendars update it.
 * Nothing here locates anyone: the place's label only, never coordinates, and no platform ids.
 */
export function feedIcs(contents: FeedContents, t: Translator): string {
  const calendar = newCalendar(t, t.t('feed-name', { name: contents.person.displayName }), ICalCalendarMethod.PUBLISH);
  // Calendars ask again this often; Google decides for itself, Apple and Outlook listen.
  calendar.ttl(60 * 60);
  for (const entry of contents.entries) addSessionEvent(calendar, entry, t);
  return calendar.toString();
}

/** Token → the feed's text in its owner's language, or null (unknown, reset, turned off). */
export const feedReader =
  (core: Pick<Core, 'feeds'>, locales: LocalePolicy) =>
  async (token: string): Promise<string | null> => {
    const contents = await core.feeds.read(token);
    return contents ? feedIcs(contents, translator(locales.recipient(contents.person))) : null;
  };
