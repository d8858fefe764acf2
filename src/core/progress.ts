/**
 * Progress as facts: a person's training calendar (sessions they came to, day by day, in their
 * own zone) and a community's last weeks (sessions held, people active, show-up rate, met rate). Pure
 * functions over session records; the views turn them into text and pictures.
 */
import { DateTime } from 'luxon';
import type { ActivityId } from '../domain/activities.js';
import type { PersonId } from '../domain/ids.js';
import type { AttendanceRecord } from '../domain/profile.js';
import type { SessionRecord } from '../store/port.js';
import type { NamedBuddyStreak } from './buddy-streaks.js';
import { cameTo, outcomes } from '../domain/session.js';
import type { JudgedPair } from './health.js';

/** A GitHub-style year: this week and the 52 before it, Monday first. */
export const CALENDAR_WEEKS = 53;
export const COMMUNITY_WEEKS = 12;
const TOP_ACTIVITIES = 3;

export interface DayCount {
  /** A local date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly sessions: number;
}

export interface ActivityCount {
  readonly activity: ActivityId;
  readonly sessions: number;
}

/** A person's record as /stats shows it: attendance, the training calendar and session counts. */
export interface SessionStats {
  readonly attendance: AttendanceRecord;
  readonly history: TrainingHistory;
  readonly hosted: number;
  readonly joined: number;
  readonly upcoming: number;
  /** Buddies I have trained with, best current streak first (src/core/buddy-streaks.ts); none when absent. */
  readonly buddyStreaks?: readonly NamedBuddyStreak[];
}

export interface TrainingHistory {
  /** The zone the days are counted in (the person's). */
  readonly zone: string;
  /** The calendar's first day (a Monday) and today, local dates. */
  readonly firstDay: string;
  readonly today: string;
  /** Days with at least one session attended, in date order. */
  readonly days: readonly DayCount[];
  /** Sessions attended from `firstDay` to now. */
  readonly sessions: number;
  /** Most attended activities in that time, most first (at most three). */
  readonly topActivities: readonly ActivityCount[];
  /** Accepted buddy connections now. */
  readonly buddies: number;
  /** Attended sessions that a buddy hosted or also came to. */
  readonly sessionsWithBuddies: number;
}

export interface CommunityWeek {
  /** The week's Monday, a local date. */
  readonly start: string;
  /** Completed sessions starting that week. */
  readonly sessions: number;
  /** Different people who hosted or held a seat in them. */
  readonly people: number;
  /** Check-in answers for them, and how many said "I was there". */
  readonly checkIns: number;
  readonly attended: number;
  /**
   * New pairs whose 14 days ended that week (src/core/health.ts, `judgedPairs`), and how many of
   * them came to a session together in those days: the 28-day met rate, week by week.
   */
  readonly pairs: number;
  readonly pairsMet: number;
}

export interface CommunityHistory {
  readonly zone: string;
  /** Oldest first; the last one is the current (unfinished) week. */
  readonly weeks: readonly CommunityWeek[];
}

/** The zone if Luxon knows it, else UTC (a profile's zone is validated, this is belt and braces). */
const usableZone = (zone: string): string => (DateTime.now().setZone(zone).isValid ? zone : 'UTC');

const mondayOf = (at: Date, zone: string): DateTime => DateTime.fromJSDate(at, { zone }).startOf('week');

/** The instant the calendar starts: Monday 00:00 local, 52 weeks before this week's Monday. */
export const calendarStart = (now: Date, zone: string): Date => mondayOf(now, usableZone(zone)).minus({ weeks: CALENDAR_WEEKS - 1 }).toJSDate();

/** The instant the community charts start: Monday 00:00 local, 11 weeks before this week's. */
export const weeksStart = (now: Date, zone: string): Date => mondayOf(now, usableZone(zone)).minus({ weeks: COMMUNITY_WEEKS - 1 }).toJSDate();

const localDate = (at: Date, zone: string): string => DateTime.fromJSDate(at, { zone }).toISODate() ?? '';

export function trainingHistory(
  records: readonly SessionRecord[],
  me: PersonId,
  buddyIds: ReadonlySet<PersonId>,
  now: Date,
  timeZone: string,
): TrainingHistory {
  const zone = usableZone(timeZone);
  const start = calendarStart(now, zone);
  const inWindow = records.filter((r) => r.startsAt >= start && r.startsAt <= now && cameTo(r, me));
  const perDay = new Map<string, number>();
  const perActivity = new Map<ActivityId, number>();
  let withBuddies = 0;
  for (const r of inWindow) {
    const day = localDate(r.startsAt, zone);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
    perActivity.set(r.activity, (perActivity.get(r.activity) ?? 0) + 1);
    const buddyThere = buddyIds.has(r.hostId) || [...buddyIds].some((b) => b !== me && cameTo(r, b));
    if (buddyThere) withBuddies++;
  }
  return {
    zone,
    firstDay: localDate(start, zone),
    today: localDate(now, zone),
    days: [...perDay].map(([date, sessions]) => ({ date, sessions })).sort((a, b) => a.date.localeCompare(b.date)),
    sessions: inWindow.length,
    topActivities: [...perActivity]
      .map(([activity, sessions]) => ({ activity, sessions }))
      .sort((a, b) => b.sessions - a.sessions || a.activity.localeCompare(b.activity))
      .slice(0, TOP_ACTIVITIES),
    buddies: buddyIds.size,
    sessionsWithBuddies: withBuddies,
  };
}

/** `judged`: the new pairs judged by now (`judgedPairs`), counted in the week their 14 days ended. */
export function communityHistory(records: readonly SessionRecord[], now: Date, timeZone: string, judged: readonly JudgedPair[] = []): CommunityHistory {
  const zone = usableZone(timeZone);
  const first = mondayOf(now, zone).minus({ weeks: COMMUNITY_WEEKS - 1 });
  const weeks = Array.from({ length: COMMUNITY_WEEKS }, (_, i) => ({
    start: first.plus({ weeks: i }).toISODate() ?? '',
    sessions: 0,
    people: new Set<PersonId>(),
    checkIns: 0,
    attended: 0,
    pairs: 0,
    pairsMet: 0,
  }));
  const byStart = new Map(weeks.map((w) => [w.start, w]));
  for (const r of records) {
    const week = byStart.get(mondayOf(r.startsAt, zone).toISODate() ?? '');
    if (!week || r.startsAt > now) continue;
    week.sessions++;
    week.people.add(r.hostId);
    for (const p of r.participants) week.people.add(p);
    // One answer per seated person (the host's word over their own), so a confirmed check-in counts
    // once; a host's word about themselves is their own record, not a seat kept or missed.
    const said = new Map([...outcomes(r)].filter(([p]) => r.participants.includes(p)));
    week.checkIns += said.size;
    week.attended += [...said.values()].filter(Boolean).length;
  }
  for (const p of judged) {
    const week = byStart.get(mondayOf(p.judgedAt, zone).toISODate() ?? '');
    if (!week || p.judgedAt > now) continue;
    week.pairs++;
    if (p.met) week.pairsMet++;
  }
  return { zone, weeks: weeks.map((w) => ({ ...w, people: w.people.size })) };
}

/** Attended share of answered check-ins, or null when nobody answered. */
export const showUpRate = (w: Pick<CommunityWeek, 'checkIns' | 'attended'>): number | null => (w.checkIns ? w.attended / w.checkIns : null);

/** Share of the week's judged new pairs who met, or null when no pair was judged that week. */
export const metRate = (w: Pick<CommunityWeek, 'pairs' | 'pairsMet'>): number | null => (w.pairs ? w.pairsMet / w.pairs : null);
