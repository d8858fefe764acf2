import type { ActionId, PersonId } from '../ids.js';
import type { SessionCard } from './sessions.js';

/** One seated participant on the host's attendance sheet, with the button that flips their mark. */
export interface AttendanceRow {
  readonly personId: PersonId;
  readonly name: string;
  readonly came: boolean;
  /** Whether the host's own mark stands (true) or the row is pre-filled from the person's answer. */
  readonly confirmed: boolean;
  readonly toggle: ActionId;
}

/** The host's sheet for one session: each seated participant, and the button that confirms it. */
export interface AttendanceSheet {
  readonly session: SessionCard;
  readonly rows: readonly AttendanceRow[];
  readonly done: ActionId;
  /** Set once the host pressed "Done": the sheet shows as confirmed, its buttons still correct. */
  readonly confirmed: boolean;
}

/**
 * Who came and what follows from it. A no-show's name is in these only for the host of the
 * session (the sheet) and for the person themselves (the pause): never for anyone else.
 */
export type AttendanceNotification =
  | ({ readonly kind: 'attendance-sheet' } & AttendanceSheet)
  /** Three no-shows in a row: matching, alerts and new join requests wait until `until`. */
  | { readonly kind: 'attendance-paused'; readonly until: Date; readonly missed: number; readonly appeal: ActionId | null }
  | { readonly kind: 'attendance-pause-over' }
  /** A moderator cleared the person's appeal: the pause is lifted now. */
  | { readonly kind: 'attendance-pause-cleared' }
  /** Inactive for `days`: out of matches and alerts until they use Spotter again. */
  | { readonly kind: 'attendance-inactive'; readonly days: number };
