import { pack, unpack } from './packed.js';

/**
 * A table for rows written by the thousand, read one at a time and seldom scanned (buttons'
 * stored actions, daily alert slots): each row kept as one JSON string (./packed.ts) rather than a
 * tree of objects. Every read is a fresh copy; every method is synchronous, so an operation built
 * on it is atomic.
 */
export class PackedTable<T extends { readonly id: string }> {
  private readonly rows = new Map<string, string>();

  has(id: string): boolean {
    return this.rows.has(id);
  }

  get(id: string): T | null {
    const packed = this.rows.get(id);
    return packed === undefined ? null : unpack<T>(packed);
  }

  set(row: T): void {
    this.rows.set(row.id, pack(row));
  }

  delete(id: string): boolean {
    return this.rows.delete(id);
  }

  /**
   * Applies `change` to the row if `when` holds; returns the row after, as a copy. `change` must
   * build a new row (spread), not edit the one it is given: that one read serves both.
   */
  modify(id: string, when: (row: T) => boolean, change: (row: T) => T): T | null {
    const before = this.get(id);
    if (!before || !when(before)) return null;
    const after = change(before);
    this.rows.set(id, pack(after));
    return after;
  }

  /** Copies of the rows that pass the filter (each read to decide: for rare sweeps and tests). */
  filter(keep: (row: T) => boolean): T[] {
    const out: T[] = [];
    for (const packed of this.rows.values()) {
      const row = unpack<T>(packed);
      if (keep(row)) out.push(row);
    }
    return out;
  }

  /** Removes the rows that match (each read to decide: for rare sweeps, not hot paths); returns them. */
  deleteWhere(match: (row: T) => boolean): T[] {
    const removed: T[] = [];
    for (const [id, packed] of this.rows) {
      const row = unpack<T>(packed);
      if (!match(row)) continue;
      removed.push(row);
      this.rows.delete(id);
    }
    return removed;
  }
}
