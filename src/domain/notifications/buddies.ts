import type { ActionId } from '../ids.js';
import type { PersonCard } from './people.js';

/** A person's message relayed through private chats, with the buttons every relayed message has. */
export interface RelayedMessage {
  readonly from: PersonCard;
  readonly body: string;
  readonly answered: string | null;
  readonly reply: ActionId;
  readonly report: ActionId;
  readonly block: ActionId;
}

/** Buddy requests and their answers. Buttons are stored actions; their words are presentation's. */
export type BuddyNotification =
  /** `from` asks to train with the recipient; `note` is their own words (cleaned, clipped). */
  | { readonly kind: 'buddy-request'; readonly from: PersonCard; readonly note: string; readonly accept: ActionId; readonly decline: ActionId }
  | { readonly kind: 'buddy-accepted'; readonly by: PersonCard; readonly message: ActionId }
  | { readonly kind: 'buddy-declined'; readonly by: PersonCard }
  /** A buddy's message relayed; `answered` is the recipient's own message it answers, if any. */
  | ({ readonly kind: 'buddy-message' } & RelayedMessage);
