import type { CommunityKey } from '../domain/platform.js';
import type { ActivityId, Level } from '../domain/activities.js';
import type { GeoPoint } from '../domain/geo.js';
import type { CommunityId, PersonId, SessionId } from '../domain/ids.js';
import type { Announcement, CheckIn, SessionStatus, WorkoutSession } from '../domain/session.js';

/** The sessions part of the storage port (src/store/port.ts holds the rules every adapter keeps). */

export interface Near<T> {
  readonly item: T;
  /** Spherical distance from the query point (MongoDB's earth radius). */
  readonly distanceKm: number;
}

/** Which sessions a nearby search finds: every filter, without order or paging. */
export interface NearSessionsFilter {
  readonly from: GeoPoint;
  readonly maxKm: number;
  readonly statuses: readonly SessionStatus[];
  readonly startsAfter: Date;
  readonly startsBefore?: Date;
  readonly activity?: ActivityId;
  /** Keep sessions whose level range includes this level. */
  readonly level?: Level;
  readonly excludeHostIds?: readonly PersonId[];
  /** Leave out sessions of these communities (ones that banned the reader); sessions of none stay. */
  readonly excludeCommunityIds?: readonly CommunityId[];
}

export interface NearSessionsQuery extends NearSessionsFilter {
  /**
   * Which sessions within `maxKm` come first, and so which make `limit`: `nearest` (the default;
   * ties by id) or `soonest` (by start, ties by distance, then id), so that a capped list of
   * what's on nearby never drops tomorrow's session for a closer one next month.
   */
  readonly order?: 'nearest' | 'soonest';
  readonly limit: number;
  readonly skip?: number;
}

export type SessionPatch = Partial<
  Pick<
    WorkoutSession,
    'title' | 'notes' | 'startsAt' | 'timeZone' | 'durationMinutes' | 'place' | 'capacity' | 'levels' | 'activity' | 'recurrence'
  >
>;

export type SeatOutcome = 'seated' | 'waitlisted' | 'already' | 'closed';

/** What progress charts need of a session: when, what, who held a seat and who said they came. */
export type SessionRecord = Pick<WorkoutSession, 'id' | 'activity' | 'startsAt' | 'hostId' | 'participants' | 'checkIns'>;

/** A person's outcome at a session before and after an answer: came (true), missed (false), unsaid (null). */
export interface CheckInChange {
  readonly before: boolean | null;
  readonly after: boolean | null;
}

export interface LeaveOutcome {
  /** Whether the person held a seat or a waitlist place. */
  readonly left: boolean;
  /** Who moved from the waitlist into the freed seat, if anyone. */
  readonly promoted: PersonId | null;
}

export interface SessionsRepo {
  insert(session: WorkoutSession): Promise<void>;
  get(id: SessionId): Promise<WorkoutSession | null>;
  update(id: SessionId, patch: SessionPatch, now: Date): Promise<WorkoutSession | null>;
  /**
   * Sets the capacity in one atomic step, only while the session is open or full and no more
   * people than `capacity` hold seats; status then follows the seats (open ↔ full). Returns the
   * session as updated, or null when refused: not found, not live, or too many seated.
   */
  resize(id: SessionId, capacity: number, now: Date): Promise<WorkoutSession | null>;
  /** Moves status from one of `from` to `to`; null when the session was not in `from`. */
  transition(id: SessionId, from: readonly SessionStatus[], to: SessionStatus, now: Date): Promise<WorkoutSession | null>;
  /**
   * One atomic step: a seat if one is free and the session is open, else a waitlist place if it
   * is open or full. Marks the session full when the last seat goes.
   */
  seatOrWaitlist(id: SessionId, personId: PersonId): Promise<SeatOutcome>;
  /** Frees the person's seat or waitlist place; the first waitlisted person takes a freed seat. */
  leave(id: SessionId, personId: PersonId): Promise<LeaveOutcome>;
  /** Moves waitlisted people into free seats (after capacity grows); returns who moved. */
  fillFromWaitlist(id: SessionId): Promise<PersonId[]>;
  addAnnouncement(id: SessionId, announcement: Announcement): Promise<void>;
  /** The session whose announcement in this community carries the platform event `eventId`, if any. */
  findByEvent(community: CommunityKey, eventId: string): Promise<WorkoutSession | null>;
  /**
   * Records one answer about a participant, atomically, and says how their outcome moved
   * (src/domain/session.ts `outcomeOf`: the host's word over their own). A person's own answer
   * (`by` absent or 'self') is kept once: null when they already answered. The host's answer
   * replaces the host's earlier one for that person. Null too when they held no seat: the
   * session's host holds one for their own answer about themselves (never for a host's answer).
   */
  addCheckIn(id: SessionId, checkIn: CheckIn): Promise<CheckInChange | null>;
  near(query: NearSessionsQuery): Promise<Near<WorkoutSession>[]>;
  /**
   * How many sessions `near` finds for the filter, counting no further than `upTo` (a list says
   * "200 sessions" at most, so a busy city is counted in the few cells nearest the reader).
   */
  countNear(filter: NearSessionsFilter, upTo: number): Promise<number>;
  /** Sessions the person hosts, holds a seat in, or waits for, soonest first (ties by id). */
  listForPerson(personId: PersonId, statuses: readonly SessionStatus[], startsAfter: Date): Promise<WorkoutSession[]>;
  /** Soonest first (ties by id). */
  listByCommunity(communityId: CommunityId, statuses: readonly SessionStatus[], startsAfter: Date, limit: number): Promise<WorkoutSession[]>;
  countCreatedSince(communityId: CommunityId, since: Date): Promise<number>;
  countOpen(): Promise<number>;
  /**
   * Sessions starting at or after `since`, not cancelled, where the person checked in as having
   * been there; oldest first (ties in insertion order). A person's training calendar.
   */
  attendedBy(personId: PersonId, since: Date): Promise<SessionRecord[]>;
  /** Completed sessions of the community starting at or after `since`, oldest first (ties in insertion order). */
  heldIn(communityId: CommunityId, since: Date): Promise<SessionRecord[]>;
  /** Completed sessions anywhere (private ones too) starting at or after `since`, oldest first: the health gauges. */
  heldSince(since: Date): Promise<SessionRecord[]>;
  /**
   * Sessions both people took part in (as host or with a seat, either way round), not cancelled,
   * oldest first (ties by id): where two may have trained together. Who came is the caller's
   * question (`cameTo`), so buddy streaks follow every way attendance is confirmed.
   */
  sharedBy(a: PersonId, b: PersonId): Promise<SessionRecord[]>;
}
