/**
 * The hours around a session when it is happening: when its people can say "I'm here" or
 * "Running late", and how long it stays in /my-sessions after it ends so they can check in.
 */
import type { PersonId } from './ids.js';
import { endsAt, type WorkoutSession } from './session.js';

const MINUTE_MS = 60_000;

/** "I'm here" (a check-in as having come) opens this long before the start. */
export const HERE_OPENS_MINUTES = 60;
/** "Running late" opens as "I'm here" does, and closes this long after the start. */
export const LATE_CLOSES_MINUTES = 30;
/** One late notice per person per session within this many minutes: the others aren't spammed. */
export const LATE_EVERY_MINUTES = 10;
/** The minutes a late notice may name. */
export const LATE_MIN_MINUTES = 1;
export const LATE_MAX_MINUTES = 120;
/** The choices offered as buttons when nobody typed a number. */
export const LATE_CHOICES: readonly number[] = [5, 10, 15, 30];
/** A session stays in /my-sessions this long after it ends, for its people to check in. */
export const JUST_ENDED_HOURS = 24;

/** Where a session stands for its people: ahead, within the hour before it, running, just over, or past. */
export type LivePhase = 'ahead' | 'soon' | 'now' | 'ended' | 'past';

export function phaseOf(s: Pick<WorkoutSession, 'startsAt' | 'durationMinutes'>, now: Date): LivePhase {
  const t = now.getTime();
  const start = s.startsAt.getTime();
  const end = start + s.durationMinutes * MINUTE_MS;
  if (t < start - HERE_OPENS_MINUTES * MINUTE_MS) return 'ahead';
  if (t < start) return 'soon';
  if (t < end) return 'now';
  if (t < end + JUST_ENDED_HOURS * 60 * MINUTE_MS) return 'ended';
  return 'past';
}

/** When "I'm here" opens for the session. */
export const hereOpensAt = (s: Pick<WorkoutSession, 'startsAt'>): Date => new Date(s.startsAt.getTime() - HERE_OPENS_MINUTES * MINUTE_MS);

/** Until when "Running late" can be said. */
export const lateClosesAt = (s: Pick<WorkoutSession, 'startsAt'>): Date => new Date(s.startsAt.getTime() + LATE_CLOSES_MINUTES * MINUTE_MS);

/** Until when a session is shown among a person's current ones. */
export const shownUntil = (s: WorkoutSession): Date => new Date(endsAt(s).getTime() + JUST_ENDED_HOURS * 60 * MINUTE_MS);

/** The host and the seated participants: who can check in and who hears a late notice. */
export const takesPart = (s: Pick<WorkoutSession, 'hostId' | 'participants'>, personId: PersonId): boolean =>
  s.hostId === personId || s.participants.includes(personId);
