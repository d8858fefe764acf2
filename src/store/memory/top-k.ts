/** A hit of the ranked pool query: who, how far, and the approximate score it was ranked by. */
export interface PoolHit {
  readonly id: string;
  readonly distanceKm: number;
  readonly score: number;
}

/** What the pool ranks: a score, a distance, and where to find the id should both tie. */
export interface Ranked {
  readonly score: number;
  readonly distanceKm: number;
}

/**
 * The k best by the pool's order (score descending, then nearer, then the smaller id): a binary
 * heap with the worst kept at the root, so a full pool compares a newcomer with its last member in
 * O(1) and replaces it in O(log k); sorted once at the end.
 *
 * Ids are read through `idOf` and only when score and distance tie: a query offers hundreds of
 * people, and reading each one's id string from the heap cost more than scoring them.
 */
export class TopK<T extends Ranked> {
  private readonly heap: T[] = [];

  constructor(
    private readonly k: number,
    private readonly idOf: (hit: T) => string,
  ) {}

  /** The pool's order: negative when `a` comes first. */
  private better(a: T, b: T): number {
    if (b.score !== a.score) return b.score - a.score;
    if (a.distanceKm !== b.distanceKm) return a.distanceKm - b.distanceKm;
    const x = this.idOf(a);
    const y = this.idOf(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }

  full(): boolean {
    return this.heap.length >= this.k;
  }

  /** The last member's score (-Infinity while the pool has room). */
  worst(): number {
    return this.full() ? (this.heap[0]?.score ?? -Infinity) : -Infinity;
  }

  offer(hit: T): void {
    const h = this.heap;
    if (this.k === 0) return;
    if (h.length < this.k) {
      // Sift up: a parent must be worse than (sort after) its children.
      let i = h.length;
      h.push(hit);
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (this.better(h[parent]!, h[i]!) >= 0) break;
        const swap = h[parent]!;
        h[parent] = h[i]!;
        h[i] = swap;
        i = parent;
      }
      return;
    }
    if (this.better(hit, h[0]!) >= 0) return;
    h[0] = hit;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < h.length && this.better(h[l]!, h[worst]!) > 0) worst = l;
      if (r < h.length && this.better(h[r]!, h[worst]!) > 0) worst = r;
      if (worst === i) return;
      const swap = h[worst]!;
      h[worst] = h[i]!;
      h[i] = swap;
      i = worst;
    }
  }

  /** The pool, best first. */
  result(): T[] {
    return [...this.heap].sort((a, b) => this.better(a, b));
  }
}
