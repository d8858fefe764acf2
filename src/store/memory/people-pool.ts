/**
 * The in-memory twin of MongoDB's ranked pool query ($geoNear, filters, approximate score, sort,
 * limit, count): the same pool and the same exact count, without a haversine or a score for most
 * people in reach.
 *
 * Matchable people are filed in their own geo grid as compact facts (activity bitmask, level
 * rank, reliability, half-hour slots as a bitset, radius, latitude with its cosine). Each grid
 * cell keeps them as one block of typed arrays, sorted by radius (largest first, so mutual reach
 * cuts a cell's list short), with the latest pause and earliest activity in it.
 *
 * One pass over the cells, nearest first, counts everyone qualified and fills the pool:
 * - a member of a cell wholly within reach (and, for mutual reach, whose radius spans the whole
 *   cell) is counted without a distance; only the others cost a haversine, with their stored
 *   cosine: the same number `distanceKm` gives;
 * - once the pool is full, a member whose own parts (distance at its best in the cell) can't beat
 *   the pool's last member is passed over unscored; bounding whole cells by a summary of their
 *   members cost more than it saved (measured), every member being visited for the count anyway;
 * - a cell where nobody is paused or inactive skips those checks;
 * - nothing here is a closure made per query: the JIT would recompile the loop for each.
 * Blocks are rebuilt lazily, the first time a query needs a cell that changed.
 */
import { ACTIVITY_IDS, type ActivityId, type Level, LEVELS, levelRank } from '../../domain/activities.js';
import { weeklySlotIndices } from '../../domain/availability.js';
import { cosLatitude, distanceKm, type GeoPoint, haversineKm } from '../../domain/geo.js';
import { approximateScore, distanceFit, levelFit } from '../../domain/match-score.js';
import { isMatchable, type Profile, reliability } from '../../domain/profile.js';
import type { PeoplePoolQuery } from '../port.js';
import { GeoGrid } from './geo-grid.js';
import { type PoolHit, TopK } from './top-k.js';

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

/**
 * One cell's matchable people, largest radius first, in three typed arrays of one buffer: each
 * member's numbers side by side (`F` and `I` name the places), and their slot bitsets. A city's
 * grid has thousands of cells of a few people each, and a typed array costs about 100 bytes of
 * heap before its first element: eleven arrays a cell, each with its own ArrayBuffer, took about
 * 350 bytes a person at 10,000 people in Berlin.
 */
interface Block {
  readonly ids: readonly string[];
  /** F_STRIDE numbers per member, at F_*. */
  readonly f64: Float64Array;
  /** I_STRIDE integers per member, at I_*. */
  readonly ints: Int32Array;
  /** SLOT_WORDS words per member. */
  readonly slots: Uint32Array;
  /** The latest end of a pause in the cell (0: nobody paused). */
  readonly maxHeldUntil: number;
  /** No member's last activity is earlier (lowered when a member's is patched in place). */
  minLastActive: number;
}

const F_LAT = 0;
const F_LNG = 1;
const F_COS_LAT = 2;
const F_RADIUS_KM = 3;
const F_RELIABILITY = 4;
/** Held back by a no-show pause until this instant (ms; 0: not paused). */
const F_HELD_UNTIL = 5;
const F_LAST_ACTIVE = 6;
const F_STRIDE = 7;
/** The activity bitmask. */
const I_ACTIVITIES = 0;
const I_LEVEL = 1;
/** How many half-hours the member has in the week: a cap on the time they can share. */
const I_SLOT_COUNT = 2;
const I_STRIDE = 3;

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

/** Shared set bits of `a` and the SLOT_WORDS words of `b` from `offset`, reading only `a`'s non-zero `words`. */
function sharedSlots(a: Uint32Array, words: Int32Array, b: Uint32Array, offset: number): number {
  let n = 0;
  for (let k = 0; k < words.length; k++) {
    const i = words[k]!;
    n += popcount(a[i]! & b[offset + i]!);
  }
  return n;
}

/** The indices of the non-zero words of a slot bitset. */
const wordsOf = (bits: Uint32Array) => Int32Array.from(bits.keys()).filter((i) => bits[i] !== 0);

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
  // The numbers first, so every view starts aligned.
  const buffer = new ArrayBuffer(n * (8 * F_STRIDE + 4 * I_STRIDE + 4 * SLOT_WORDS));
  const f64 = new Float64Array(buffer, 0, n * F_STRIDE);
  const ints = new Int32Array(buffer, f64.byteLength, n * I_STRIDE);
  const slots = new Uint32Array(buffer, f64.byteLength + ints.byteLength, n * SLOT_WORDS);
  let maxHeldUntil = 0;
  let minLastActive = Infinity;
  members.forEach((m, i) => {
    const f = i * F_STRIDE;
    f64[f + F_LAT] = m.at.coordinates[1];
    f64[f + F_LNG] = m.at.coordinates[0];
    f64[f + F_COS_LAT] = cosLatitude(m.at.coordinates[1]);
    f64[f + F_RADIUS_KM] = m.radiusKm;
    f64[f + F_RELIABILITY] = m.reliability;
    f64[f + F_HELD_UNTIL] = m.heldUntil;
    f64[f + F_LAST_ACTIVE] = m.lastActive;
    const k = i * I_STRIDE;
    ints[k + I_ACTIVITIES] = m.activities;
    ints[k + I_LEVEL] = m.level;
    let count = 0;
    for (const word of m.slots) count += popcount(word);
    ints[k + I_SLOT_COUNT] = count;
    slots.set(m.slots, i * SLOT_WORDS);
    maxHeldUntil = Math.max(maxHeldUntil, m.heldUntil);
    minLastActive = Math.min(minLastActive, m.lastActive);
  });
  return { ids: members.map((m) => m.id), f64, ints, slots, maxHeldUntil, minLastActive };
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
    if (block && at >= 0) {
      block.f64[at * F_STRIDE + F_LAST_ACTIVE] = next.lastActive;
      block.minLastActive = Math.min(block.minLastActive, next.lastActive);
    }
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
  query(q: PoolQuery, skip: ReadonlySet<string>): PoolResult {
    const run = this.scan(q, skip);
    for (;;) {
      const step = run.next();
      if (step.done) return step.value;
    }
  }

  /**
   * The same query, calling `pause` between cells: an alert pool of thousands held the event loop
   * for hundreds of milliseconds on a busy machine. People written meanwhile count as of the cell
   * that reads them, as in a MongoDB query without a snapshot.
   */
  async querySliced(q: PoolQuery, skip: ReadonlySet<string>, pause: () => Promise<void>): Promise<PoolResult> {
    const run = this.scan(q, skip);
    for (;;) {
      const step = run.next();
      if (step.done) return step.value;
      await pause();
    }
  }

  /** The query as steps: one per cell of the grid it visits. */
  private *scan(q: PoolQuery, skip: ReadonlySet<string>): Generator<void, PoolResult> {
    if (!(q.maxKm >= 0) || !(q.limit > 0)) return { hits: [], qualified: 0 };
    const r = q.ranking;
    const w = r.weights;
    const wanted = q.activitiesAny ? maskOf(q.activitiesAny) : -1;
    const levels = q.levelsAny ? levelMask(q.levelsAny) : ALL_LEVELS;
    const mine = maskOf(r.activities);
    const mySlots = slotBits(r.slots);
    const myWords = wordsOf(mySlots);
    const full = Math.max(1, r.fullSlots);
    // Nobody shares more half-hours than either side has: a cap on the time part, before counting.
    const mySlotCount = mySlots.reduce((n, word) => n + popcount(word), 0);
    const mutual = q.mutual;
    const maxKm = q.maxKm;
    const asker = r.perspective.kind === 'asker' ? r.perspective : null;
    const subjectReliability = r.perspective.kind === 'candidates' ? r.perspective.reliability : 0;
    const levelPart = Array.from({ length: LEVELS.length }, (_, l) => w.level * levelFit(r.levelRank, l));
    const [fromLng, fromLat] = q.from.coordinates;
    const fromCos = cosLatitude(fromLat);

    // Paused or inactive people are left out like any filtered one (`availableAt`); without it,
    // nobody is held: no pause ends after +∞, no activity is before −∞.
    const at = q.availableAt ? q.availableAt.at.getTime() : Infinity;
    const since = q.availableAt ? q.availableAt.activeSince.getTime() : -Infinity;

    let qualified = 0;
    const top = new TopK(Math.max(0, Math.floor(q.limit)));
    for (const cell of this.grid.candidates(q.from, maxKm)) {
      const b = this.block(cell.key, cell.ids);
      const lower = cell.lowerBoundKm;
      const far = cell.upperBoundKm;
      const inside = far <= maxKm;
      const checkHeld = b.maxHeldUntil > at || b.minLastActive < since;
      const { f64, ints } = b;
      for (let i = 0; i < b.ids.length; i++) {
        const f = i * F_STRIDE;
        const k = i * I_STRIDE;
        const radius = f64[f + F_RADIUS_KM]!;
        if (mutual && radius < lower) break;
        const activities = ints[k + I_ACTIVITIES]!;
        const level = ints[k + I_LEVEL]!;
        if ((activities & wanted) === 0 || (levels & (1 << level)) === 0) continue;
        if (checkHeld && (f64[f + F_HELD_UNTIL]! > at || f64[f + F_LAST_ACTIVE]! < since)) continue;
        // Within reach for certain when the whole cell is (and the radius spans it); else measured.
        let d = -1;
        if (!inside || (mutual && radius < far)) {
          d = haversineKm(fromLat, fromLng, fromCos, f64[f + F_LAT]!, f64[f + F_LNG]!, f64[f + F_COS_LAT]!);
          if (d > maxKm || (mutual && radius < d)) continue;
        }
        qualified++;
        const fit = jaccard(mine, activities);
        const memberReliability = asker ? f64[f + F_RELIABILITY]! : subjectReliability;
        const reach = asker ? asker.radiusKm : radius;
        // Every part but distance and time is this member's own; distance at its best in the cell
        // when not measured yet, time at its best until counted. A full pool's last member beats
        // this for most people, who then cost no slot count.
        const rest = w.activities * fit + levelPart[level]! + w.distance * distanceFit(d < 0 ? lower : d, reach) + w.reliability * memberReliability;
        const worst = top.worst() - ROUNDING_SLACK;
        if (rest + w.availability * Math.min(1, Math.min(mySlotCount, ints[k + I_SLOT_COUNT]!) / full) < worst) continue;
        const time = Math.min(1, sharedSlots(mySlots, myWords, b.slots, i * SLOT_WORDS) / full);
        if (rest + w.availability * time < worst) continue;
        const id = b.ids[i]!;
        if (skip.has(id)) continue;
        if (d < 0) d = haversineKm(fromLat, fromLng, fromCos, f64[f + F_LAT]!, f64[f + F_LNG]!, f64[f + F_COS_LAT]!);
        const score = approximateScore({ activities: fit, availability: time, level: levelFit(r.levelRank, level), distance: distanceFit(d, reach), reliability: memberReliability }, w);
        top.offer({ id, distanceKm: d, score });
      }
      yield;
    }
    // Everyone filtered out by id alone was counted above: take back those who would qualify.
    for (const id of skip) {
      const f = this.facts.get(id);
      const d = f ? distanceKm(q.from, f.at) : Infinity;
      if (f && !(f.heldUntil > at || f.lastActive < since) && (f.activities & wanted) !== 0 && (levels & (1 << f.level)) !== 0 && d <= maxKm && (!mutual || f.radiusKm >= d)) qualified--;
    }
    return { hits: top.result(), qualified: Math.max(0, qualified) };
  }
}

type PoolQuery = Omit<PeoplePoolQuery, 'excludeIds' | 'notBlockedBy'>;
interface PoolResult {
  readonly hits: PoolHit[];
  readonly qualified: number;
}
