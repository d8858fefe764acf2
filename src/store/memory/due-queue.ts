import type { OutboxId, OutboxItem } from '../port.js';

export interface Due {
  readonly at: number;
  readonly id: OutboxId;
}

/**
 * Pending rows by due time (then id), so a claim reads from the front and stops at the first not
 * yet due, instead of scanning and sorting every row, settled ones included. Entries are dropped
 * lazily: one whose row is gone, settled, or due at another time is skipped (and cut off the front).
 *
 * Kept as two parallel arrays, due times (a double array, unboxed) and ids, not an object per
 * entry: a 10,000-alert fan-out files 10,000 of them, and an object with its boxed due time took
 * about 96 bytes of heap each; the two arrays about 12. `walk` hands out short-lived `Due` views.
 */
export class DueQueue {
  private ats: number[] = [];
  private ids: OutboxId[] = [];
  private head = 0;

  private before(i: number, at: number, id: OutboxId): boolean {
    const a = this.ats[i]!;
    if (a !== at) return a < at;
    return this.ids[i]! < id;
  }

  add(item: Pick<OutboxItem, 'id' | 'dueAt'>): void {
    const at = item.dueAt.getTime();
    let lo = this.head;
    let hi = this.ats.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.before(mid, at, item.id)) lo = mid + 1;
      else hi = mid;
    }
    if (lo === this.ats.length) {
      this.ats.push(at);
      this.ids.push(item.id);
    } else {
      this.ats.splice(lo, 0, at);
      this.ids.splice(lo, 0, item.id);
    }
  }

  /** Live entries, soonest first; `live` says whether an entry still stands for a pending row. */
  *walk(live: (e: Due) => boolean): Generator<Due> {
    for (let i = this.head; i < this.ats.length; i++) {
      const e: Due = { at: this.ats[i]!, id: this.ids[i]! };
      if (!live(e)) {
        if (i === this.head) this.head++;
        continue;
      }
      yield e;
    }
    this.compact();
  }

  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.ats.length) {
      this.ats = this.ats.slice(this.head);
      this.ids = this.ids.slice(this.head);
      this.head = 0;
    }
  }
}
