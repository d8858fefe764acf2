import type { ActionId, SessionId } from '../ids.js';
import type { RelayedMessage } from './buddies.js';

/** A session as its chat names it: the host's title and when it starts (said in the reader's zone). */
export interface ChatSessionCard {
  readonly id: SessionId;
  readonly title: string;
  readonly startsAt: Date;
}

/**
 * What a session's chat tells its members (host and seated participants) in their private chats.
 * Names are of people the recipient is not kept apart from by a block.
 */
export type SessionChatNotification =
  /** The chat is open to the recipient: it opens with the first seat, and each newly seated person is let in. */
  | { readonly kind: 'session-chat-opened'; readonly session: ChatSessionCard; readonly members: readonly string[]; readonly write: ActionId }
  /** Someone got a seat or gave it up. */
  | { readonly kind: 'session-chat-seat'; readonly session: ChatSessionCard; readonly who: string; readonly change: 'joined' | 'left' }
  /** A member's message relayed; `answered` is the recipient's own message it answers, if any. */
  | ({ readonly kind: 'session-chat-message'; readonly session: ChatSessionCard } & RelayedMessage);
