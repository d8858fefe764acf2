import type { PersonId } from '../domain/ids.js';
import type { Mark, MarkKey, MarkKind, MarkOf } from '../domain/marks.js';

/**
 * Short-lived records that are not buttons (src/domain/marks.ts): link codes, shown lists and
 * once-per-while markers, each under the key of what it is about. A lapsed mark (its `expiresAt`
 * at or before `now`) is as good as gone for every method, whenever the store removes it.
 */
export interface MarksRepo {
  /** Stores the mark, replacing whatever was under its key. */
  put(mark: Mark): Promise<void>;
  /** The live mark under `key`, or null. */
  get<K extends MarkKind>(key: MarkKey<K>, now: Date): Promise<MarkOf<K> | null>;
  /**
   * Stores the mark unless a live one holds its key, atomically: of concurrent claims of one key
   * exactly one stores. Null when this call stored it, else the live one (whose `expiresAt` says
   * when the key is free again).
   */
  claim<K extends MarkKind>(mark: MarkOf<K>, now: Date): Promise<MarkOf<K> | null>;
  /** Removes the live mark under `key` and returns it, atomically: of concurrent takes one gets it. */
  take<K extends MarkKind>(key: MarkKey<K>, now: Date): Promise<MarkOf<K> | null>;
  delete(key: MarkKey): Promise<void>;
  /** Removes every mark about the person (see `personOfMark`); returns how many. Marks naming nobody stay. */
  erasePerson(personId: PersonId): Promise<number>;
}

/** Keys are made from ids and codes, never a person's words; long enough for two ids and a user key. */
export const MARK_KEY_MAX = 300;
