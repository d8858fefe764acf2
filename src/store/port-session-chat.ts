import type { MessageId, PersonId, SessionId } from '../domain/ids.js';
import type { SessionChatMessage } from '../domain/session-chat.js';

/** The session chats part of the storage port (src/store/port.ts holds the rules every adapter keeps). */
export interface SessionChatRepo {
  /** Throws StoreConflict('id') for an id already stored; StoreInvalid for a malformed message. */
  insert(message: SessionChatMessage): Promise<void>;
  /** Expired messages (past their retention) are never returned. */
  get(id: MessageId, now: Date): Promise<SessionChatMessage | null>;
  /** Newest first (ties by id, descending); expired ones left out. */
  listForSession(sessionId: SessionId, now: Date, limit: number): Promise<SessionChatMessage[]>;
  /** What the person wrote goes; they are taken off the recipients of everything else. */
  erasePerson(personId: PersonId): Promise<void>;
}
