import type { ActivityId, Level } from '../activities.js';
import type { ActionId, SessionId } from '../ids.js';
import { type Phrase, phrase } from '../phrase.js';
import { endsAt, type LevelRange, type SessionStatus, seatsLeft, type WorkoutSession } from '../session.js';

/**
 * A session as a notification or an announcement tells of it: what the words need, and never
 * where exactly it meets (the place's name only, no coordinates).
 */
export interface SessionCard {
  readonly id: SessionId;
  readonly title: string;
  readonly activity: ActivityId;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly durationMinutes: number;
  /** The session's own zone: a public post has many readers, platforms without native times show this one. */
  readonly timeZone: string;
  readonly place: string;
  readonly capacity: number;
  readonly seated: number;
  readonly seatsLeft: number;
  readonly waiting: number;
  readonly levels: LevelRange;
  readonly status: SessionStatus;
  readonly weekly: boolean;
  readonly notes: string;
}

export const sessionCard = (s: WorkoutSession): SessionCard => ({
  id: s.id,
  title: s.title,
  activity: s.activity,
  startsAt: s.startsAt,
  endsAt: endsAt(s),
  durationMinutes: s.durationMinutes,
  timeZone: s.timeZone,
  place: s.place.label,
  capacity: s.capacity,
  seated: s.participants.length,
  seatsLeft: seatsLeft(s),
  waiting: s.waitlist.length,
  levels: { min: s.levels.min, max: s.levels.max },
  status: s.status,
  weekly: s.recurrence === 'weekly',
  notes: s.notes,
});

/** One thing a host's edit changed, as facts; the presentation words each one. */
export type SessionChange =
  | { readonly field: 'title'; readonly to: string }
  | { readonly field: 'notes' }
  | { readonly field: 'time'; readonly to: Date; readonly from: Date }
  | { readonly field: 'length'; readonly minutes: number }
  | { readonly field: 'place'; readonly to: string; readonly from: string }
  | { readonly field: 'levels'; readonly to: LevelRange }
  | { readonly field: 'weekly'; readonly on: boolean }
  | { readonly field: 'capacity'; readonly to: number; readonly from: number };

/** Who asks to join, as the host sees them: a name, a level and how reliably they show up. */
export interface Joiner {
  readonly name: string;
  readonly level: Level | null;
  readonly attended: number;
  readonly missed: number;
}

/** A public post about a session, said in its community's language by the presentation side. */
export interface AnnouncementFacts {
  readonly session: SessionCard;
  readonly hostName: string;
  /** The "Request to join" button, while the session takes people. */
  readonly join: ActionId | null;
  /** Where the session stands in time when the facts were taken: its platform event follows it. */
  readonly phase: SessionPhase;
}

/** Before its start, between start and end, or after its end (whatever its status). */
export type SessionPhase = 'upcoming' | 'under-way' | 'over';

export const phaseAt = (s: WorkoutSession, now: Date): SessionPhase =>
  now < s.startsAt ? 'upcoming' : now < endsAt(s) ? 'under-way' : 'over';

/**
 * What the sessions area tells people. Times are instants, said in each recipient's zone when
 * delivered; buttons are stored actions whose words are presentation's.
 */
export type SessionNotification =
  | { readonly kind: 'session-join-request'; readonly session: SessionCard; readonly from: Joiner; readonly message: string; readonly accept: ActionId; readonly decline: ActionId }
  /** `accepted`: the host said yes; `promoted`: a seat opened and the waitlist moved up. */
  | { readonly kind: 'session-seated'; readonly session: SessionCard; readonly how: 'accepted' | 'promoted'; readonly calendar: ActionId; readonly leave: ActionId }
  | { readonly kind: 'session-waitlisted'; readonly session: SessionCard; readonly position: number; readonly calendar: ActionId; readonly leave: ActionId }
  | { readonly kind: 'session-declined'; readonly session: SessionCard }
  | { readonly kind: 'session-cancelled'; readonly session: SessionCard; readonly reason: string; readonly byModerator: boolean }
  | { readonly kind: 'session-changed'; readonly session: SessionCard; readonly changes: readonly SessionChange[] }
  /** To the host: `who` left; `promoted` moved up from the waitlist, if anyone. */
  | { readonly kind: 'session-member-left'; readonly session: SessionCard; readonly who: string; readonly promoted: string | null }
  | { readonly kind: 'session-check-in'; readonly session: SessionCard; readonly attended: ActionId; readonly missed: ActionId }
  /** `here` / `late`: "I'm here" and "Running late" (absent on reminders queued before they existed). */
  | {
      readonly kind: 'session-reminder';
      readonly session: SessionCard;
      readonly leadMinutes: number;
      readonly role: 'host' | 'participant';
      readonly here?: ActionId;
      readonly late?: ActionId;
    }
  | { readonly kind: 'session-request-expired'; readonly session: SessionCard }
  | { readonly kind: 'session-waitlist-closed'; readonly session: SessionCard }
  | { readonly kind: 'session-weekly-digest'; readonly items: readonly { readonly session: SessionCard; readonly distanceKm: number }[] };

/** Whether a title already ends a sentence ("Run!"), so a message adds no full stop of its own. */
export const titleEnds = (title: string): 'stop' | 'open' => (/[.!?…]$/.test(title) ? 'stop' : 'open');

/** "all levels", "beginner", "beginner–intermediate", as a phrase for a message's argument. */
export const levelsPhrase = (r: LevelRange): Phrase =>
  r.min === 'beginner' && r.max === 'advanced'
    ? phrase('session-levels-all')
    : r.min === r.max
      ? phrase(`level-${r.min}`)
      : phrase('session-levels-range', { min: phrase(`level-${r.min}`), max: phrase(`level-${r.max}`) });
