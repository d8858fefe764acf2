import type { OutboxId, OutboxItem } from '../port.js';

export interface Due {
  readonly at: number;
  readonly id: OutboxId;
}

const byDueThenId = (a: Due, b: Due) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Pending rows by due time (then id), so a claim reads from the front and stops at the first not
 * yet due, instead of scanning and sorting every row, settled ones included. Entries are dropped
 * lazily: one whose row is gone, settled, or due at another time is skipped (and cut off the front).
 */
export class DueQueue {
  private entries: Due[] = [];
  private head = 0;

  add(item: Pick<OutboxItem, 'id' | 'dueAt'>): void {
    const entry = { at: item.dueAt.getTime(), id: item.id };
    let lo = this.head;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (byDueThenId(this.entries[mid]!, entry) < 0) lo = mid + 1;
      else hi = mid;
    }
    this.entries.splice(lo, 0, entry);
  }

  /** Live entries, soonest first; `live` says whether an entry still stands for a pending row. */
  *walk(live: (e: Due) => boolean): Generator<Due> {
    for (let i = this.head; i < this.entries.length; i++) {
      const e = this.entries[i]!;
      if (!live(e)) {
        if (i === this.head) this.head++;
        continue;
      }
      yield e;
    }
    this.compact();
  }

  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.head = 0;
    }
  }
}

