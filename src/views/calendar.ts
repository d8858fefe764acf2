/**
 * The words inside a calendar file (.ics), in the language of the person who asked for it: the
 * DESCRIPTION ("Running · all levels · hosted by Ana", then the host's notes) and the name of a
 * calendar of all their sessions.
 */
import type { CalendarWords } from '../core/calendar.js';
import type { LevelRange, WorkoutSession } from '../domain/session.js';
import type { Translator } from '../i18n/translator.js';
import { activityName, levelName } from './words.js';

/** "all levels", "beginner", "beginner–intermediate" in the reader's language. */
export function levelsWords(t: Translator, r: LevelRange): string {
  if (r.min === 'beginner' && r.max === 'advanced') return t.t('ics-all-levels');
  return r.min === r.max ? levelName(t, r.min) : t.t('ics-level-range', { min: levelName(t, r.min), max: levelName(t, r.max) });
}

export const calendarDescription = (t: Translator, s: WorkoutSession, hostName: string): string =>
  [t.t('ics-description', { activity: activityName(t, s.activity), levels: levelsWords(t, s.levels), host: hostName }), s.notes].filter(Boolean).join('\n\n');

export const calendarWords = (t: Translator): CalendarWords => ({
  calendarName: t.t('ics-calendar-name'),
  description: (s, hostName) => calendarDescription(t, s, hostName),
});
