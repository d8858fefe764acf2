import type { PersonId } from '../../domain/ids.js';
import { keyOf, kindOfKey, type Mark, type MarkKey, type MarkKind, type MarkOf, personOfMark } from '../../domain/marks.js';
import type { MarksRepo } from '../port-marks.js';
import { assertMark } from '../validate-marks.js';
import { copyPlain } from './copy.js';

const isOfKind = <K extends MarkKind>(mark: Mark, key: MarkKey<K>): mark is MarkOf<K> => mark.kind === kindOfKey(key);

/** The in-memory twin of the marks store; a lapsed mark is dropped when next touched. */
export class MemoryMarks implements MarksRepo {
  private readonly rows = new Map<string, Mark>();

  async put(mark: Mark) {
    assertMark(mark);
    this.rows.set(keyOf(mark), copyPlain(mark));
  }

  async get<K extends MarkKind>(key: MarkKey<K>, now: Date): Promise<MarkOf<K> | null> {
    const mark = this.live(key, now);
    return mark ? copyPlain(mark) : null;
  }

  async claim<K extends MarkKind>(mark: MarkOf<K>, now: Date): Promise<MarkOf<K> | null> {
    assertMark(mark);
    // No await between the look and the write: concurrent claims can't interleave there.
    const held = this.live(keyOf(mark), now);
    if (held) return copyPlain(held);
    this.rows.set(keyOf(mark), copyPlain(mark));
    return null;
  }

  async take<K extends MarkKind>(key: MarkKey<K>, now: Date): Promise<MarkOf<K> | null> {
    const mark = this.live(key, now);
    this.rows.delete(key);
    return mark;
  }

  async delete(key: MarkKey) {
    this.rows.delete(key);
  }

  async erasePerson(personId: PersonId) {
    let removed = 0;
    for (const [key, mark] of this.rows)
      if (personOfMark(mark) === personId) {
        this.rows.delete(key);
        removed += 1;
      }
    return removed;
  }

  private live<K extends MarkKind>(key: MarkKey<K>, now: Date): MarkOf<K> | null {
    const mark = this.rows.get(key);
    if (!mark || mark.expiresAt <= now) {
      this.rows.delete(key);
      return null;
    }
    return isOfKind(mark, key) ? mark : null;
  }
}
