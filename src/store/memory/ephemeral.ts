import type { ConversationState, Notice, StoredAction } from '../../domain/conversation.js';
import type { ActionId, PersonId } from '../../domain/ids.js';
import { type ActionsRepo, type ConversationsRepo, type NoticesRepo, StoreConflict } from '../port.js';
import { assertValid } from '../validate.js';
import { checkAction, checkConversation, checkNotice } from '../validate-records.js';
import { PackedTable } from './packed-table.js';
import { Table, oldestFirst } from './table.js';

export class MemoryConversations implements ConversationsRepo {
  readonly rows = new Map<PersonId, ConversationState>();

  async get(personId: PersonId, now: Date) {
    const s = this.rows.get(personId);
    return s && s.expiresAt > now ? structuredClone(s) : null;
  }

  async put(state: ConversationState) {
    assertValid('conversation state', checkConversation(state));
    this.rows.set(state.personId, structuredClone(state));
  }

  async delete(personId: PersonId) {
    this.rows.delete(personId);
  }
}

export class MemoryActions implements ActionsRepo {
  /** One per button shown: an alert fan-out writes thousands at once. */
  readonly table = new PackedTable<StoredAction>();

  async put(action: StoredAction) {
    assertValid('action', checkAction(action));
    this.table.set(action);
  }

  async get(id: ActionId, now: Date) {
    const a = this.table.get(id);
    return a && a.expiresAt > now ? a : null;
  }

  async delete(id: ActionId) {
    this.table.delete(id);
  }

  async deleteNaming(personId: PersonId) {
    return this.table.deleteWhere((a) => a.actorId === personId || namesPerson(a.args, personId)).length;
  }
}

/** An argument equal to the id, or a list argument holding it (top level only: that is where ids go). */
export const namesPerson = (args: Readonly<Record<string, unknown>>, personId: PersonId): boolean =>
  Object.values(args).some((v) => v === personId || (Array.isArray(v) && v.includes(personId)));

export class MemoryNotices implements NoticesRepo {
  readonly table = new Table<Notice>();

  async add(notice: Notice) {
    assertValid('notice', checkNotice(notice));
    if (this.table.has(notice.id)) throw new StoreConflict('id');
    this.table.set(notice);
  }

  async takeAll(personId: PersonId) {
    return this.table
      .deleteWhere((n) => n.personId === personId)
      .sort(oldestFirst((n) => n.createdAt));
  }
}
