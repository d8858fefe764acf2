/**
 * /stats and /community-stats in words. The pictures (src/views/images) draw exactly these
 * facts; the same phrases make their alt text, so text, picture and alt text never disagree.
 */
import { DateTime } from 'luxon';
import type { CommunityStats } from '../core/moderation.js';
import { type CommunityHistory, showUpRate, type TrainingHistory } from '../core/progress.js';
import { activityLabel } from '../domain/activities.js';
import type { AttendanceRecord } from '../domain/profile.js';
import type { Field, Reply } from '../interaction/reply.js';
import { type PictureStrings, pictureStrings } from './images/strings.js';

export interface SessionStats {
  readonly attendance: AttendanceRecord;
  readonly history: TrainingHistory;
  readonly hosted: number;
  readonly joined: number;
  readonly upcoming: number;
}

/** The words for a person's calendar and tiles, shared by the reply, the picture and its alt text. */
export interface TrainingWords {
  readonly range: string;
  readonly total: string;
  readonly byMonth: readonly { readonly label: string; readonly sessions: number }[];
  readonly showUp: string;
  readonly buddies: string;
  readonly top: string;
}

export function trainingWords(st: SessionStats, t: PictureStrings = pictureStrings()): TrainingWords {
  const h = st.history;
  const a = st.attendance;
  const answered = a.attended + a.missed;
  return {
    range: t.dateRange(h.firstDay, h.today, h.zone),
    total: h.sessions ? t.sessionsOnDays(h.sessions, h.days.length) : t.noSessionsYet,
    byMonth: monthsOf(h, t),
    showUp: answered ? `${t.percent(a.attended / answered)} (${t.showUpOf(a.attended, answered)})` : t.noCheckIns,
    buddies: `${h.buddies} ${t.buddies(h.buddies)}, ${t.sessionsTogether(h.sessionsWithBuddies)}`,
    top: h.topActivities.length ? h.topActivities.map((x) => t.activityCount(activityLabel(x.activity), x.sessions)).join(', ') : t.noneYet,
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

export function trainingAlt(name: string, st: SessionStats, t: PictureStrings = pictureStrings()): string {
  const w = trainingWords(st, t);
  return t.calendarAlt({ name, range: w.range, total: w.total, byMonth: byMonthText(w), streak: st.attendance.streak, best: st.attendance.bestStreak, showUp: w.showUp, buddies: w.buddies, top: w.top });
}

export function statsReply(name: string, st: SessionStats): Reply {
  const a = st.attendance;
  const total = a.attended + a.missed;
  const w = trainingWords(st);
  return {
    visibility: 'private',
    title: `${name}'s training record`,
    text: a.streak >= 3 ? `${a.streak} sessions in a row: keep it going!` : total ? 'Every session you show up for counts.' : 'Join a session with /sessions and check in afterwards to start a streak.',
    fields: [
      { name: 'Streak', value: `${a.streak} (best ${a.bestStreak})`, inline: true },
      { name: 'Show-up rate', value: w.showUp, inline: true },
      { name: 'Buddies', value: w.buddies, inline: true },
      { name: 'Hosted', value: String(st.hosted), inline: true },
      { name: 'Joined', value: String(st.joined), inline: true },
      { name: 'Coming up', value: String(st.upcoming), inline: true },
      { name: 'Top activities', value: w.top },
      { name: `Sessions attended, ${w.range}`, value: `${w.total}\n${byMonthText(w)}` },
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
  readonly heldTotal: string;
  readonly peopleTotal: string;
  readonly showUpOverall: string;
}

export function communityWords(name: string, h: CommunityHistory, t: PictureStrings = pictureStrings()): CommunityWords {
  const rate = (w: { checkIns: number; attended: number }) => {
    const r = showUpRate(w);
    return r === null ? t.noAnswers : t.percent(r);
  };
  const totals = h.weeks.reduce((s, w) => ({ checkIns: s.checkIns + w.checkIns, attended: s.attended + w.attended }), { checkIns: 0, attended: 0 });
  return {
    title: t.communityTitle(name, h.weeks.length),
    range: t.weeksFrom(h.weeks[0]?.start ?? '', h.zone),
    held: h.weeks.map((w) => w.sessions).join(', '),
    people: h.weeks.map((w) => w.people).join(', '),
    showUp: h.weeks.map(rate).join(', '),
    heldTotal: t.inWeeks(h.weeks.reduce((s, w) => s + w.sessions, 0)),
    peopleTotal: t.mostInAWeek(Math.max(0, ...h.weeks.map((w) => w.people))),
    showUpOverall: t.overall(rate(totals)),
  };
}

export const communityAlt = (name: string, h: CommunityHistory, t: PictureStrings = pictureStrings()): string => {
  const w = communityWords(name, h, t);
  return t.communityAlt({ title: w.title, range: w.range, held: `${w.held} (${w.heldTotal})`, people: `${w.people} (${w.peopleTotal})`, showUp: `${w.showUp} (${w.showUpOverall})` });
};

const percent = (x: number | null) => (x === null ? 'n/a (none decided yet)' : `${Math.round(x * 100)}%`);

export function communityStatsReply(communityName: string, s: CommunityStats): Reply {
  const j = s.joinRequests;
  const w = communityWords(communityName, s.history);
  const fields: Field[] = [
    { name: 'People', value: String(s.people), inline: true },
    { name: 'Sessions created this week', value: String(s.sessionsThisWeek), inline: true },
    {
      name: `Join requests, last ${s.windowDays} days`,
      value: `${j.accepted} accepted · ${j.declined} declined · ${j.expired} expired · ${j.pending} pending · ${j.withdrawn} withdrawn`,
    },
    { name: 'Join acceptance rate', value: percent(s.acceptanceRate), inline: true },
    { name: 'Open reports', value: String(s.openReports), inline: true },
    { name: 'Bans', value: String(s.bans), inline: true },
    { name: 'Meeting places', value: String(s.places), inline: true },
    {
      name: `Last ${s.history.weeks.length} weeks, oldest first (${w.range})`,
      value: [`Sessions held: ${w.held} (${w.heldTotal})`, `People active: ${w.people} (${w.peopleTotal})`, `Show-up rate: ${w.showUp} (${w.showUpOverall})`].join('\n'),
    },
  ];
  return { visibility: 'private', title: `Stats: ${communityName}`, text: '', fields };
}
