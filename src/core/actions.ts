import type { StoredAction } from '../domain/conversation.js';
import { markKeys } from '../domain/marks.js';
import { type ActionId, newId, type PersonId } from '../domain/ids.js';
import type { OfferedAction } from '../domain/offered-action.js';
import { isIdShaped, type ListKind, listNumber, looksLikeId } from '../domain/refs.js';
import type { Clock } from './deps.js';
import type { Store } from '../store/port.js';

const DAY_MS = 86_400_000;

/**
 * Buttons carry only a random id; the command, its arguments and the one person allowed to press
 * it are kept here. A forged id finds nothing; someone else's button is refused. What a button
 * leaves behind (its question spent) and the lists people were shown are marks, not actions.
 */
export class Actions {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /**
   * A button the core (or the scheduler) offers: what it does is a typed kind, stored as the name
   * of the command the interaction layer maps it to (the same word), its values as the arguments.
   */
  offer(actorId: PersonId | null, action: OfferedAction, ttlHours?: number): Promise<ActionId> {
    const { kind, ...args } = action;
    return this.create(actorId, kind, args, ttlHours);
  }

  /**
   * A button naming its command itself: the interaction layer's, which names it by its imported
   * definition (`ctx.button`), so the name and the arguments were typed there.
   */
  async create(actorId: PersonId | null, command: string, args: Readonly<Record<string, unknown>>, ttlHours = 24 * 7): Promise<ActionId> {
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
    if (!isIdShaped(id)) return Promise.resolve(null);
    return this.store.actions.get(id as ActionId, this.clock());
  }

  /** Makes a person's own button do nothing any more (a confirmation they cancelled). */
  async withdraw(personId: PersonId, id: string): Promise<void> {
    const action = await this.get(id);
    if (action?.actorId === personId) await this.store.actions.delete(action.id);
  }

  /**
   * Spends a single-use question (a confirmation) until `until`, atomically: of two presses at
   * once, one spends it. True when this call spent it; false when it was spent already. The marker
   * names nobody, so it outlives an erasure: a second "Yes, delete" still hears it was done.
   */
  async spend(question: string, until: Date): Promise<boolean> {
    const now = this.clock();
    const held = await this.store.marks.claim({ kind: 'question-spent', question, createdAt: now, expiresAt: until }, now);
    return held === null;
  }

  /** The question is open again: its answer failed (a rule refused it) and may be tried once more. */
  async unspend(question: string): Promise<void> {
    await this.store.marks.delete(markKeys.questionSpent(question));
  }

  /** Whether this button's own question was answered (its action may be gone with what it did). */
  async spent(question: string): Promise<boolean> {
    if (!isIdShaped(question)) return false;
    return (await this.store.marks.get(markKeys.questionSpent(question), this.clock())) !== null;
  }

  /** Remembers the ids of a list shown to a person, so "2" can name its second item later. */
  async rememberList(personId: PersonId, kind: ListKind, ids: readonly string[]): Promise<void> {
    const now = this.clock();
    await this.store.marks.put({ kind: 'shown-list', personId, list: kind, ids: [...ids], createdAt: now, expiresAt: new Date(now.getTime() + DAY_MS) });
  }

  /** The most recent of my lists of these kinds that I was shown in the last day, if any. */
  async lastList(personId: PersonId, kinds: readonly ListKind[]): Promise<ShownList | null> {
    const now = this.clock();
    const found = await Promise.all(kinds.map((kind) => this.store.marks.get(markKeys.shownList(personId, kind), now)));
    let last: ShownList | null = null;
    for (const shown of found) {
      if (!shown || (last && shown.createdAt <= last.shownAt)) continue;
      last = { kind: shown.list, ids: shown.ids, shownAt: shown.createdAt };
    }
    return last;
  }

  /**
   * What a typed reference names among lists of these kinds: "2" or "#2" is the second item of
   * the most recent of them; anything else is not a number (an id, a name: the caller decides).
   */
  async numbered(personId: PersonId, kinds: readonly ListKind[], text: string): Promise<NumberedRef> {
    const number = listNumber(text);
    if (number === null) return { kind: 'not-a-number' };
    const list = await this.lastList(personId, kinds);
    const id = list?.ids[number - 1];
    if (list && id !== undefined) return { kind: 'item', id, list: list.kind };
    return { kind: 'unshown', number, list: list?.kind ?? kinds[0]!, shown: list !== null };
  }

  /** "2" or "#2" → the id of that item in my last list of these kinds; an id as itself; else null. */
  async resolveRef(personId: PersonId, kinds: readonly ListKind[], text: string): Promise<string | null> {
    const ref = await this.numbered(personId, kinds, text);
    if (ref.kind === 'item') return ref.id;
    if (ref.kind === 'unshown') return null;
    return looksLikeId(text) ? text.trim() : null;
  }
}

/** A numbered list a person was shown: which kind, its items' ids in order, and when. */
export interface ShownList {
  readonly kind: ListKind;
  readonly ids: readonly string[];
  readonly shownAt: Date;
}

export type NumberedRef =
  | { readonly kind: 'not-a-number' }
  /** The item with that number in the last list of one of the kinds (`list`). */
  | { readonly kind: 'item'; readonly id: string; readonly list: ListKind }
  /**
   * No list of those kinds shown has that number: `list` is the kind to show (the most recent,
   * else the first); `shown` whether any list of those kinds was shown at all.
   */
  | { readonly kind: 'unshown'; readonly number: number; readonly list: ListKind; readonly shown: boolean };
