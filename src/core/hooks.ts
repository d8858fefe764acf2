import type { CommunityId, ConnectionId, PersonId, SessionId } from '../domain/ids.js';
import type { WorkoutSession } from '../domain/session.js';

/**
 * What the core tells the scheduler, AFTER the change is in the store. The scheduler reads the
 * current state back from the store, so every hook is idempotent and order-tolerant: calling one
 * twice, or calling `sessionRescheduled` where `sessionScheduled` would do, is harmless.
 *
 * Hooks never throw and never fail the caller's command: a scheduling error is logged, and the
 * jobs are put right by the next hook for the same session or person.
 */
export interface SchedulerHooks {
  /** A brand-new session: schedules its jobs AND alerts the people it suits. */
  sessionCreated(session: WorkoutSession): Promise<void>;
  /** A session that exists and is live: (re)schedules its jobs, without alerting anyone. */
  sessionScheduled(session: WorkoutSession): Promise<void>;
  /** Its start, duration or recurrence changed: moves reminders, expiry, completion. */
  sessionRescheduled(session: WorkoutSession): Promise<void>;
  /** Cancelled or removed: its jobs go, and reminders not yet sent are dropped. */
  sessionCancelled(sessionId: SessionId): Promise<void>;
  /** Someone got a seat (accepted or promoted from the waitlist): their own reminder times count. */
  participantJoined(sessionId: SessionId, personId: PersonId): Promise<void>;
  /** Someone left (or was removed): they get no reminders for it. */
  participantLeft(sessionId: SessionId, personId: PersonId): Promise<void>;
  /** A profile changed (or was erased): match alerts, weekly digest, the person's reminder times. */
  profileChanged(personId: PersonId): Promise<void>;
  /** A community's pairing rounds were set up, changed or switched off: (re)plans its next round. */
  roundsChanged(communityId: CommunityId): Promise<void>;
  /** Two people became buddies: "did you two train together?" is planned for a week later. */
  connectionAccepted(connectionId: ConnectionId): Promise<void>;
  /** Someone answered "not yet": they are asked once more at `at` (if the occasion still stands). */
  meetingAskAgain(sourceKey: string, personId: PersonId, at: Date): Promise<void>;
}

const nothing = async (): Promise<void> => {};

/** The default when no scheduler runs (tests of the core, tools): every hook does nothing. */
export const NO_HOOKS: SchedulerHooks = {
  sessionCreated: nothing,
  sessionScheduled: nothing,
  sessionRescheduled: nothing,
  sessionCancelled: nothing,
  participantJoined: nothing,
  participantLeft: nothing,
  profileChanged: nothing,
  roundsChanged: nothing,
  connectionAccepted: nothing,
  meetingAskAgain: nothing,
};
