/**
 * The in-memory twin of MongoDB's ranked pool query ($geoNear, filters, approximate score, sort,
 * limit, count): the same pool, found without scoring every person in reach.
 *
 * Matchable people are filed in their own geo grid as compact facts (activity bitmask, level
 * rank, reliability, half-hour slots as a bitset, radius). Each grid cell keeps them as one
 * block of typed arrays, sorted by radius (largest first, so mutual reach cuts a cell's list
 * short), with a summary: its distinct activity combinations, levels, best reliability, union of
 * slots and largest radius. From the summary and the cell's distance bounds an upper bound on
 * the score of anyone in the cell follows; cells are read best bound first, a member whose cheap
 * parts alone can't beat the pool's last is passed over before any distance or slot maths, and
 * reading stops once the pool is full and no unread cell can beat its last member. Counting the
 * qualified reads only the typed arrays, with a distance only where the cell straddles a limit.
 * Blocks are rebuilt lazily, the first time a query needs a cell that changed.
 */
import { ACTIVITY_IDS, type ActivityId, type Level, LEVELS, levelRank } from '../../domain/activities.js';
import { weeklySlotIndices } from '../../domain/availability.js';
import { distanceKm, type GeoPoint } from '../../domain/geo.js';
import { approximateScore, distanceFit, levelFit } from '../../domain/match-score.js';
import { isMatchable, type Profile, reliability } from '../../domain/profile.js';
import type { PeoplePoolQuery } from '../port.js';
import { GeoGrid } from './geo-grid.js';

const SLOT_WORDS = 11; // 336 half-hours of a week, 32 to a word

interface Facts {
  readonly id: string;
  readonly at: GeoPoint;
  readonly radiusKm: number;
  readonly activities: number;
  readonly level: number;
  readonly reliability: number;
  readonly slots: Uint32Array;
  /** Held back by a no-show pause until this instant (ms; 0: not paused). */
  readonly heldUntil: number;
  readonly lastActive: number;
}

/** One cell's matchable people as parallel typed arrays, largest radius first. */
interface Block {
  readonly ids: readonly string[];
  readonly at: readonly GeoPoint[];
  readonly radiusKm: Float64Array;
  readonly activities: Int32Array;
  readonly level: Uint8Array;
  readonly reliability: Float64Array;
  readonly heldUntil: Float64Array;
  readonly lastActive: Float64Array;
  /** SLOT_WORDS words per member. */
  readonly slots: Uint32Array;
  /** The distinct activity combinations present. */
  readonly masks: Int32Array;
  readonly levels: number;
  readonly maxReliability: number;
  readonly maxRadiusKm: number;
  readonly unionSlots: Uint32Array;
}

export interface PoolHit {
  readonly id: string;
  readonly distanceKm: number;
  readonly score: number;
}

const ACTIVITY_BIT = new Map<ActivityId, number>(ACTIVITY_IDS.map((a, i) => [a, 1 << i]));
const maskOf = (activities: readonly ActivityId[]) => activities.reduce((m, a) => m | (ACTIVITY_BIT.get(a) ?? 0), 0);
const ALL_LEVELS = (1 << LEVELS.length) - 1;
const levelMask = (levels: readonly Level[]) => levels.reduce((m, l) => m | (1 << levelRank(l)), 0);

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

function slotBits(slots: readonly number[]): Uint32Array {
  const bits = new Uint32Array(SLOT_WORDS);
  for (const s of slots) if (s >= 0 && s < SLOT_WORDS * 32) bits[s >>> 5]! |= 1 << (s & 31);
  return bits;
}

/** Shared set bits of `a` and the SLOT_WORDS words of `b` from `offset`. */
function sharedSlots(a: Uint32Array, b: Uint32Array, offset = 0): number {
  let n = 0;
  for (let i = 0; i < SLOT_WORDS; i++) n += popcount(a[i]! & b[offset + i]!);
  return n;
}

/** Bitmask Jaccard: the same value as `activityFit` on the activity lists. */
const jaccard = (a: number, b: number) => {
  const union = popcount(a | b);
  return union ? popcount(a & b) / union : 0;
};

/** Scores within this of each other may round to the same value: never prune on less. */
const ROUNDING_SLACK = 1e-6;

function buildBlock(members: Facts[]): Block {
  members.sort((a, b) => b.radiusKm - a.radiusKm);
  const n = members.length;
  const slots = new Uint32Array(n * SLOT_WORDS);
  const unionSlots = new Uint32Array(SLOT_WORDS);
  const masks = new Set<number>();
  let levels = 0;
  let maxReliability = 0;
  members.forEach((m, i) => {
    slots.set(m.slots, i * SLOT_WORDS);
    for (let w = 0; w < SLOT_WORDS; w++) unionSlots[w]! |= m.slots[w]!;
    masks.add(m.activities);
    levels |= 1 << m.level;
    maxReliability = Math.max(maxReliability, m.reliability);
  });
  return {
    ids: members.map((m) => m.id),
    at: members.map((m) => m.at),
    radiusKm: Float64Array.from(members, (m) => m.radiusKm),
    activities: Int32Array.from(members, (m) => m.activities),
    level: Uint8Array.from(members, (m) => m.level),
    reliability: Float64Array.from(members, (m) => m.reliability),
    heldUntil: Float64Array.from(members, (m) => m.heldUntil),
    lastActive: Float64Array.from(members, (m) => m.lastActive),
    slots,
    masks: Int32Array.from(masks),
    levels,
    maxReliability,
    maxRadiusKm: members[0]?.radiusKm ?? 0,
    unionSlots,
  };
}

export class PoolIndex {
  private readonly grid = new GeoGrid();
  private readonly facts = new Map<string, Facts>();
  private readonly blocks = new Map<number, Block>();

  /** Files the profile as it is now (or removes it when it can't be matched). */
  set(p: Profile): void {
    if (!isMatchable(p) || !p.location || !p.level) {
      this.delete(p.id);
      return;
    }
    const facts: Facts = {
      id: p.id,
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
    const block = key === undefined ? undefined : this.blocks.get(key);
    const at = block ? block.ids.indexOf(next.id) : -1;
    if (block && at >= 0) block.lastActive[at] = next.lastActive;
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

  private block(key: number, ids: ReadonlySet<string>): Block {
    let hit = this.blocks.get(key);
    if (!hit) this.blocks.set(key, (hit = buildBlock([...ids].map((id) => this.facts.get(id)!))));
    return hit;
  }

  /**
   * The best `q.limit` qualified people by approximate score (then distance, then id) and how
   * many qualified. `skip` holds the ids no filter of the facts can see: excluded, blocking.
   */
  query(q: PoolQuery, skip: ReadonlySet<string>): { hits: PoolHit[]; qualified: number } {
    if (!(q.maxKm >= 0) || !(q.limit > 0)) return { hits: [], qualified: 0 };
    const r = q.ranking;
    const w = r.weights;
    const wanted = q.activitiesAny ? maskOf(q.activitiesAny) : -1;
    const levels = q.levelsAny ? levelMask(q.levelsAny) : ALL_LEVELS;
    const mine = maskOf(r.activities);
    const mySlots = slotBits(r.slots);
    const full = Math.max(1, r.fullSlots);
    const mutual = q.mutual;
    const maxKm = q.maxKm;
    const asker = r.perspective.kind === 'asker' ? r.perspective : null;
    const subjectReliability = r.perspective.kind === 'candidates' ? r.perspective.reliability : 0;
    const levelPart = Array.from({ length: LEVELS.length }, (_, l) => w.level * levelFit(r.levelRank, l));
    // The best weighted level part for each set of levels (a bitmask over LEVELS).
    const levelBest = Array.from({ length: 1 << LEVELS.length }, (_, set) => {
      let best = 0;
      for (let l = 0; l < LEVELS.length; l++) if (set & (1 << l)) best = Math.max(best, levelPart[l]!);
      return best;
    });

    // Paused or inactive people are left out like any filtered one (`availableAt`).
    const at = q.availableAt ? q.availableAt.at.getTime() : null;
    const since = q.availableAt ? q.availableAt.activeSince.getTime() : 0;
    const held = (until: number, active: number) => at !== null && (until > at || active < since);

    let qualified = 0;
    const open: { block: Block; lowerBoundKm: number; bound: number }[] = [];
    for (const cell of this.grid.candidates(q.from, maxKm)) {
      const b = this.block(cell.key, cell.ids);
      const lower = cell.lowerBoundKm;
      const far = this.grid.upperBound(q.from, cell.key);
      const inside = far <= maxKm;
      let any = false;
      for (let i = 0; i < b.ids.length; i++) {
        const radius = b.radiusKm[i]!;
        if (mutual && radius < lower) break;
        if ((b.activities[i]! & wanted) === 0 || (levels & (1 << b.level[i]!)) === 0) continue;
        if (held(b.heldUntil[i]!, b.lastActive[i]!)) continue;
        any = true;
        if (inside && (!mutual || radius >= far)) qualified++;
        else {
          const d = distanceKm(q.from, b.at[i]!);
          if (d <= maxKm && (!mutual || radius >= d)) qualified++;
        }
      }
      if (!any) continue;
      // The cell's bound: each part at its best in the cell, weighed as `weightedScore` does.
      let bestFit = 0;
      for (const m of b.masks) if ((m & wanted) !== 0) bestFit = Math.max(bestFit, jaccard(mine, m));
      const availability = w.availability * Math.min(1, sharedSlots(mySlots, b.unionSlots) / full);
      const bound =
        w.activities * bestFit +
        availability +
        levelBest[b.levels & levels]! +
        w.distance * distanceFit(lower, asker ? asker.radiusKm : b.maxRadiusKm) +
        w.reliability * (asker ? b.maxReliability : subjectReliability);
      open.push({ block: b, lowerBoundKm: lower, bound });
    }
    // Everyone filtered out by id alone was counted above: take back those who would qualify.
    for (const id of skip) {
      const f = this.facts.get(id);
      const d = f ? distanceKm(q.from, f.at) : Infinity;
      if (f && !held(f.heldUntil, f.lastActive) && (f.activities & wanted) !== 0 && (levels & (1 << f.level)) !== 0 && d <= maxKm && (!mutual || f.radiusKm >= d)) qualified--;
    }

    const top = new TopK(Math.max(0, Math.floor(q.limit)));
    open.sort((a, b) => b.bound - a.bound || a.lowerBoundKm - b.lowerBoundKm);
    for (const cell of open) {
      if (top.full() && cell.bound + ROUNDING_SLACK < top.worst()) break;
      const b = cell.block;
      for (let i = 0; i < b.ids.length; i++) {
        const radius = b.radiusKm[i]!;
        if (mutual && radius < cell.lowerBoundKm) break;
        const activities = b.activities[i]!;
        const level = b.level[i]!;
        if ((activities & wanted) === 0 || (levels & (1 << level)) === 0) continue;
        const fit = jaccard(mine, activities);
        const time = Math.min(1, sharedSlots(mySlots, b.slots, i * SLOT_WORDS) / full);
        const memberReliability = asker ? b.reliability[i]! : subjectReliability;
        // Every part but distance is this member's own; distance at its best in the cell. A full
        // pool's last member beats this bound for most people, who then cost no haversine.
        const bound =
          w.activities * fit +
          w.availability * time +
          levelPart[level]! +
          w.distance * distanceFit(cell.lowerBoundKm, asker ? asker.radiusKm : radius) +
          w.reliability * memberReliability;
        if (top.full() && bound + ROUNDING_SLACK < top.worst()) continue;
        const id = b.ids[i]!;
        if (skip.has(id) || held(b.heldUntil[i]!, b.lastActive[i]!)) continue;
        const d = distanceKm(q.from, b.at[i]!);
        if (d > maxKm || (mutual && radius < d)) continue;
        const score = approximateScore(
          {
            activities: fit,
            availability: time,
            level: levelFit(r.levelRank, level),
            distance: distanceFit(d, asker ? asker.radiusKm : radius),
            reliability: memberReliability,
          },
          w,
        );
        top.offer({ id, distanceKm: d, score });
      }
    }
    return { hits: top.result(), qualified: Math.max(0, qualified) };
  }
}

type PoolQuery = Omit<PeoplePoolQuery, 'excludeIds' | 'notBlockedBy'>;

const better = (a: PoolHit, b: PoolHit) => b.score - a.score || a.distanceKm - b.distanceKm || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The k best hits: a binary heap with the worst kept at the root, so a full pool compares a newcomer
 * with its last member in O(1) and replaces it in O(log k); sorted once at the end.
 */
class TopK {
  private readonly heap: PoolHit[] = [];

  constructor(private readonly k: number) {}

  full(): boolean {
    return this.heap.length >= this.k;
  }

  worst(): number {
    return this.heap[0]?.score ?? -Infinity;
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
