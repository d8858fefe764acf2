import type { ActivityId } from '../activities.js';
import type { ActionId } from '../ids.js';
import type { PersonCard } from './people.js';
import type { SessionCard } from './sessions.js';

/** One proposed time and the button that takes it. */
export interface PlanSlotChoice {
  readonly start: Date;
  readonly minutes: number;
  readonly pick: ActionId;
}

/**
 * /plan: finding a time for two. Times are instants (said in the recipient's zone), buttons are
 * stored actions only the recipient can press; they expire when the last time offered has begun.
 */
export type PlanNotification =
  /**
   * `from` offers times to train together: the best shared slots, or (`counter`) one time they
   * typed themselves, possibly in answer to the recipient's own offer. `other` asks for another time.
   */
  | {
      readonly kind: 'plan-proposal';
      readonly from: PersonCard;
      readonly activity: ActivityId;
      readonly slots: readonly PlanSlotChoice[];
      readonly counter: boolean;
      readonly other: ActionId;
    }
  /** A time was taken: the private session for the two exists. Told to the one who did not press. */
  | {
      readonly kind: 'plan-booked';
      readonly with: PersonCard;
      readonly session: SessionCard;
      readonly calendar: ActionId;
    };
