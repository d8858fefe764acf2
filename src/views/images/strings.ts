/**
 * Every word the progress pictures show, and the words that say the same for people who can't
 * see them (alt text), in one place so a translation is one more entry here. Only English exists
 * today. Dates and month names come from Luxon in `locale`.
 */
import { DateTime } from 'luxon';

export type PictureLanguage = 'en';

export interface PictureStrings {
  /** A Luxon/Intl locale for month names. */
  readonly locale: string;
  readonly calendarTitle: (name: string) => string;
  /** "1 Dec 2025 – 29 Nov 2026 · Europe/Berlin" */
  readonly dateRange: (first: string, last: string, zone: string) => string;
  /** Row labels of the calendar, Monday first; empty strings leave a row unlabelled. */
  readonly weekdays: readonly string[];
  readonly sessionsOnDays: (sessions: number, days: number) => string;
  readonly noSessionsYet: string;
  readonly less: string;
  readonly more: string;
  readonly currentStreak: string;
  readonly bestStreak: string;
  readonly showUpRate: string;
  /** The show-up panel's title: its bars are labelled in percent without the sign. */
  readonly showUpPercent: string;
  readonly showUpOf: (attended: number, total: number) => string;
  readonly noCheckIns: string;
  readonly buddies: (n: number) => string;
  readonly sessionsTogether: (n: number) => string;
  readonly topActivities: string;
  readonly activityCount: (label: string, n: number) => string;
  readonly noneYet: string;
  readonly communityTitle: (name: string, weeks: number) => string;
  readonly weeksFrom: (first: string, zone: string) => string;
  readonly sessionsHeld: string;
  readonly peopleActive: string;
  readonly inWeeks: (n: number) => string;
  /** People differ from week to week, so there is no total: the busiest week says more. */
  readonly mostInAWeek: (n: number) => string;
  readonly overall: (rate: string) => string;
  readonly thisWeek: string;
  readonly noAnswers: string;
  readonly percent: (share: number) => string;
  readonly month: (isoDate: string) => string;
  readonly dayMonth: (isoDate: string) => string;
  // ---- alt text ----
  readonly calendarAlt: (a: { name: string; range: string; total: string; byMonth: string; streak: number; best: number; showUp: string; buddies: string; top: string }) => string;
  readonly communityAlt: (a: { title: string; range: string; held: string; people: string; showUp: string }) => string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const fmt = (iso: string, pattern: string, locale: string) => DateTime.fromISO(iso, { zone: 'UTC' }).setLocale(locale).toFormat(pattern);

const EN: PictureStrings = {
  locale: 'en',
  calendarTitle: (name) => `${name}'s training calendar`,
  dateRange: (first, last, zone) => `${fmt(first, 'd LLL yyyy', 'en')} – ${fmt(last, 'd LLL yyyy', 'en')} · ${zone}`,
  weekdays: ['Mon', '', 'Wed', '', 'Fri', '', ''],
  sessionsOnDays: (sessions, days) => `${plural(sessions, 'session', 'sessions')} on ${plural(days, 'day', 'days')}`,
  noSessionsYet: 'No sessions yet: join one with /sessions and check in afterwards',
  less: 'Less',
  more: 'More',
  currentStreak: 'current streak',
  bestStreak: 'best streak',
  showUpRate: 'show-up rate',
  showUpPercent: 'Show-up rate, %',
  showUpOf: (attended, total) => `${attended} of ${total}`,
  noCheckIns: 'no check-ins yet',
  buddies: (n) => (n === 1 ? 'buddy' : 'buddies'),
  sessionsTogether: (n) => `${plural(n, 'session', 'sessions')} together`,
  topActivities: 'Top activities',
  activityCount: (label, n) => `${label} ${n}`,
  noneYet: 'none yet',
  communityTitle: (name, weeks) => `${name}: the last ${weeks} weeks`,
  weeksFrom: (first, zone) => `weeks from Monday ${fmt(first, 'd LLL yyyy', 'en')} · ${zone}`,
  sessionsHeld: 'Sessions held',
  peopleActive: 'People active',
  inWeeks: (n) => `${n} in total`,
  mostInAWeek: (n) => `max ${n}`,
  overall: (rate) => `${rate} overall`,
  thisWeek: 'this week',
  noAnswers: '–',
  percent: (share) => `${Math.round(share * 100)}%`,
  month: (iso) => fmt(iso, 'LLL', 'en'),
  dayMonth: (iso) => fmt(iso, 'd LLL', 'en'),
  calendarAlt: (a) =>
    `Training calendar of ${a.name}, ${a.range}: ${a.total}. By month: ${a.byMonth}. Current streak ${a.streak}, best ${a.best}. Show-up rate ${a.showUp}. ${a.buddies}. Top activities: ${a.top}.`,
  communityAlt: (a) => `${a.title}, ${a.range}, oldest week first. Sessions held: ${a.held}. People active: ${a.people}. Show-up rate: ${a.showUp}.`,
};

const LANGUAGES = new Map<PictureLanguage, PictureStrings>([['en', EN]]);

export const pictureStrings = (language: PictureLanguage = 'en'): PictureStrings => LANGUAGES.get(language) ?? EN;
