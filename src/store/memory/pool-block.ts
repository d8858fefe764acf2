/**
 * One geo-grid cell's matchable people, as the pool query reads them: compact facts, largest
 * radius first (so mutual reach cuts the list short), in three typed arrays over one buffer.
 *
 * Each fact is a column (`radius(i)` is `f64[radiusAt + i]`), not a member's numbers side by
 * side: a dense city's query reads the radius and activities of some 20,000 people and the rest
 * of only the third sharing an activity, and columns keep those reads on few cache lines. A
 * bitset per activity names the members doing it, so a query visits only the members sharing
 * one of the wanted activities.
 *
 * A city's grid has thousands of cells of a few people each, and a typed array costs about 100
 * bytes of heap before its first element: hence three arrays a cell, not one per fact.
 */
import { ACTIVITY_IDS } from '../../domain/activities.js';
import { bitCount, popcount } from '../../domain/bits.js';
import { cosLatitude, type GeoPoint } from '../../domain/geo.js';

export const SLOT_WORDS = 11; // 336 half-hours of a week, 32 to a word
export const ACTIVITY_COUNT = ACTIVITY_IDS.length;

/** What the pool knows of one matchable person. */
export interface Facts {
  readonly id: string;
  readonly at: GeoPoint;
  readonly radiusKm: number;
  /** The activity bitmask (bit i: ACTIVITY_IDS[i]). */
  readonly activities: number;
  readonly level: number;
  readonly reliability: number;
  readonly slots: Uint32Array;
  /** Held back by a no-show pause until this instant (ms; 0: not paused). */
  readonly heldUntil: number;
  readonly lastActive: number;
}

// The Float64 columns, in order.
const F_LAT = 0;
const F_LNG = 1;
const F_COS_LAT = 2;
const F_RADIUS_KM = 3;
const F_RELIABILITY = 4;
const F_HELD_UNTIL = 5;
const F_LAST_ACTIVE = 6;
const F_COLUMNS = 7;
// The Int32 columns, in order.
const I_ACTIVITIES = 0;
const I_LEVEL = 1;
const I_SLOT_COUNT = 2;
const I_COLUMNS = 3;

/**
 * A cell's members. The column offsets are fields so the query loop reads `f64[radiusAt + i]`
 * with no multiplication; every block has the same shape, so the loop stays monomorphic.
 */
export class PoolBlock {
  readonly size: number;
  /** Words per activity bitset: one bit per member. */
  readonly bitWords: number;
  readonly f64: Float64Array;
  readonly ints: Int32Array;
  /** SLOT_WORDS words per member, then a bitset of `bitWords` words for each activity in `present`. */
  readonly words: Uint32Array;
  readonly latAt: number;
  readonly lngAt: number;
  readonly cosLatAt: number;
  readonly radiusAt: number;
  readonly reliabilityAt: number;
  /** Held back by a no-show pause until this instant (ms; 0: not paused). */
  readonly heldUntilAt: number;
  readonly lastActiveAt: number;
  readonly activitiesAt: number;
  readonly levelAt: number;
  /** How many half-hours the member has in the week: a cap on the time they can share. */
  readonly slotCountAt: number;
  /** Where the activities' bitsets start in `words` (see `bitsOf`). */
  readonly bitsAt: number;
  /**
   * The activities someone in the cell does: only theirs have a bitset. Most cells of a world-wide
   * grid hold one or two people, for whom sixteen bitsets would take more than all their facts.
   */
  readonly present: number;
  /** The latest end of a pause in the cell (0: nobody paused). */
  readonly maxHeldUntil: number;
  /** No member's last activity is earlier (lowered when a member's is patched in place). */
  minLastActive: number;

  readonly ids: readonly string[];

  constructor(members: readonly Facts[]) {
    this.ids = members.map((m) => m.id);
    const n = (this.size = members.length);
    const bitWords = (this.bitWords = (n + 31) >>> 5);
    // The numbers first, so every view starts aligned.
    const present = (this.present = members.reduce((mask, m) => mask | m.activities, 0) & ((1 << ACTIVITY_COUNT) - 1));
    const buffer = new ArrayBuffer(8 * F_COLUMNS * n + 4 * I_COLUMNS * n + 4 * (SLOT_WORDS * n + popcount(present) * bitWords));
    const f64 = (this.f64 = new Float64Array(buffer, 0, F_COLUMNS * n));
    const ints = (this.ints = new Int32Array(buffer, f64.byteLength, I_COLUMNS * n));
    const words = (this.words = new Uint32Array(buffer, f64.byteLength + ints.byteLength));
    this.latAt = F_LAT * n;
    this.lngAt = F_LNG * n;
    this.cosLatAt = F_COS_LAT * n;
    this.radiusAt = F_RADIUS_KM * n;
    this.reliabilityAt = F_RELIABILITY * n;
    this.heldUntilAt = F_HELD_UNTIL * n;
    this.lastActiveAt = F_LAST_ACTIVE * n;
    this.activitiesAt = I_ACTIVITIES * n;
    this.levelAt = I_LEVEL * n;
    this.slotCountAt = I_SLOT_COUNT * n;
    this.bitsAt = SLOT_WORDS * n;
    let maxHeldUntil = 0;
    let minLastActive = Infinity;
    members.forEach((m, i) => {
      f64[this.latAt + i] = m.at.coordinates[1];
      f64[this.lngAt + i] = m.at.coordinates[0];
      f64[this.cosLatAt + i] = cosLatitude(m.at.coordinates[1]);
      f64[this.radiusAt + i] = m.radiusKm;
      f64[this.reliabilityAt + i] = m.reliability;
      f64[this.heldUntilAt + i] = m.heldUntil;
      f64[this.lastActiveAt + i] = m.lastActive;
      ints[this.activitiesAt + i] = m.activities;
      ints[this.levelAt + i] = m.level;
      ints[this.slotCountAt + i] = bitCount(m.slots);
      words.set(m.slots, i * SLOT_WORDS);
      for (let a = 0; a < ACTIVITY_COUNT; a++) if (m.activities & (1 << a)) words[this.bitsOf(a) + (i >>> 5)]! |= 1 << (i & 31);
      maxHeldUntil = Math.max(maxHeldUntil, m.heldUntil);
      minLastActive = Math.min(minLastActive, m.lastActive);
    });
    this.maxHeldUntil = maxHeldUntil;
    this.minLastActive = minLastActive;
  }

  /** The block of `members`, sorted largest radius first. */
  static of(members: Facts[]): PoolBlock {
    members.sort((a, b) => b.radiusKm - a.radiusKm);
    return new PoolBlock(members);
  }

  /** Where the bitset of activity `a` (one of `present`) starts in `words`: they follow in activity order. */
  bitsOf(a: number): number {
    return this.bitsAt + popcount(this.present & ((1 << a) - 1)) * this.bitWords;
  }

  /** Records member `id`'s latest activity, when it is in this block. */
  patchLastActive(id: string, at: number): void {
    const i = this.ids.indexOf(id);
    if (i < 0) return;
    this.f64[this.lastActiveAt + i] = at;
    this.minLastActive = Math.min(this.minLastActive, at);
  }
}
