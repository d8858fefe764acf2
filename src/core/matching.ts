import { type ActivityId, levelRank } from '../domain/activities.js';
import type { DayPart, MatchReason } from '../domain/notifications/matching.js';

export type { MatchReason } from '../domain/notifications/matching.js';
import { bannedIds, type Community, isBanned } from '../domain/community.js';
import { bannedFrom } from './moderation-rules.js';
import type { PersonId } from '../domain/ids.js';
import { activeSince, isMatchable, pausedAt, type Profile, reliability } from '../domain/profile.js';
import { otherParty } from '../domain/social.js';
import { shownDistanceKm } from '../domain/geo.js';
import { phrase } from '../domain/phrase.js';
import { err, ok, type Result, userError } from '../result.js';
import { limitedError } from './limits.js';
import type { CoreDeps } from './deps.js';
import { WeekAgainst, weeklyOverlap } from './parse/overlap.js';
import { weeklySlotIndices } from '../domain/availability.js';
import type { WorkoutSession } from '../domain/session.js';
import {
  activityFit,
  distanceFit,
  FULL_OVERLAP_SLOTS,
  levelFit,
  MATCH_WEIGHTS,
  type PoolRanking,
  type ScoreParts,
  timeFit,
  weightedScore,
} from '../domain/match-score.js';

/** How many of the best eligible people (by approximate score) the store hands over for exact ranking. */
export const CANDIDATE_POOL = 20;
/** Someone who declined a connection is not suggested again for this long. */
export const DECLINE_COOLDOWN_DAYS = 90;

export interface Match {
  readonly person: Profile;
  readonly score: number;
  readonly distanceKm: number;
  readonly sharedActivities: readonly ActivityId[];
  /** Why they fit, as facts the views put in words ("both run · 3 evenings overlap · ~2 km away"). */
  readonly reasons: readonly MatchReason[];
}

// The overlap parser names the dominant part of the day in its label ("3 evenings overlap");
// read back as a fact until it hands the part over itself.
const PART_LABEL = /^(\d{1,2}) (night|morning|afternoon|evening)s? overlaps?$/;
const overlapPart = (label: string): { name: DayPart; count: number } | null => {
  const m = PART_LABEL.exec(label);
  return m ? { name: m[2] as DayPart, count: Number(m[1]) } : null;
};

export interface MatchPage {
  readonly matches: readonly Match[];
  readonly page: number;
  readonly pages: number;
  readonly total: number;
  /** How many people qualified in all; more than `total` when the pool was cut. */
  readonly qualified: number;
  /** Every ranked person's id, in order, so "7" can name someone on any page. */
  readonly allIds: readonly PersonId[];
}

/** How the store should rank candidates for `me` asking: `me`'s activities, level, week and radius. */
export function askerRanking(me: Profile): PoolRanking {
  return {
    weights: MATCH_WEIGHTS,
    activities: me.activities,
    levelRank: me.level ? levelRank(me.level) : 0,
    slots: weeklySlotIndices(me.availability),
    fullSlots: FULL_OVERLAP_SLOTS,
    perspective: { kind: 'asker', radiusKm: me.radiusKm },
  };
}

/**
 * How the store should rank the people who might hear of `subject` (a new or changed profile):
 * each by the score they would give `subject` (their radius, `subject`'s reliability), so the
 * pool holds those for whom `subject` fits best, not merely the nearest.
 */
export function audienceRanking(subject: Profile): PoolRanking {
  return { ...askerRanking(subject), perspective: { kind: 'candidates', reliability: reliability(subject.attendance) } };
}

/**
 * How the store should rank the people who might hear of a session starting at local `start`
 * (weekday, minute of the day in the session's zone): by the parts of `sessionScore` that differ
 * between them — whether it falls in their week and how well within their radius it is. The
 * activity and level are filters there, and the host's reliability is the same for everyone.
 */
export function sessionAudienceRanking(s: Pick<WorkoutSession, 'activity' | 'levels'>, start: { weekday: number; minute: number }): PoolRanking {
  return {
    weights: { ...MATCH_WEIGHTS, activities: 0, level: 0, reliability: 0 },
    activities: [s.activity],
    levelRank: levelRank(s.levels.min),
    slots: [(start.weekday - 1) * 48 + Math.floor(start.minute / 30)],
    fullSlots: 1,
    perspective: { kind: 'candidates', reliability: 1 },
  };
}

/** A candidate's exact score without its reasons: ranking a pool needs the number for everyone. */
export interface Scored {
  readonly person: Profile;
  readonly score: number;
  readonly distanceKm: number;
}

/**
 * Who to train with. The store picks the candidates inside its geo query (mutual reach, shared
 * activity, not blocked, active), ranked there by the approximate score before it cuts the pool at
 * CANDIDATE_POOL; here the exact score, shared time in real instants, ranks that pool.
 */
export class MatchingService {
  constructor(private readonly deps: CoreDeps) {}

  /** People that must never be suggested to `me`: blocked, banned here, connected, recently declined. */
  async exclusions(me: Profile, community: Community | null): Promise<PersonId[]> {
    const now = this.deps.clock().getTime();
    const connections = await this.deps.store.connections.listForPerson(me.id);
    const excluded = new Set<PersonId>([me.id, ...me.blocked]);
    for (const c of connections) {
      const recentDecline = c.status === 'declined' && now - (c.respondedAt ?? c.createdAt).getTime() < DECLINE_COOLDOWN_DAYS * 86_400_000;
      if (c.status !== 'declined' || recentDecline) excluded.add(otherParty(c, me.id));
    }
    // Every profile a ban here has held: the banned person's later profiles too.
    for (const id of bannedIds(community)) excluded.add(id);
    return [...excluded];
  }

  async findMatches(me: Profile, community: Community | null, page: number, pageSize = 5, poolSize = CANDIDATE_POOL): Promise<Result<MatchPage>> {
    if (me.status === 'paused') return err(userError('incomplete-profile', phrase('match-error-paused')));
    if (isBanned(community, me)) return err(bannedFrom(community));
    const at = this.deps.clock();
    if (pausedAt(me, at)) return err(userError('forbidden', phrase('attendance-paused-match', { until: me.noShowPause!.until })));
    if (!isMatchable(me) || !me.location)
      return err(userError('incomplete-profile', phrase('match-error-incomplete')));
    const allowed = await this.deps.limits.take('browse', me.id);
    if (!allowed.ok) return err(limitedError(allowed.error));
    const pool = await this.deps.store.people.pool({
      from: me.location,
      maxKm: me.radiusKm,
      mutual: true,
      excludeIds: await this.exclusions(me, community),
      notBlockedBy: me.id,
      activitiesAny: me.activities,
      ranking: askerRanking(me),
      availableAt: { at, activeSince: activeSince(at) },
      limit: poolSize,
    });
    const now = this.deps.clock();
    const week = new WeekAgainst(me.availability, me.timeZone, now);
    const ranked = pool.candidates
      .map((c) => this.exactScore(me, c.item, c.distanceKm, now, week))
      .sort((a, b) => b.score - a.score || a.distanceKm - b.distanceKm || (a.person.id < b.person.id ? -1 : 1));
    const pages = Math.max(1, Math.ceil(ranked.length / pageSize));
    const index = Math.min(Math.max(1, page), pages);
    // Reasons (the overlap's wording) only for the page shown.
    const matches = ranked.slice((index - 1) * pageSize, index * pageSize).map((m) => this.score(me, m.person, m.distanceKm, now));
    return ok({ matches, page: index, pages, total: ranked.length, qualified: Math.max(pool.qualified, ranked.length), allIds: ranked.map((m) => m.person.id) });
  }

  /** The score parts of `them` for `me`, with shared weekly time in real instants across zones. */
  private parts(me: Profile, them: Profile, distanceKm: number, minutes: number): ScoreParts {
    return {
      activities: activityFit(me.activities, them.activities),
      availability: timeFit(minutes),
      level: me.level && them.level ? levelFit(levelRank(me.level), levelRank(them.level)) : 0,
      distance: distanceFit(distanceKm, me.radiusKm),
      reliability: reliability(them.attendance),
    };
  }

  /** How well `them` suits `me`, from 0 to 1: the number `score` explains. */
  exactScore(me: Profile, them: Profile, distanceKm: number, now: Date, week = new WeekAgainst(me.availability, me.timeZone, now)): Scored {
    // `week`: `me`'s week made ready once for a whole pool.
    const minutes = week.minutes(them.availability, them.timeZone);
    return { person: them, distanceKm, score: weightedScore(this.parts(me, them, distanceKm, minutes)) };
  }

  /** How well `them` suits `me`, from 0 to 1, with the reasons in words. */
  score(me: Profile, them: Profile, distanceKm: number, now: Date): Match {
    const shared = me.activities.filter((a) => them.activities.includes(a));
    const levelGap = me.level && them.level ? Math.abs(levelRank(me.level) - levelRank(them.level)) : 2;
    const overlap = weeklyOverlap(me.availability, me.timeZone, them.availability, them.timeZone, now);
    const score = weightedScore(this.parts(me, them, distanceKm, overlap.minutes));

    const reasons: MatchReason[] = [{ kind: 'activities', shared }];
    if (them.level) reasons.push({ kind: 'level', level: them.level, same: levelGap === 0 });
    if (overlap.minutes > 0) reasons.push({ kind: 'overlap', minutes: overlap.minutes, part: overlapPart(overlap.label) });
    reasons.push({ kind: 'distance', km: shownDistanceKm(distanceKm) });
    const total = them.attendance.attended + them.attendance.missed;
    if (total >= 3) reasons.push({ kind: 'showed-up', attended: them.attendance.attended, total });
    if (them.attendance.streak >= 3) reasons.push({ kind: 'streak', sessions: them.attendance.streak });
    return { person: them, score, distanceKm, sharedActivities: shared, reasons };
  }
}
