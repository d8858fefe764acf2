import type { CommunityId, PersonId } from '../domain/ids.js';
import type { Round, RoundConfig, RoundId, RoundSchedule } from '../domain/rounds.js';

/** Weekly pairing rounds: each community's schedule and members, and the rounds held. */
export interface RoundsRepo {
  /** The community's rounds, or null when never set up. */
  config(communityId: CommunityId): Promise<RoundConfig | null>;
  /** Sets the schedule, creating the config (no members yet) the first time; members are kept. */
  schedule(communityId: CommunityId, schedule: RoundSchedule, now: Date): Promise<RoundConfig>;
  /** Opts the person in; false when already in or the community has no rounds. */
  join(communityId: CommunityId, personId: PersonId, now: Date): Promise<boolean>;
  /** Opts the person out (a pending skip and priority go too); false when they were not in. */
  leave(communityId: CommunityId, personId: PersonId, now: Date): Promise<boolean>;
  /** The member sits out the next round only; false when not a member or already skipping. */
  skip(communityId: CommunityId, personId: PersonId, now: Date): Promise<boolean>;
  /**
   * Records a round, once per community and key: false (nothing written) when that round exists.
   * Then the config's skips are cleared and its priority becomes `priority`.
   */
  start(round: Round, priority: readonly PersonId[]): Promise<boolean>;
  get(id: RoundId): Promise<Round | null>;
  /** The community's latest rounds, newest first (ties by id, descending). */
  recent(communityId: CommunityId, limit: number): Promise<Round[]>;
  /** Every community's rounds started at or after `since`, oldest first (ties by id): the health gauges. */
  startedSince(since: Date): Promise<Round[]>;
  /** Stamps the nudge once; false when already nudged or not found. */
  markNudged(id: RoundId, now: Date): Promise<boolean>;
  /** Stamps the end once; false when already ended or not found. */
  markEnded(id: RoundId, now: Date): Promise<boolean>;
  /** Takes the person out of every community's rounds (members, skips, priority); returns how many changed. */
  forget(personId: PersonId): Promise<number>;
}
