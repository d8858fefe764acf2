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
}

export interface CheckIn {
  readonly personId: PersonId;
  readonly attended: boolean;
  readonly at: Date;
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
export const cameTo = (s: Pick<WorkoutSession, 'checkIns'>, personId: PersonId): boolean =>
  s.checkIns.some((c) => c.personId === personId && c.attended);
