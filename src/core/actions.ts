import type { StoredAction } from '../domain/conversation.js';
import { type ActionId, newId, type PersonId } from '../domain/ids.js';
import type { RefKind } from '../domain/conversation.js';
import type { Clock } from './deps.js';
import type { Store } from '../store/port.js';

const DAY_MS = 86_400_000;

/**
 * Buttons carry only a random id; the command, its arguments and the one person allowed to press
 * it are kept here. A forged id finds nothing; someone else's button is refused.
 */
export class Actions {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async create(actorId: PersonId | null, command: string, args: Record<string, unknown>, ttlHours = 24 * 7): Promise<ActionId> {
    const now = this.clock();
    const action: StoredAction = {
      id: newId<ActionId>(),
      actorId,
      command,
      args,
      createdAt: now,
      expiresAt: new Date(now.getTime() + ttlHours * 3_600_000),
    };
    await this.store.actions.put(action);
    return action.id;
  }

  get(id: string): Promise<StoredAction | null> {
    if (!/^[A-Za-z0-9_-]{8,64}$/.test(id)) return Promise.resolve(null);
    return this.store.actions.get(id as ActionId, this.clock());
  }

  /** Makes a person's own button do nothing any more (a confirmation they cancelled). */
  async withdraw(personId: PersonId, id: string): Promise<void> {
    const action = await this.get(id);
    if (action?.actorId === personId) await this.store.actions.delete(action.id);
  }

  /** Remembers the ids of a list shown to a person, so "2" can name its second item later. */
  async rememberList(personId: PersonId, kind: RefKind, ids: readonly string[]): Promise<void> {
    const now = this.clock();
    await this.store.actions.put({
      id: `list-${kind}-${personId}` as ActionId,
      actorId: personId,
      command: 'list',
      args: { ids: [...ids] },
      createdAt: now,
      expiresAt: new Date(now.getTime() + DAY_MS),
    });
  }

  /** "2" or "#2" → the id of the second item in my last list of that kind; else the text itself. */
  async resolveRef(personId: PersonId, kind: RefKind, text: string): Promise<string | null> {
    const m = /^#?(\d{1,3})$/.exec(text.trim());
    if (!m) return /^[A-Za-z0-9_-]{8,64}$/.test(text.trim()) ? text.trim() : null;
    const list = await this.store.actions.get(`list-${kind}-${personId}` as ActionId, this.clock());
    const ids = (list?.args.ids ?? []) as string[];
    return ids[Number(m[1]) - 1] ?? null;
  }
}
