import type { ActivityId, Level } from '../activities.js';
import type { LevelRange } from '../session.js';
import type { ActionId, PersonId, SessionId } from '../ids.js';
import type { PersonCard } from './people.js';

export type DayPart = 'night' | 'morning' | 'afternoon' | 'evening';

/** One reason a person fits, without words ("both run", "3 evenings overlap", "~2 km away" once said). */
export type MatchReason =
  | { readonly kind: 'activities'; readonly shared: readonly ActivityId[] }
  /** Their level; `same` when it is the reader's too. */
  | { readonly kind: 'level'; readonly level: Level; readonly same: boolean }
  /** Shared weekly time: mostly one part of the day (`part`, in how many windows), else just minutes. */
  | { readonly kind: 'overlap'; readonly minutes: number; readonly part: { readonly name: DayPart; readonly count: number } | null }
  /** As shown (`shownDistanceKm`), never exact: it is stored with the alert, and equal reasons are kept once. */
  | { readonly kind: 'distance'; readonly km: number }
  | { readonly kind: 'showed-up'; readonly attended: number; readonly total: number }
  | { readonly kind: 'streak'; readonly sessions: number };

/** A session as an alert shows it: its name, activity, levels, when and the place's name — never where exactly. */
export interface SessionAlertCard {
  readonly id: SessionId;
  readonly title: string;
  readonly activity: ActivityId;
  readonly levels: LevelRange;
  readonly startsAt: Date;
  readonly place: string;
  readonly weekly: boolean;
}

/** One line of the evening digest of folded alerts. */
export type DigestEntry =
  | { readonly kind: 'person'; readonly id: PersonId; readonly name: string; readonly reasons: readonly MatchReason[] }
  | { readonly kind: 'session'; readonly id: SessionId; readonly title: string; readonly startsAt: Date; readonly place: string };

/** New-match alerts and their evening digest. */
export type MatchNotification =
  | { readonly kind: 'match-alert'; readonly person: PersonCard; readonly reasons: readonly MatchReason[]; readonly connect: ActionId }
  | { readonly kind: 'session-alert'; readonly session: SessionAlertCard; readonly hostName: string; readonly distanceKm: number; readonly join: ActionId }
  /** `more`: entries beyond those listed. */
  | { readonly kind: 'match-digest'; readonly entries: readonly DigestEntry[]; readonly more: number };
