import type { ActivityId, Level } from '../activities.js';
import type { PersonId } from '../ids.js';
import type { Profile } from '../profile.js';

/**
 * Someone as a notification shows them to another person: name, area name, activities, level.
 * Never where exactly: a notification waits in the outbox, and nothing in it may locate anyone.
 */
export interface PersonCard {
  readonly id: PersonId;
  readonly displayName: string;
  readonly area: string | null;
  readonly activities: readonly ActivityId[];
  readonly level: Level | null;
}

export const personCard = (p: Pick<Profile, 'id' | 'displayName' | 'area' | 'activities' | 'level'>): PersonCard => ({
  id: p.id,
  displayName: p.displayName,
  area: p.area,
  activities: [...p.activities],
  level: p.level,
});

/** A session as an erasure notice names it: its title (the host's words) and when it was to start. */
export interface ErasedSessionCard {
  readonly id: string;
  readonly title: string;
  readonly startsAt: Date;
}

/** What /delete-me tells the people it affects (the person deleting is never named). */
export type PeopleNotification =
  /** A session the recipient was in, waiting for or asked to join is cancelled: its host left Spotter. */
  | { readonly kind: 'erasure-session-cancelled'; readonly session: ErasedSessionCard }
  /** A seat freed by someone leaving Spotter went to the recipient, first on the waitlist. */
  | { readonly kind: 'erasure-seat-yours'; readonly session: ErasedSessionCard };
