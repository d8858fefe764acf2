/** A hit of the ranked pool query: who, how far, and the approximate score it was ranked by. */
export interface PoolHit {
  readonly id: string;
  readonly distanceKm: number;
  readonly score: number;
}

/** The pool's order: score descending, then nearer, then the smaller id. */
export const better = (a: PoolHit, b: PoolHit): number =>
  b.score - a.score || a.distanceKm - b.distanceKm || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The k best hits: a binary heap with the worst kept at the root, so a full pool compares a newcomer
 * with its last member in O(1) and replaces it in O(log k); sorted once at the end.
 */
export class TopK {
  private readonly heap: PoolHit[] = [];

  constructor(private readonly k: number) {}

  full(): boolean {
    return this.heap.length >= this.k;
  }

  /** The last member's score (-Infinity while the pool has room). */
  worst(): number {
    return this.full() ? (this.heap[0]?.score ?? -Infinity) : -Infinity;
  }

  offer(hit: PoolHit): void {
    const h = this.heap;
    if (this.k === 0) return;
    if (h.length < this.k) {
      // Sift up: a parent must be worse than (sort after) its children.
      let i = h.length;
      h.push(hit);
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (better(h[parent]!, h[i]!) >= 0) break;
        [h[parent], h[i]] = [h[i]!, h[parent]!];
        i = parent;
      }
      return;
    }
    if (better(hit, h[0]!) >= 0) return;
    h[0] = hit;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < h.length && better(h[l]!, h[worst]!) > 0) worst = l;
      if (r < h.length && better(h[r]!, h[worst]!) > 0) worst = r;
      if (worst === i) return;
      [h[worst], h[i]] = [h[i]!, h[worst]!];
      i = worst;
    }
  }

  result(): PoolHit[] {
    return [...this.heap].sort(better);
  }
}
