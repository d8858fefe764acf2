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
 * One pass over the cells, nearest first, counts everyone qualified and fills the pool:
 * - only members sharing a wanted activity are visited, by the bits of their activities' sets
 *   (about a third of those in reach in a city);
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
import { cosLatitude, distanceKm, haversineKm } from '../../domain/geo.js';
import { approximateScore, distanceFit, levelFit } from '../../domain/match-score.js';
import { isMatchable, type Profile, reliability } from '../../domain/profile.js';
import type { PeoplePoolQuery } from '../port.js';
import { GeoGrid } from './geo-grid.js';
import type { TimeSlice } from './time-slice.js';
import { ACTIVITY_COUNT, type Facts, PoolBlock, popcount, SLOT_WORDS } from './pool-block.js';
import { type PoolHit, TopK } from './top-k.js';

const ACTIVITY_BIT = new Map<ActivityId, number>(ACTIVITY_IDS.map((a, i) => [a, 1 << i]));
const maskOf = (activities: readonly ActivityId[]) => activities.reduce((m, a) => m | (ACTIVITY_BIT.get(a) ?? 0), 0);
const ALL_LEVELS = (1 << LEVELS.length) - 1;
const levelMask = (levels: readonly Level[]) => levels.reduce((m, l) => m | (1 << levelRank(l)), 0);

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

/** The indices of the activities in a bitmask (every activity for -1). */
const activityIndices = (mask: number) => Int32Array.from({ length: ACTIVITY_COUNT }, (_, a) => a).filter((a) => (mask & (1 << a)) !== 0);

/** Bitmask Jaccard: the same value as `activityFit` on the activity lists. */
const jaccard = (a: number, b: number) => {
  const union = popcount(a | b);
  return union ? popcount(a & b) / union : 0;
};

/** Scores within this of each other may round to the same value: never prune on less. */
const ROUNDING_SLACK = 1e-6;

export class PoolIndex {
  private readonly grid = new GeoGrid();
  private readonly facts = new Map<string, Facts>();
  private readonly blocks = new Map<number, PoolBlock>();

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
    if (key !== undefined) this.blocks.get(key)?.patchLastActive(next.id, next.lastActive);
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
   * as of the cell that reads them, as in a MongoDB query without a snapshot.
   */
  async querySliced(q: PoolQuery, skip: ReadonlySet<string>, slice: TimeSlice): Promise<PoolResult> {
    const run = this.scan(q, skip);
    for (;;) {
      const step = run.next();
      if (step.done) return step.value;
      if (slice.due()) await slice.pause();
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

    const wantedActivities = activityIndices(wanted);
    let qualified = 0;
    const top = new TopK(Math.max(0, Math.floor(q.limit)));
    // The pool's last member's score, less the slack: -∞ while the pool has room.
    let worst = -Infinity;
    for (const cell of this.grid.candidates(q.from, maxKm)) {
      const b = this.block(cell.key, cell.ids);
      const lower = cell.lowerBoundKm;
      const far = cell.upperBoundKm;
      const checkHeld = b.maxHeldUntil > at || b.minLastActive < since;
      const { f64, ints, words, bitWords } = b;
      // Members from `end` on can't reach the query point (radii fall); those before `sure` are
      // within reach for certain: the whole cell is (and, for mutual reach, their radius spans it).
      const end = mutual ? b.radiusAtLeast(lower) : b.size;
      const sure = far > maxKm ? 0 : mutual ? b.radiusAtLeast(far) : b.size;
      for (let word = 0; word << 5 < end; word++) {
        let bits = 0;
        for (let a = 0; a < wantedActivities.length; a++) bits |= words[b.bitsAt + wantedActivities[a]! * bitWords + word]!;
        if ((word + 1) << 5 > end) bits &= (1 << (end & 31)) - 1;
        while (bits !== 0) {
          const low = bits & -bits;
          bits ^= low;
          const i = (word << 5) | (31 - Math.clz32(low));
          const level = ints[b.levelAt + i]!;
          if ((levels & (1 << level)) === 0) continue;
          if (checkHeld && (f64[b.heldUntilAt + i]! > at || f64[b.lastActiveAt + i]! < since)) continue;
          const radius = f64[b.radiusAt + i]!;
          let d = -1;
          if (i >= sure) {
            d = haversineKm(fromLat, fromLng, fromCos, f64[b.latAt + i]!, f64[b.lngAt + i]!, f64[b.cosLatAt + i]!);
            if (d > maxKm || (mutual && radius < d)) continue;
          }
          qualified++;
          const activities = ints[b.activitiesAt + i]!;
          const fit = jaccard(mine, activities);
          const memberReliability = asker ? f64[b.reliabilityAt + i]! : subjectReliability;
          const reach = asker ? asker.radiusKm : radius;
          // Every part but distance and time is this member's own; distance at its best in the cell
          // when not measured yet, time at its best until counted. A full pool's last member beats
          // this for most people, who then cost no slot count.
          const rest = w.activities * fit + levelPart[level]! + w.distance * distanceFit(d < 0 ? lower : d, reach) + w.reliability * memberReliability;
          if (rest + w.availability * Math.min(1, Math.min(mySlotCount, ints[b.slotCountAt + i]!) / full) < worst) continue;
          const time = Math.min(1, sharedSlots(mySlots, myWords, words, i * SLOT_WORDS) / full);
          if (rest + w.availability * time < worst) continue;
          const id = b.ids[i]!;
          if (skip.has(id)) continue;
          if (d < 0) d = haversineKm(fromLat, fromLng, fromCos, f64[b.latAt + i]!, f64[b.lngAt + i]!, f64[b.cosLatAt + i]!);
          const score = approximateScore({ activities: fit, availability: time, level: levelFit(r.levelRank, level), distance: distanceFit(d, reach), reliability: memberReliability }, w);
          top.offer({ id, distanceKm: d, score });
          worst = top.worst() - ROUNDING_SLACK;
        }
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
