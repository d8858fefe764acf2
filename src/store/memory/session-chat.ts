import type { MessageId, PersonId, SessionId } from '../../domain/ids.js';
import type { SessionChatMessage } from '../../domain/session-chat.js';
import { StoreConflict } from '../port.js';
import type { SessionChatRepo } from '../port-session-chat.js';
import { assertValid, pageSize } from '../validate.js';
import { checkSessionChatMessage } from '../validate-session-chat.js';
import { Table, newestFirst } from './table.js';

/** Session chat messages; expired ones are invisible, as MongoDB's TTL index makes them. */
export class MemorySessionChat implements SessionChatRepo {
  readonly table = new Table<SessionChatMessage>();

  async insert(message: SessionChatMessage): Promise<void> {
    assertValid('session chat message', checkSessionChatMessage(message));
    if (this.table.has(message.id)) throw new StoreConflict('id');
    this.table.set(message);
  }

  async get(id: MessageId, now: Date): Promise<SessionChatMessage | null> {
    const m = this.table.get(id);
    return m && m.expiresAt > now ? m : null;
  }

  async listForSession(sessionId: SessionId, now: Date, limit: number): Promise<SessionChatMessage[]> {
    return this.table
      .filter((m) => m.sessionId === sessionId && m.expiresAt > now)
      .sort(newestFirst((m) => m.createdAt))
      .slice(0, pageSize(limit));
  }

  async erasePerson(personId: PersonId): Promise<void> {
    this.table.deleteWhere((m) => m.fromId === personId);
    for (const m of this.table.filter((row) => row.toIds.includes(personId)))
      this.table.modify(m.id, () => true, (row) => ({ ...row, toIds: row.toIds.filter((id) => id !== personId) }));
  }
}
