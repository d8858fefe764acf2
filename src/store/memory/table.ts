/**
 * A map of documents that hands out copies, as a database would: nothing a caller does to a
 * returned object reaches the stored one. Every method is synchronous, so each repository
 * operation built on it is atomic under Node's single thread.
 */
import { copyPlain } from './copy.js';

/** Told of every stored row as written and of every id removed: how an index beside a table follows it. */
export interface TableWatcher<T> {
  written(row: T): void;
  deleted(id: string): void;
}

export interface TableOptions<T> {
  readonly watcher?: TableWatcher<T>;
  /**
   * Stored rows are deep-frozen, so `peek` and `scan` may hand them to callers as read-only
   * results without a copy: a caller that tried to change one would throw, not reach the store.
   */
  readonly frozen?: boolean;
}

/** Freezes an object and everything it holds (Dates stay writable through their methods only). */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export class Table<T extends { readonly id: string }> {
  private readonly rows = new Map<string, T>();
  private readonly watcher: TableWatcher<T> | null;
  private readonly store: (row: T) => T;

  constructor(options: TableOptions<T> = {}) {
    this.watcher = options.watcher ?? null;
    // A frozen row is copied with copyPlain: the copy keeps the writer's strings (they can't
    // change), so activity ids stay the program's own constants and compare by reference when a
    // `/match` scores its pool (structuredClone makes new strings, compared letter by letter).
    this.store = options.frozen ? (row) => deepFreeze(copyPlain(row)) : (row) => structuredClone(row);
  }

  has(id: string): boolean {
    return this.rows.has(id);
  }

  get(id: string): T | null {
    const row = this.rows.get(id);
    return row ? structuredClone(row) : null;
  }

  set(row: T): void {
    const stored = this.store(row);
    this.rows.set(row.id, stored);
    this.watcher?.written(stored);
  }

  delete(id: string): boolean {
    const had = this.rows.delete(id);
    if (had) this.watcher?.deleted(id);
    return had;
  }

  /** Copies of the rows that pass the filter. */
  filter(keep: (row: T) => boolean): T[] {
    const out: T[] = [];
    for (const row of this.rows.values()) if (keep(row)) out.push(structuredClone(row));
    return out;
  }

  /** The stored row itself, read-only, for filtering before copying. */
  peek(id: string): T | undefined {
    return this.rows.get(id);
  }

  /** The stored rows themselves, read-only, for counting and filtering before copying. */
  *scan(): IterableIterator<T> {
    yield* this.rows.values();
  }

  /** Applies `change` to the stored row if `when` holds; returns copies before and after. */
  modify(id: string, when: (row: T) => boolean, change: (row: T) => T): { before: T; after: T } | null {
    const row = this.rows.get(id);
    if (!row || !when(row)) return null;
    const after = change(structuredClone(row));
    const stored = this.store(after);
    this.rows.set(id, stored);
    this.watcher?.written(stored);
    return { before: structuredClone(row), after };
  }

  deleteWhere(match: (row: T) => boolean): T[] {
    const removed: T[] = [];
    for (const [id, row] of this.rows) {
      if (match(row)) {
        removed.push(row);
        this.rows.delete(id);
        this.watcher?.deleted(id);
      }
    }
    return removed;
  }
}

/**
 * The `k` nearest of many candidates, in order, without sorting them all: a bounded insertion
 * into a sorted array, O(n log k) comparisons for n candidates.
 */
export class Nearest<T extends { id: string }> {
  private readonly hits: { item: T; distanceKm: number }[] = [];

  constructor(
    private readonly k: number,
    private readonly copy: (item: T) => T = structuredClone,
  ) {}

  /** Whether a candidate at this distance could still make the cut (cheap pre-check). */
  wants(distanceKm: number): boolean {
    return this.hits.length < this.k || distanceKm <= this.hits[this.hits.length - 1]!.distanceKm;
  }

  offer(item: T, distanceKm: number): void {
    if (this.k <= 0 || !this.wants(distanceKm)) return;
    const hit = { item, distanceKm };
    let lo = 0;
    let hi = this.hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byDistanceThenId(this.hits[mid]!, hit) <= 0) lo = mid + 1;
      else hi = mid;
    }
    this.hits.splice(lo, 0, hit);
    if (this.hits.length > this.k) this.hits.pop();
  }

  /** Copies of the kept items, nearest first. */
  result(): { item: T; distanceKm: number }[] {
    return this.hits.map((h) => ({ item: this.copy(h.item), distanceKm: h.distanceKm }));
  }
}

/** Degrees of latitude that `km` spans: anything further north or south can't be within `km`. */
export const latitudeSpan = (km: number): number => km / 111.19;

export const byDistanceThenId = <T extends { id: string }>(a: { item: T; distanceKm: number }, b: { item: T; distanceKm: number }) =>
  a.distanceKm - b.distanceKm || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0);

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Oldest first by a time field, ties by id: what MongoDB's `sort({ <time>: 1, _id: 1 })` gives.
 * Without the id, equal times would come out in insertion order here and in id order there.
 */
export const oldestFirst =
  <T extends { readonly id: string }>(time: (row: T) => Date) =>
  (a: T, b: T): number =>
    time(a).getTime() - time(b).getTime() || byId(a.id, b.id);

/** Newest first, ties by id descending: `sort({ <time>: -1, _id: -1 })`. */
export const newestFirst =
  <T extends { readonly id: string }>(time: (row: T) => Date) =>
  (a: T, b: T): number =>
    oldestFirst(time)(b, a);

/** The patch without keys whose value is undefined: those leave a field alone, as in MongoDB. */
export function definedOnly<P extends object>(patch: P): Partial<P> {
  const out: Partial<P> = {};
  for (const key of Object.keys(patch) as (keyof P)[]) if (patch[key] !== undefined) out[key] = structuredClone(patch[key]);
  return out;
}
