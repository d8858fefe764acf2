/**
 * /stats and /community-stats in words. The pictures (src/views/images) draw exactly these
 * facts; the same phrases make their alt text, so text, picture and alt text never disagree.
 */
import { DateTime } from 'luxon';
import type { CommunityStats } from '../core/moderation.js';
import { type CommunityHistory, metRate, type SessionStats, showUpRate, type TrainingHistory } from '../core/progress.js';
import { HEALTH_WINDOW_DAYS, type HealthFigures, MET_WITHIN_DAYS } from '../core/health.js';
import { type Translator, translator } from '../i18n/translator.js';
import type { Field, Reply } from '../interaction/reply.js';
import { type PictureStrings, pictureStrings } from './images/strings.js';
import { activityName } from './words.js';

/** The core's facts; imported from here by code written before they moved into the core. */
export type { SessionStats } from '../core/progress.js';

/** The words for a person's calendar and tiles, shared by the reply, the picture and its alt text. */
export interface TrainingWords {
  readonly range: string;
  readonly total: string;
  readonly byMonth: readonly { readonly label: string; readonly sessions: number }[];
  readonly showUp: string;
  readonly buddies: string;
  readonly top: string;
  /** "Ben: 3 weeks in a row (best 5), …"; null before any buddy streak. */
  readonly streaks: string | null;
}

export function trainingWords(st: SessionStats, t: PictureStrings = pictureStrings(), tr: Translator = translator('en')): TrainingWords {
  const h = st.history;
  const a = st.attendance;
  const answered = a.attended + a.missed;
  return {
    range: t.dateRange(h.firstDay, h.today, h.zone),
    total: h.sessions ? t.sessionsOnDays(h.sessions, h.days.length) : t.noSessionsYet,
    byMonth: monthsOf(h, t),
    showUp: answered ? t.showUpValue(a.attended / answered, a.attended, answered) : t.noCheckIns,
    buddies: t.buddiesLine(h.buddies, h.sessionsWithBuddies),
    top: h.topActivities.length ? h.topActivities.map((x) => t.activityCount(activityName(tr, x.activity), x.sessions)).join(', ') : t.noneYet,
    streaks: st.buddyStreaks?.length ? st.buddyStreaks.map((b) => tr.t('meeting-streak-named', { name: b.name, current: b.current, best: b.best })).join(' · ') : null,
  };
}

/** Sessions per calendar month from the first day to today (the first month may be partial). */
function monthsOf(h: TrainingHistory, t: PictureStrings): { label: string; sessions: number }[] {
  const perMonth = new Map<string, number>();
  for (const d of h.days) perMonth.set(d.date.slice(0, 7), (perMonth.get(d.date.slice(0, 7)) ?? 0) + d.sessions);
  const out: { label: string; sessions: number }[] = [];
  const last = DateTime.fromISO(h.today, { zone: 'UTC' }).startOf('month');
  for (let m = DateTime.fromISO(h.firstDay, { zone: 'UTC' }).startOf('month'); m <= last; m = m.plus({ months: 1 })) {
    const key = m.toFormat('yyyy-MM');
    out.push({ label: t.month(`${key}-01`), sessions: perMonth.get(key) ?? 0 });
  }
  return out;
}

const byMonthText = (w: TrainingWords) => w.byMonth.map((m) => `${m.label} ${m.sessions}`).join(' · ');

export function trainingAlt(name: string, st: SessionStats, t: PictureStrings = pictureStrings(), tr: Translator = translator('en')): string {
  const w = trainingWords(st, t, tr);
  const alt = t.calendarAlt({ name, range: w.range, total: w.total, byMonth: byMonthText(w), streak: st.attendance.streak, best: st.attendance.bestStreak, showUp: w.showUp, buddies: w.buddies, top: w.top });
  return w.streaks ? `${alt} ${tr.t('meeting-streaks-title')}: ${w.streaks}.` : alt;
}

export function statsReply(name: string, st: SessionStats, tr: Translator = translator('en')): Reply {
  const a = st.attendance;
  const total = a.attended + a.missed;
  const w = trainingWords(st, pictureStrings(tr), tr);
  return {
    visibility: 'private',
    title: tr.t('stats-record-title', { name }),
    text: a.streak >= 3 ? tr.t('stats-streak-going', { streak: a.streak }) : total ? tr.t('stats-every-session-counts') : tr.t('stats-start-streak'),
    fields: [
      { name: tr.t('stats-field-streak'), value: tr.t('stats-streak-value', { streak: a.streak, best: a.bestStreak }), inline: true },
      { name: tr.t('stats-field-show-up'), value: w.showUp, inline: true },
      { name: tr.t('stats-field-buddies'), value: w.buddies, inline: true },
      { name: tr.t('stats-field-hosted'), value: String(st.hosted), inline: true },
      { name: tr.t('stats-field-joined'), value: String(st.joined), inline: true },
      { name: tr.t('stats-field-coming-up'), value: String(st.upcoming), inline: true },
      { name: tr.t('stats-top-activities'), value: w.top },
      { name: tr.t('stats-field-attended', { range: w.range }), value: `${w.total}\n${byMonthText(w)}` },
      ...(st.buddyStreaks?.length
        ? [{ name: tr.t('meeting-streaks-title'), value: st.buddyStreaks.map((b) => tr.t('meeting-streak-line', { name: b.name, current: b.current, best: b.best })).join('\n') }]
        : []),
    ],
  };
}

// ---- community ---------------------------------------------------------------------------

export interface CommunityWords {
  readonly title: string;
  readonly range: string;
  readonly held: string;
  readonly people: string;
  readonly showUp: string;
  /** Each week's met rate (new pairs judged that week), and over all the weeks' judged pairs. */
  readonly met: string;
  readonly heldTotal: string;
  readonly peopleTotal: string;
  readonly showUpOverall: string;
  readonly metOverall: string;
}

export function communityWords(name: string, h: CommunityHistory, t: PictureStrings = pictureStrings()): CommunityWords {
  const said = (r: number | null) => (r === null ? t.noAnswers : t.percent(r));
  const rate = (w: { checkIns: number; attended: number }) => said(showUpRate(w));
  const met = (w: { pairs: number; pairsMet: number }) => said(metRate(w));
  const totals = h.weeks.reduce(
    (s, w) => ({ checkIns: s.checkIns + w.checkIns, attended: s.attended + w.attended, pairs: s.pairs + w.pairs, pairsMet: s.pairsMet + w.pairsMet }),
    { checkIns: 0, attended: 0, pairs: 0, pairsMet: 0 },
  );
  return {
    title: t.communityTitle(name, h.weeks.length),
    range: t.weeksFrom(h.weeks[0]?.start ?? '', h.zone),
    held: h.weeks.map((w) => w.sessions).join(', '),
    people: h.weeks.map((w) => w.people).join(', '),
    showUp: h.weeks.map(rate).join(', '),
    met: h.weeks.map(met).join(', '),
    heldTotal: t.inWeeks(h.weeks.reduce((s, w) => s + w.sessions, 0)),
    peopleTotal: t.mostInAWeek(Math.max(0, ...h.weeks.map((w) => w.people))),
    showUpOverall: t.overall(rate(totals)),
    metOverall: t.overall(met(totals)),
  };
}

export const communityAlt = (name: string, h: CommunityHistory, t: PictureStrings = pictureStrings()): string => {
  const w = communityWords(name, h, t);
  const alt = t.communityAlt({ title: w.title, range: w.range, held: `${w.held} (${w.heldTotal})`, people: `${w.people} (${w.peopleTotal})`, showUp: `${w.showUp} (${w.showUpOverall})` });
  return `${alt} ${t.communityAltMet({ days: MET_WITHIN_DAYS, met: `${w.met} (${w.metOverall})` })}`;
};

export function communityStatsReply(communityName: string, s: CommunityStats, tr: Translator = translator('en')): Reply {
  const j = s.joinRequests;
  const t = pictureStrings(tr);
  const w = communityWords(communityName, s.history, t);
  const fields: Field[] = [
    { name: tr.t('stats-field-people'), value: String(s.people), inline: true },
    { name: tr.t('stats-field-created-this-week'), value: String(s.sessionsThisWeek), inline: true },
    {
      name: tr.t('stats-field-join-requests', { days: s.windowDays }),
      value: tr.t('stats-join-requests-value', { accepted: j.accepted, declined: j.declined, expired: j.expired, pending: j.pending, withdrawn: j.withdrawn }),
    },
    { name: tr.t('stats-field-acceptance'), value: s.acceptanceRate === null ? tr.t('stats-acceptance-none') : t.percent(s.acceptanceRate), inline: true },
    { name: tr.t('stats-field-open-reports'), value: String(s.openReports), inline: true },
    { name: tr.t('stats-field-bans'), value: String(s.bans), inline: true },
    { name: tr.t('stats-field-places'), value: String(s.places), inline: true },
    healthField(s.health, tr, t),
    {
      name: tr.t('stats-field-weeks', { weeks: s.history.weeks.length, range: w.range }),
      value: [
        tr.t('stats-weeks-held', { held: w.held, total: w.heldTotal }),
        tr.t('stats-weeks-people', { people: w.people, total: w.peopleTotal }),
        tr.t('stats-weeks-show-up', { showUp: w.showUp, overall: w.showUpOverall }),
        tr.t('stats-weeks-met', { days: MET_WITHIN_DAYS, met: w.met, overall: w.metOverall }),
      ].join('\n'),
    },
  ];
  return { visibility: 'private', title: tr.t('stats-community-title-reply', { name: communityName }), text: '', fields };
}

/** Whether people show up and meet, in words: every rate with the counts it comes from. */
function healthField(h: HealthFigures, tr: Translator, t: PictureStrings): Field {
  return {
    name: tr.t('stats-field-health', { days: HEALTH_WINDOW_DAYS }),
    value: [
      h.showUpRate === null ? tr.t('stats-health-none') : tr.t('stats-health-show-up', { rate: t.percent(h.showUpRate), seats: h.committed }),
      h.noShowRate === null ? '' : tr.t('stats-health-no-shows', { rate: t.percent(h.noShowRate), count: h.noShows }),
      tr.t('stats-health-pairs', { pairs: h.activePairs }),
      h.metRate === null ? tr.t('stats-health-met-none') : tr.t('stats-health-met', { days: MET_WITHIN_DAYS, rate: t.percent(h.metRate), met: h.pairsMet, pairs: h.pairs }),
      h.participation === null
        ? tr.t('stats-health-participation-none')
        : tr.t('stats-health-participation', { rate: t.percent(h.participation), paired: h.roundPaired, members: h.roundMembers }),
    ]
      .filter(Boolean)
      .join('\n'),
  };
}
