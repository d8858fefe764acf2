/**
 * One ranked pool query as it reads the grid's cells (PoolBlock), nearest first: the count of
 * everyone qualified and the best `limit` by approximate score so far.
 *
 * What the query asks is worked out once, into plain numbers and typed arrays on the scan, and
 * `read` copies them into locals: the loop over members then runs on locals and typed-array loads
 * only (measured a little faster than the same loop inside the query's generator, whose locals
 * live across each cell's yield).
 */
import { bitCount, popcount } from '../../domain/bits.js';
import { ACTIVITY_IDS, type ActivityId, type Level, LEVELS, levelRank } from '../../domain/activities.js';
import { cosLatitude, haversineKm, withinKm } from '../../domain/geo.js';
import { approximateScore, distanceFit, levelFit, type ScoreParts } from '../../domain/match-score.js';
import type { Profile } from '../../domain/profile.js';
import type { PeoplePoolQuery } from '../port.js';
import { ACTIVITY_COUNT, type PoolBlock, SLOT_WORDS } from './pool-block.js';
import { CellHopes, ROUNDING_SLACK } from './pool-hopes.js';
import { type PoolHit, TopK } from './top-k.js';

/** A pool member as the scan keeps it: its id stays in its cell until the pool is final. */
interface Entry {
  readonly score: number;
  readonly distanceKm: number;
  readonly block: PoolBlock;
  readonly index: number;
}
const idOf = (e: Entry) => e.block.member(e.index).id;

export type PoolQuery = Omit<PeoplePoolQuery, 'excludeIds' | 'notBlockedBy'>;

/** A hit and the stored profile it stands for. */
export interface ProfileHit extends PoolHit {
  readonly profile: Profile;
}

export interface PoolResult {
  readonly hits: ProfileHit[];
  readonly qualified: number;
}

const ACTIVITY_BIT = new Map<ActivityId, number>(ACTIVITY_IDS.map((a, i) => [a, 1 << i]));
export const maskOf = (activities: readonly ActivityId[]) => activities.reduce((m, a) => m | (ACTIVITY_BIT.get(a) ?? 0), 0);
const ALL_LEVELS = (1 << LEVELS.length) - 1;
const levelMask = (levels: readonly Level[]) => levels.reduce((m, l) => m | (1 << levelRank(l)), 0);

export function slotBits(slots: readonly number[]): Uint32Array {
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

/** The bits of word `word` of a member bitset that stand for members before `k`. */
const below = (k: number, word: number): number => {
  const n = k - (word << 5);
  return n >= 32 ? -1 : n <= 0 ? 0 : (1 << n) - 1;
};

export class PoolScan {
  private readonly weights: ScoreParts;
  private readonly levelRank: number;
  private readonly levels: number;
  private readonly mine: number;
  private readonly mySlots: Uint32Array;
  /** The indices of `mySlots`' non-zero words. */
  private readonly myWords: Int32Array;
  private readonly mySlotCount: number;
  private readonly full: number;
  private readonly mutual: boolean;
  private readonly maxKm: number;
  /** The asker's radius, when the asker judges (distance against it); -1 when each candidate does. */
  private readonly askerRadius: number;
  private readonly subjectReliability: number;
  /** The weighted level part by the member's level rank. */
  private readonly levelPart: Float64Array;
  private readonly fromLat: number;
  private readonly fromLng: number;
  private readonly fromCos: number;
  /** Paused until after this, or last active before `since`, is held back (±∞: nobody is). */
  readonly at: number;
  readonly since: number;
  private readonly top: TopK<Entry>;
  /** The pool's last member's score, less the slack: -∞ while the pool has room. */
  private worst = -Infinity;
  private qualified = 0;
  /** The indices of the wanted activities: whose member bitsets to read. */
  private readonly wantedActivities: Int32Array;
  /** The bound on everyone's score a crowded cell allows, 32 members at a time. */
  private readonly hopes: CellHopes;
  /** Per cell: the members sharing a wanted activity (see `read`). */
  private shareWords = new Int32Array(8);
  /** The best weighted level part any allowed level gets. */
  private readonly bestLevelPart: number;

  constructor(readonly q: PoolQuery) {
    const r = q.ranking;
    const w = (this.weights = r.weights);
    this.levelRank = r.levelRank;
    this.wantedActivities = activityIndices(q.activitiesAny ? maskOf(q.activitiesAny) : -1);
    this.levels = q.levelsAny ? levelMask(q.levelsAny) : ALL_LEVELS;
    this.mine = maskOf(r.activities);
    this.mySlots = slotBits(r.slots);
    this.myWords = wordsOf(this.mySlots);
    this.full = Math.max(1, r.fullSlots);
    this.hopes = new CellHopes(w, activityIndices(this.mine), this.mySlots, this.full);
    // Nobody shares more half-hours than either side has: a cap on the time part, before counting.
    this.mySlotCount = bitCount(this.mySlots);
    this.mutual = q.mutual;
    this.maxKm = q.maxKm;
    this.askerRadius = r.perspective.kind === 'asker' ? r.perspective.radiusKm : -1;
    this.subjectReliability = r.perspective.kind === 'candidates' ? r.perspective.reliability : 0;
    this.levelPart = Float64Array.from({ length: LEVELS.length }, (_, l) => w.level * levelFit(r.levelRank, l));
    this.bestLevelPart = Math.max(0, ...Array.from(this.levelPart).filter((_, l) => (this.levels & (1 << l)) !== 0));
    [this.fromLng, this.fromLat] = q.from.coordinates;
    this.fromCos = cosLatitude(this.fromLat);
    // Paused or inactive people are left out like any filtered one (`availableAt`); without it,
    // nobody is held: no pause ends after +∞, no activity is before −∞.
    this.at = q.availableAt ? q.availableAt.at.getTime() : Infinity;
    this.since = q.availableAt ? q.availableAt.activeSince.getTime() : -Infinity;
    this.top = new TopK<Entry>(Math.max(0, Math.floor(q.limit)), idOf);
  }

  /**
   * Counts and pools the qualified members of a cell no point of which is nearer than `lower` or
   * further than `far`:
   * - who shares a wanted activity comes from the activities' member bitsets, 32 members a word,
   *   less the members at `skipped` (whom the query names: excluded, blocking), neither counted nor pooled;
   * - in a crowded cell, once the pool is full, CellHopes keeps only the members whose shared
   *   activities and shared half-hours, counted 32 at a time, could still beat the pool's last
   *   member with every other part at its best in the cell: only they are scored (a dense city's
   *   query scores about one qualified person in ten);
   * - in a cell wholly within reach, the members whose radius spans the whole cell (a prefix: radii
   *   fall) are counted by their bits alone, without a look at any of them; the members whose
   *   radius falls short of the cell's nearest point (the list's tail) are never visited;
   * - the others are measured: `withinKm` answers from a flat estimate where they are clearly in
   *   or out of reach, else from the haversine with their stored cosine (the number `distanceKm` gives);
   * - a member whose own parts can't beat the pool's last member is passed over before its
   *   half-hours are counted (or read off CellHopes' count);
   * - the pool holds (cell, index): ids are read only for ties and the final pool (see TopK), whose
   *   hits carry the stored profiles themselves (no look-up by id);
   * - a cell where nobody is paused or inactive skips those checks.
   */
  read(b: PoolBlock, lower: number, far: number, skipped: readonly number[]): void {
    const { mutual, maxKm, levels, at, since, mine, wantedActivities, askerRadius, subjectReliability, levelPart, mySlots, myWords, mySlotCount, full, fromLat, fromLng, fromCos } = this;
    const { activities: wActivities, distance: wDistance, reliability: wReliability, availability: wAvailability } = this.weights;
    const checkHeld = b.maxHeldUntil > at || b.minLastActive < since;
    const { f64, ints, words, bitWords } = b;
    const inside = far <= maxKm;
    let qualified = this.qualified;
    let worst = this.worst;
    // Members from `end` on can't reach the cell's nearest point; before `sure`, everyone
    // qualifies who shares a wanted activity (cell within reach, radius spanning it, no filter).
    const end = mutual ? b.reachingAtLeast(lower) : b.size;
    const sure = inside && levels === ALL_LEVELS && !checkHeld ? (mutual ? b.reachingAtLeast(far) : b.size) : 0;
    const share = this.scratch(bitWords);
    // Every part but activities and time at its best in the cell.
    const othersBest = this.bestLevelPart + wDistance * distanceFit(lower, askerRadius >= 0 ? askerRadius : f64[b.radiusAt]!) + wReliability * (askerRadius >= 0 ? b.maxReliability : subjectReliability);
    for (let a = 0; a < wantedActivities.length; a++) {
      const activity = wantedActivities[a]!;
      if ((b.present & (1 << activity)) === 0) continue;
      const bitsAt = b.bitsOf(activity);
      for (let word = 0; word < bitWords; word++) share[word]! |= words[bitsAt + word]!;
    }
    // Whom the query names (excluded, blocking) is neither counted nor pooled.
    for (const i of skipped) share[i >>> 5]! &= ~(1 << (i & 31));
    const filter = this.hopes.prepare(b, othersBest, worst);
    const endWords = (end + 31) >>> 5;
    for (let word = 0; word < endWords; word++) {
      let unsure = share[word]! & below(end, word);
      const known = unsure & below(sure, word);
      unsure ^= known;
      let ok = known;
      while (unsure !== 0) {
        const low = unsure & -unsure;
        unsure ^= low;
        const i = (word << 5) | (31 - Math.clz32(low));
        if (levels !== ALL_LEVELS && (levels & (1 << ints[b.levelAt + i]!)) === 0) continue;
        if (checkHeld && (f64[b.heldUntilAt + i]! > at || f64[b.lastActiveAt + i]! < since)) continue;
        const radius = f64[b.radiusAt + i]!;
        if (!inside || (mutual && radius < far)) {
          const limit = mutual && radius < maxKm ? radius : maxKm;
          if (!withinKm(fromLat, fromLng, fromCos, f64[b.latAt + i]!, f64[b.lngAt + i]!, f64[b.cosLatAt + i]!, limit)) continue;
        }
        ok |= low;
      }
      qualified += popcount(ok);
      let pick = filter && ok !== 0 ? this.hopes.hopeful(b, word, ok) : ok;
      while (pick !== 0) {
        const low = pick & -pick;
        pick ^= low;
        const i = (word << 5) | (31 - Math.clz32(low));
        const level = ints[b.levelAt + i]!;
        const fit = jaccard(mine, ints[b.activitiesAt + i]!);
        const memberReliability = askerRadius >= 0 ? f64[b.reliabilityAt + i]! : subjectReliability;
        const reach = askerRadius >= 0 ? askerRadius : f64[b.radiusAt + i]!;
        // Every part but distance and time is this member's own; distance at its best in the cell,
        // time at its best until counted. A full pool's last member beats this for most people,
        // who then cost no slot count and no haversine.
        const rest = wActivities * fit + levelPart[level]! + wDistance * distanceFit(lower, reach) + wReliability * memberReliability;
        if (rest + wAvailability * Math.min(1, Math.min(mySlotCount, ints[b.slotCountAt + i]!) / full) < worst) continue;
        const time = Math.min(1, (this.hopes.counted ? this.hopes.shared(i & 31) : sharedSlots(mySlots, myWords, words, i * SLOT_WORDS)) / full);
        if (rest + wAvailability * time < worst) continue;
        const d = haversineKm(fromLat, fromLng, fromCos, f64[b.latAt + i]!, f64[b.lngAt + i]!, f64[b.cosLatAt + i]!);
        const score = approximateScore({ activities: fit, availability: time, level: levelFit(this.levelRank, level), distance: distanceFit(d, reach), reliability: memberReliability }, this.weights);
        this.top.offer({ score, distanceKm: d, block: b, index: i });
        worst = this.top.worst() - ROUNDING_SLACK;
      }
    }
    this.qualified = qualified;
    this.worst = worst;
  }

  /** `shareWords` cleared for a cell of `bitWords` words (grown as cells need). */
  private scratch(bitWords: number): Int32Array {
    if (this.shareWords.length < bitWords) this.shareWords = new Int32Array(bitWords * 2);
    this.shareWords.fill(0, 0, bitWords);
    return this.shareWords;
  }

  /** The pool and the count of everyone qualified. */
  result(): PoolResult {
    return {
      hits: this.top.result().map((e) => {
        const f = e.block.member(e.index);
        return { id: f.id, profile: f.profile, distanceKm: e.distanceKm, score: e.score };
      }),
      qualified: this.qualified,
    };
  }
}
