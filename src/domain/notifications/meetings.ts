import type { ActionId } from '../ids.js';
import type { MeetingSource } from '../meeting.js';
import type { PersonCard } from './people.js';

/** "Did you two train together?" Buttons are stored actions; their words are presentation's. */
export type MeetingNotification = {
  readonly kind: 'meeting-question';
  /** The other one or two people of the occasion. */
  readonly with: readonly PersonCard[];
  /** A buddy connection a week old, or a pairing round that ended. */
  readonly source: MeetingSource['kind'];
  /** 1, or 2 when asked once more after "not yet" (the last time). */
  readonly ask: number;
  readonly yes: ActionId;
  readonly notYet: ActionId;
  readonly no: ActionId;
};
