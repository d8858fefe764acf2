/**
 * What the sessions service hands to the presentation layer: facts about a session and a
 * person's part in it. The views import these from here, never the other way round.
 */
import type { WorkoutSession } from '../domain/session.js';

/** Someone going to a session, as a list names them (told apart by area when names collide). */
export interface GoingPerson {
  readonly id: string;
  readonly displayName: string;
  readonly area: string | null;
}

export interface SessionView {
  readonly session: WorkoutSession;
  readonly hostName: string;
  readonly distanceKm: number | null;
  /** My relation to it. */
  readonly role: 'host' | 'participant' | 'waitlisted' | 'requested' | 'none';
  /** My place on the waitlist (1 = next), when waitlisted. */
  readonly waitlistPosition: number;
  /** Who's going, shown only to the host and participants. */
  readonly going: readonly GoingPerson[] | null;
  readonly pendingRequests: number;
}

/** My part in a session I'm listed with in /my-sessions. */
export type MyRole = Exclude<SessionView['role'], 'none'>;

/** My record, my training calendar and what I hosted and joined (kept with the rest of progress). */
export type { SessionStats } from './progress.js';
