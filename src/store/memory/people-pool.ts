/**
 * The in-memory twin of MongoDB's ranked pool query ($geoNear, filters, approximate score, sort,
 * limit, count): the same pool and the same exact count, without a haversine or a score for most
 * people in reach.
 *
 * Matchable people are filed in their own geo grid as compact facts (activity bitmask, level
 * rank, reliability, half-hour slots as a bitset, radius, latitude with its cosine). Each grid
 * cell keeps them as one block (pool-block.ts): columns of typed arrays, sorted by radius (largest
 * first, so mutual reach cuts a cell's list short), with a bitset of members per activity.
 *
 * One pass over the cells, nearest first, counts everyone qualified and fills the pool
 * (pool-scan.ts says how it passes most people over).
 * Blocks are rebuilt lazily, the first time a query needs a cell that changed.
 */
import { levelRank } from '../../domain/activities.js';
import { weeklySlotIndices } from '../../domain/availability.js';
import { isMatchable, type Profile, reliability } from '../../domain/profile.js';
import { GeoGrid } from './geo-grid.js';
import { type Facts, PoolBlock } from './pool-block.js';
import { maskOf, type PoolQuery, type PoolResult, PoolScan, slotBits } from './pool-scan.js';
import type { TimeSlice } from './time-slice.js';

/**
 * The pool's cells in degrees, about 3.3 × 2 km in Berlin: coarser than the nearest-people grid's
 * (0.01°), because a pool query reads every cell in reach and a cell read costs as much as a few
 * dozen of its members (measured at dense-50k: 0.01° 0.91 ms a query, 0.02° 0.60, 0.03° 0.61,
 * 0.05° 0.74); with 0.03° most cells of a dense city are crowded (see pool-block.ts).
 */
export const POOL_CELL = 0.03;

const NONE: readonly number[] = [];

export class PoolIndex {
  private readonly grid = new GeoGrid(POOL_CELL);
  private readonly facts = new Map<string, Facts>();
  private readonly blocks = new Map<number, PoolBlock>();

  /**
   * Files the profile as it is now (or removes it when it can't be matched): `p` is the stored,
   * read-only profile, which the query's hits hand out as they are.
   */
  set(p: Profile): void {
    if (!isMatchable(p) || !p.location || !p.level) {
      this.delete(p.id);
      return;
    }
    const facts: Facts = {
      id: p.id,
      profile: p,
      at: p.location,
      radiusKm: p.radiusKm,
      activities: maskOf(p.activities),
      level: levelRank(p.level),
      reliability: reliability(p.attendance),
      slots: slotBits(weeklySlotIndices(p.availability)),
      heldUntil: p.noShowPause && !p.noShowPause.ended ? p.noShowPause.until.getTime() : 0,
      lastActive: p.lastActiveAt.getTime(),
    };
    // Every command bumps `lastActiveAt` (hourly): patched into the cell's block in place, so
    // busy people don't make every /match rebuild their cell.
    if (this.onlyActivityMoved(this.facts.get(p.id), facts)) return;
    this.delete(p.id);
    this.facts.set(p.id, facts);
    this.grid.set(p.id, p.location);
    this.touch(p.id);
  }

  private onlyActivityMoved(old: Facts | undefined, next: Facts): boolean {
    if (!old) return false;
    const same =
      old.at.coordinates[0] === next.at.coordinates[0] &&
      old.at.coordinates[1] === next.at.coordinates[1] &&
      old.radiusKm === next.radiusKm &&
      old.activities === next.activities &&
      old.level === next.level &&
      old.reliability === next.reliability &&
      old.heldUntil === next.heldUntil &&
      old.slots.every((w, i) => w === next.slots[i]);
    if (!same) return false;
    this.facts.set(next.id, next);
    const key = this.grid.cellKeyOf(next.id);
    if (key !== undefined) this.blocks.get(key)?.patch(next);
    return true;
  }

  delete(id: string): void {
    if (!this.facts.has(id)) return;
    this.touch(id);
    this.grid.delete(id);
    this.facts.delete(id);
  }

  private touch(id: string): void {
    const key = this.grid.cellKeyOf(id);
    if (key !== undefined) this.blocks.delete(key);
  }

  private block(key: number, ids: ReadonlySet<string>): PoolBlock {
    let hit = this.blocks.get(key);
    if (!hit) this.blocks.set(key, (hit = PoolBlock.of([...ids].map((id) => this.facts.get(id)!))));
    return hit;
  }

  /**
   * The best `q.limit` qualified people by approximate score (then distance, then id) and how
   * many qualified. `skip` holds the ids no filter of the facts can see: excluded, blocking.
   */
  query(q: PoolQuery, skip: ReadonlySet<string>): PoolResult {
    const run = this.scan(q, skip);
    for (;;) {
      const step = run.next();
      if (step.done) return step.value;
    }
  }

  /**
   * The same query, pausing between cells when the slice is due: an alert pool of thousands held
   * the event loop for hundreds of milliseconds on a busy machine. People written meanwhile count
   * as of the cell that reads them, as in a MongoDB query without a snapshot; `paused` says whether
   * anyone could have been written meanwhile.
   */
  async querySliced(q: PoolQuery, skip: ReadonlySet<string>, slice: TimeSlice): Promise<PoolResult & { readonly paused: boolean }> {
    const run = this.scan(q, skip);
    let paused = false;
    for (;;) {
      const step = run.next();
      if (step.done) return { ...step.value, paused };
      if (slice.due()) {
        paused = true;
        await slice.pause();
      }
    }
  }

  /** The query as steps: one per cell of the grid it visits. */
  private *scan(q: PoolQuery, skip: ReadonlySet<string>): Generator<void, PoolResult> {
    if (!(q.maxKm >= 0) || !(q.limit > 0)) return { hits: [], qualified: 0 };
    const scan = new PoolScan(q);
    // The skipped by cell: they are found in their cell's block when (and if) it is read.
    const skipped = new Map<number, string[]>();
    for (const id of skip) {
      const key = this.grid.cellKeyOf(id);
      if (key === undefined) continue;
      const here = skipped.get(key);
      if (here) here.push(id);
      else skipped.set(key, [id]);
    }
    for (const cell of this.grid.candidates(q.from, q.maxKm)) {
      const block = this.block(cell.key, cell.ids);
      const ids = skipped.get(cell.key);
      scan.read(block, cell.lowerBoundKm, cell.upperBoundKm, ids ? ids.map((id) => block.indexOf(this.facts.get(id)!)).filter((i) => i >= 0) : NONE);
      yield;
    }
    return scan.result();
  }
}
