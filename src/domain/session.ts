import type { ActivityId, Level } from './activities.js';
import type { Place } from './geo.js';
import type { CommunityId, PersonId, SessionId } from './ids.js';
import type { CommunityKey } from './platform.js';

export type SessionStatus = 'open' | 'full' | 'cancelled' | 'completed';
export type Recurrence = 'none' | 'weekly';
/**
 * Public sessions are listed, announced and alerted; a private one (a /plan for two) is seen only
 * by its host and the people seated in it: never in /sessions, digests or alerts.
 */
export type SessionVisibility = 'public' | 'private';
export const SESSION_VISIBILITIES: readonly SessionVisibility[] = ['public', 'private'];

export interface LevelRange {
  readonly min: Level;
  readonly max: Level;
}

/** Where a session was announced, so the post can be edited when seats change. */
export interface Announcement {
  readonly community: CommunityKey;
  readonly channelId: string;
  readonly messageId: string;
  /**
   * The platform's own event for the session (a server's scheduled event), kept in step with
   * the post. Absent when the platform has none, the community turned them off, or the bot may not.
   */
  readonly eventId?: string;
}

/** Who said whether a person came: the person themselves, or the session's host confirming. */
export type CheckInSource = 'self' | 'host';

/**
 * One answer about one person: a session holds at most one of each source per person. Absent
 * `by` is the person's own answer (check-ins stored before hosts confirmed attendance).
 */
export interface CheckIn {
  readonly personId: PersonId;
  readonly attended: boolean;
  readonly at: Date;
  readonly by?: CheckInSource;
}

export interface WorkoutSession {
  readonly id: SessionId;
  readonly communityId: CommunityId | null;
  readonly hostId: PersonId;
  readonly activity: ActivityId;
  readonly title: string;
  readonly notes: string;
  /** A UTC instant; `timeZone` is the zone it was created in, for wording and recurrence. */
  readonly startsAt: Date;
  readonly timeZone: string;
  readonly durationMinutes: number;
  readonly place: Place;
  /** Seats for participants besides the host. */
  readonly capacity: number;
  readonly levels: LevelRange;
  readonly status: SessionStatus;
  readonly participants: readonly PersonId[];
  readonly waitlist: readonly PersonId[];
  readonly recurrence: Recurrence;
  /** Occurrences of one weekly session share this id (the first occurrence's id). */
  readonly seriesId: SessionId;
  readonly visibility: SessionVisibility;
  readonly announcements: readonly Announcement[];
  readonly checkIns: readonly CheckIn[];
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export const endsAt = (s: WorkoutSession): Date => new Date(s.startsAt.getTime() + s.durationMinutes * 60_000);
export const seatsLeft = (s: WorkoutSession): number => Math.max(0, s.capacity - s.participants.length);
export const isLive = (s: WorkoutSession): boolean => s.status === 'open' || s.status === 'full';

/**
 * Whether the person is confirmed to have come: their own check-in or the host's confirmation.
 * Every figure (streaks, buddy streaks, met rates) asks this one question, so they agree.
 */
export const cameTo = (s: Pick<WorkoutSession, 'checkIns'>, personId: PersonId): boolean => outcomeOf(s, personId) === true;

export const sourceOf = (c: CheckIn): CheckInSource => c.by ?? 'self';

/**
 * Whether the person came (true), did not (false), or nobody has said (null). The host's
 * confirmation wins over the person's own answer, whichever came first: the host saw the room.
 */
export function outcomeOf(s: Pick<WorkoutSession, 'checkIns'>, personId: PersonId): boolean | null {
  let own: boolean | null = null;
  for (const c of s.checkIns) {
    if (c.personId !== personId) continue;
    if (sourceOf(c) === 'host') return c.attended;
    own = c.attended;
  }
  return own;
}

/** Everyone somebody answered for, with their outcome (the host's word over their own). */
export function outcomes(s: Pick<WorkoutSession, 'checkIns'>): Map<PersonId, boolean> {
  const out = new Map<PersonId, boolean>();
  for (const c of s.checkIns) if (!out.has(c.personId)) out.set(c.personId, outcomeOf(s, c.personId) === true);
  return out;
}

/**
 * Whether the person was there: anyone confirmed to have come (`cameTo`: a participant, or the
 * host who checked in at their own session), or the host of a session someone came to who said
 * nothing about themselves (the host ran it; their sheet or their guests say so). A host's own
 * "I missed it" wins over that inference. Buddy streaks, round pairs meeting and pairs training
 * together all ask this.
 */
export const wasThere = (s: Pick<WorkoutSession, 'checkIns' | 'hostId' | 'participants'>, personId: PersonId): boolean => {
  const own = outcomeOf(s, personId);
  if (own !== null) return own;
  return s.hostId === personId && s.participants.some((p) => cameTo(s, p));
};
