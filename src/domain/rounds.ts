import type { ActivityId } from './activities.js';
import type { Brand, CommunityId, PersonId } from './ids.js';
import type { Weekday } from './availability.js';

/**
 * Weekly pairing rounds in a community (issue #13, point 5): moderators set a weekday and an
 * hour in a zone; members opt in; at round time the opted-in members are paired by
 * maximum-weight matching over the product's matching score.
 */

export type RoundId = Brand<string, 'RoundId'>;

/** How many past rounds of a community keep two people apart: nobody meets the same person twice within these. */
export const NO_REPEAT_ROUNDS = 4;
/** A round lasts a week: the next round ends it (a week with a clock change may be an hour longer). */
export const ROUND_DAYS = 7;
/** Pairs with no session planned this long after the round started are nudged. */
export const NUDGE_DAYS = 3;

/** What moderators choose with /rounds setup. */
export interface RoundSchedule {
  readonly enabled: boolean;
  /** ISO weekday, 1 = Monday. */
  readonly weekday: Weekday;
  /** The hour, 0–23, on the community's clock (`timeZone`). */
  readonly hour: number;
  /** IANA zone the weekday and hour are read in (communities have none of their own: the moderator's). */
  readonly timeZone: string;
  /** Only people who do this are paired, on it; null: any shared activity. */
  readonly activity: ActivityId | null;
}

/** A community's rounds: the schedule and who takes part. */
export interface RoundConfig extends RoundSchedule {
  readonly communityId: CommunityId;
  /** Opted in (/rounds join), in joining order. */
  readonly members: readonly PersonId[];
  /** Sit out the next round only (/rounds skip); cleared when a round starts. */
  readonly skipping: readonly PersonId[];
  /**
   * Left unpaired by the last round (an odd one out with no trio to join): their partners weigh
   * more next round, so they are the first to be paired. Replaced when a round starts.
   */
  readonly priority: readonly PersonId[];
  readonly updatedAt: Date;
}

/** Two people (or three: an odd member joined the pair where they fitted best). */
export interface RoundGroup {
  readonly people: readonly PersonId[];
  /** The sum of the pair scores inside the group (0–1 each). */
  readonly score: number;
}

export interface Round {
  readonly id: RoundId;
  readonly communityId: CommunityId;
  /** The round's local date (`YYYY-MM-DD` in the schedule's zone): one round per community and date. */
  readonly key: string;
  readonly activity: ActivityId | null;
  readonly startedAt: Date;
  readonly groups: readonly RoundGroup[];
  /** Opted in but paired with nobody (no compatible partner left). */
  readonly unpaired: readonly PersonId[];
  /** When the "no session planned yet?" nudge went out; null: not yet. */
  readonly nudgedAt: Date | null;
  /** When the round ended (next round, or ROUND_DAYS); null: running. */
  readonly endedAt: Date | null;
}

/** When a round started at `startedAt` ends at the latest. */
export const roundDeadline = (r: Pick<Round, 'startedAt'>): Date => new Date(r.startedAt.getTime() + ROUND_DAYS * 86_400_000);

/** Every unordered pair of people inside the round's groups (a trio holds three). */
export function pairsOf(groups: readonly RoundGroup[]): [PersonId, PersonId][] {
  const out: [PersonId, PersonId][] = [];
  for (const g of groups) for (let i = 0; i < g.people.length; i++) for (let j = i + 1; j < g.people.length; j++) out.push([g.people[i]!, g.people[j]!]);
  return out;
}
