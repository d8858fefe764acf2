/**
 * How /plan reads: proposed times as lines (time tags, each reader's zone) and as button labels,
 * which no platform renders time tags in, so they are written out here in the reader's zone.
 */
import { DateTime } from 'luxon';
import type { SessionCard } from '../domain/notifications/sessions.js';
import type { Slot } from '../domain/slots.js';
import type { Translator } from '../i18n/translator.js';
import { durationLabel } from './session.js';
import { activityName } from './words.js';

/** English keeps Spotter's international form (24-hour, day before month); others their own. */
const locale = (lang: string): string => (lang === 'en' || lang === 'en-XA' ? 'en-GB' : lang);

/** "Sat 28 Nov, 09:00–10:00" in the reader's zone and language: a button's label. */
export function slotLabel(slot: Slot, zone: string, lang: string): string {
  const start = DateTime.fromJSDate(slot.start, { zone }).setLocale(locale(lang));
  const end = start.plus({ minutes: slot.minutes });
  return `${start.toFormat('ccc d LLL, HH:mm')}–${end.toFormat('HH:mm')}`;
}

/** "• <time> · 1 hour" lines, times as tags (shown with the zone's name). */
export const slotLines = (t: Translator, slots: readonly Slot[]): string =>
  slots.map((s) => t.t('plan-slot-line', { at: s.start, length: durationLabel(t, s.minutes) })).join('\n');

/** "Running · <time> · 1 hour · Kreuzberg": a booked plan in one line. */
export const bookedLine = (t: Translator, s: Pick<SessionCard, 'activity' | 'startsAt' | 'durationMinutes' | 'place'>): string =>
  [activityName(t, s.activity), t.t('session-at', { at: s.startsAt }), durationLabel(t, s.durationMinutes), ...(s.place ? [s.place] : [])].join(' · ');
