/**
 * Every word the progress pictures show, and the words that say the same for people who can't
 * see them (alt text), from the catalogue (`locales/<lang>/stats.ftl`) in the reader's language.
 * Dates and month names come from Luxon in that language. Counts go to the catalogue as numbers
 * so each language picks its plural forms.
 */
import { DateTime } from 'luxon';
import { PSEUDO } from '../../i18n/languages.js';
import { type Translator, translator } from '../../i18n/translator.js';

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
  /** The show-up tile's label: "show-up rate (3 of 4)", or that nobody has checked in. */
  readonly showUpTile: (attended: number, total: number) => string;
  readonly showUpTileNone: string;
  /** "75% (3 of 4)" */
  readonly showUpValue: (share: number, attended: number, total: number) => string;
  /** The show-up panel's title: its bars are labelled in percent without the sign. */
  readonly showUpPercent: string;
  /** The met-rate panel's title, labelled the same way. */
  readonly metPercent: string;
  readonly noCheckIns: string;
  /** "2 buddies, 5 sessions together" */
  readonly buddiesLine: (buddies: number, together: number) => string;
  /** The buddies tile's label under the big number: "buddies, 5 sessions together". */
  readonly buddiesTile: (buddies: number, together: number) => string;
  readonly topActivities: string;
  readonly topLine: (top: string) => string;
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
  /** The alt text's met-rate sentence: what the rate means, then each week's. */
  readonly communityAltMet: (a: { days: number; met: string }) => string;
}

const fmt = (iso: string, pattern: string, locale: string) => DateTime.fromISO(iso, { zone: 'UTC' }).setLocale(locale).toFormat(pattern);

/** The picture words in the language `t` speaks (English by default, as the golden images are). */
export function pictureStrings(t: Translator = translator('en')): PictureStrings {
  const locale = t.lang === PSEUDO ? 'en' : t.lang;
  const day = (iso: string) => fmt(iso, 'd LLL yyyy', locale);
  const percent = (share: number) => t.t('stats-percent', { percent: Math.round(share * 100) });
  return {
    locale,
    calendarTitle: (name) => t.t('stats-calendar-title', { name }),
    dateRange: (first, last, zone) => t.t('stats-date-range', { first: day(first), last: day(last), zone }),
    weekdays: ['stats-row-monday', '', 'stats-row-wednesday', '', 'stats-row-friday', '', ''].map((key) => (key ? t.t(key) : '')),
    sessionsOnDays: (sessions, days) => t.t('stats-sessions-on-days', { sessions, days }),
    noSessionsYet: t.t('stats-no-sessions-yet'),
    less: t.t('stats-less'),
    more: t.t('stats-more'),
    currentStreak: t.t('stats-current-streak'),
    bestStreak: t.t('stats-best-streak'),
    showUpTile: (attended, total) => t.t('stats-tile-show-up', { attended, total }),
    showUpTileNone: t.t('stats-tile-show-up-none'),
    showUpValue: (share, attended, total) => t.t('stats-show-up-value', { percent: Math.round(share * 100), attended, total }),
    showUpPercent: t.t('stats-show-up-percent'),
    metPercent: t.t('stats-met-percent'),
    noCheckIns: t.t('stats-no-check-ins'),
    buddiesLine: (buddies, together) => t.t('stats-buddies-line', { buddies, together }),
    buddiesTile: (buddies, together) => t.t('stats-tile-buddies', { buddies, together }),
    topActivities: t.t('stats-top-activities'),
    topLine: (top) => t.t('stats-top-line', { top }),
    activityCount: (label, n) => t.t('stats-activity-count', { label, count: n }),
    noneYet: t.t('stats-none-yet'),
    communityTitle: (name, weeks) => t.t('stats-community-title', { name, weeks }),
    weeksFrom: (first, zone) => t.t('stats-weeks-from', { first: day(first), zone }),
    sessionsHeld: t.t('stats-sessions-held'),
    peopleActive: t.t('stats-people-active'),
    inWeeks: (n) => t.t('stats-in-total', { count: n }),
    mostInAWeek: (n) => t.t('stats-max-in-week', { count: n }),
    overall: (rate) => t.t('stats-overall', { rate }),
    thisWeek: t.t('stats-this-week'),
    noAnswers: t.t('stats-no-answers'),
    percent,
    month: (iso) => fmt(iso, 'LLL', locale),
    dayMonth: (iso) => fmt(iso, 'd LLL', locale),
    calendarAlt: (a) => t.t('stats-calendar-alt', a),
    communityAlt: (a) => t.t('stats-community-alt', a),
    communityAltMet: (a) => t.t('stats-community-alt-met', a),
  };
}
