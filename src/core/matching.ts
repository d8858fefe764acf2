import { ACTIVITIES, type ActivityId, levelRank } from '../domain/activities.js';
import { bannedIds, type Community, isBanned } from '../domain/community.js';
import { bannedFrom } from './moderation-rules.js';
import { describeDistance } from '../domain/geo.js';
import type { PersonId } from '../domain/ids.js';
import { isMatchable, type Profile, reliability } from '../domain/profile.js';
import { otherParty } from '../domain/social.js';
import { err, ok, type Result, userError } from '../result.js';
import { limitedError } from '../views/limits.js';
import type { CoreDeps } from './deps.js';
import { weeklyOverlap } from './parse/overlap.js';

/** How many of the nearest eligible people the geo index hands over for ranking. */
export const CANDIDATE_POOL = 200;
/** Someone who declined a connection is not suggested again for this long. */
export const DECLINE_COOLDOWN_DAYS = 90;

export interface Match {
  readonly person: Profile;
  readonly score: number;
  readonly distanceKm: number;
  readonly sharedActivities: readonly ActivityId[];
  /** "both run · 3 evenings overlap · ~2 km away": what the person sees. */
  readonly reasons: readonly string[];
}

export interface MatchPage {
  readonly matches: readonly Match[];
  readonly page: number;
  readonly pages: number;
  readonly total: number;
  /** Every ranked person's id, in order, so "7" can name someone on any page. */
  readonly allIds: readonly PersonId[];
}

const WEIGHTS = { activities: 0.35, availability: 0.25, level: 0.15, distance: 0.1, reliability: 0.15 };

/**
 * Who to train with. The database's geo index picks the candidates (mutual reach, shared
 * activity, not blocked, active) — at most CANDIDATE_POOL of them; only their ranking is done here.
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

  async findMatches(me: Profile, community: Community | null, page: number, pageSize = 5): Promise<Result<MatchPage>> {
    if (me.status === 'paused') return err(userError('incomplete-profile', 'Your profile is paused, so matching is off. Resume it to see matches.'));
    if (isBanned(community, me)) return err(bannedFrom(community));
    if (!isMatchable(me) || !me.location)
      return err(userError('incomplete-profile', 'Finish your profile first: I need your area, activities and level to find buddies.'));
    const allowed = await this.deps.limits.take('browse', me.id);
    if (!allowed.ok) return err(limitedError(allowed.error));
    const candidates = await this.deps.store.people.near({
      from: me.location,
      maxKm: me.radiusKm,
      mutual: true,
      excludeIds: await this.exclusions(me, community),
      notBlockedBy: me.id,
      activitiesAny: me.activities,
      limit: CANDIDATE_POOL,
    });
    const now = this.deps.clock();
    const ranked = candidates
      .filter((c) => c.item.level !== null)
      .map((c) => this.score(me, c.item, c.distanceKm, now))
      .sort((a, b) => b.score - a.score || a.distanceKm - b.distanceKm || (a.person.id < b.person.id ? -1 : 1));
    const pages = Math.max(1, Math.ceil(ranked.length / pageSize));
    const index = Math.min(Math.max(1, page), pages);
    return ok({ matches: ranked.slice((index - 1) * pageSize, index * pageSize), page: index, pages, total: ranked.length, allIds: ranked.map((m) => m.person.id) });
  }

  /** How well `them` suits `me`, from 0 to 1, with the reasons in words. */
  score(me: Profile, them: Profile, distanceKm: number, now: Date): Match {
    const shared = me.activities.filter((a) => them.activities.includes(a));
    const union = new Set([...me.activities, ...them.activities]).size;
    const activityScore = union ? shared.length / union : 0;
    const levelGap = me.level && them.level ? Math.abs(levelRank(me.level) - levelRank(them.level)) : 2;
    const levelScore = 1 - levelGap / 2;
    const overlap = weeklyOverlap(me.availability, me.timeZone, them.availability, them.timeZone, now);
    const availabilityScore = Math.min(1, overlap.minutes / 600);
    const distanceScore = Math.max(0, 1 - distanceKm / Math.max(1, me.radiusKm));
    const reliabilityScore = reliability(them.attendance);
    const score =
      WEIGHTS.activities * activityScore +
      WEIGHTS.availability * availabilityScore +
      WEIGHTS.level * levelScore +
      WEIGHTS.distance * distanceScore +
      WEIGHTS.reliability * reliabilityScore;

    const reasons = [`both ${shared.map((a) => ACTIVITIES[a].verb).join(' & ')}`];
    if (levelGap === 0 && them.level) reasons.push(`both ${them.level}`);
    else if (them.level) reasons.push(`${them.level}`);
    if (overlap.minutes > 0) reasons.push(overlap.label);
    reasons.push(`${describeDistance(distanceKm)} away`);
    const total = them.attendance.attended + them.attendance.missed;
    if (total >= 3) reasons.push(`showed up ${them.attendance.attended}/${total}`);
    if (them.attendance.streak >= 3) reasons.push(`${them.attendance.streak}-session streak`);
    return { person: them, score, distanceKm, sharedActivities: shared, reasons };
  }
}
