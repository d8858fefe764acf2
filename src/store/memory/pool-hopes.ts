/**
 * The bound a crowded cell (pool-block.ts) allows on everyone's approximate score, 32 members at a
 * time: bit-sliced counts of the half-hours each member shares with the asker and of the asker's
 * activities each has, with the members' activity counts, say who could still beat the pool's
 * last member with every other part at its best in the cell. Only those are scored (pool-scan.ts):
 * in a dense city about one qualified person in ten.
 */
import { popcount } from '../../domain/bits.js';
import type { ScoreParts } from '../../domain/match-score.js';
import { type PoolBlock, SLOT_WORDS } from './pool-block.js';

/** Scores within this of each other may round to the same value: never prune on less. */
export const ROUNDING_SLACK = 1e-6;

/** The largest count the bit planes of shared half-hours hold: higher counts stop there. */
const PLANE_MAX = 31;

/** The bits whose 5-bit count t (planes t0 lowest to t4) is at least their own 5-bit count n. */
function atLeastEach(t0: number, t1: number, t2: number, t3: number, t4: number, n0: number, n1: number, n2: number, n3: number, n4: number): number {
  let greater = t4 & ~n4;
  let equal = ~(t4 ^ n4);
  greater |= equal & t3 & ~n3;
  equal &= ~(t3 ^ n3);
  greater |= equal & t2 & ~n2;
  equal &= ~(t2 ^ n2);
  greater |= equal & t1 & ~n1;
  equal &= ~(t1 ^ n1);
  greater |= equal & t0 & ~n0;
  equal &= ~(t0 ^ n0);
  return greater | equal;
}

export class CellHopes {
  /** Where the member bitsets of the asker's activities present in the cell start. */
  private readonly mineAt: Int32Array;
  private mineCount = 0;
  /** Where the member bitsets of the asker's half-hours that anyone in the cell has start. */
  private readonly slotAt = new Int32Array(SLOT_WORDS * 32);
  private slotCount = 0;
  /** The bit planes of shared half-hours of the word `hopeful` last read, lowest first. */
  private readonly planes = new Int32Array(5);
  /** Whether `hopeful` tells members apart by their activities too (see `prepare`). */
  private byShare = false;
  /** By shared activities × 5 + their activities (4: four or more): the fewest shared half-hours that could reach the pool (-1: none). */
  private readonly fewestSlots = new Int32Array(40);
  /** Whether the planes' counts are exact as far as the time fit goes (it tops out at `full`). */
  private readonly countsExactly: boolean;
  /**
   * Whether `shared` gives the exact counts of the word `hopeful` last read in this cell: false
   * when it did not count them (or the planes stop short of `full`); `prepare` clears it.
   */
  counted = false;

  constructor(
    private readonly weights: ScoreParts,
    /** The asker's activity indices. */
    private readonly myActivities: Int32Array,
    private readonly mySlots: Uint32Array,
    /** Shared half-hours that make a perfect time fit. */
    private readonly full: number,
  ) {
    this.mineAt = new Int32Array(myActivities.length);
    this.countsExactly = full <= PLANE_MAX;
  }

  /**
   * Prepares `hopeful` for a crowded cell: where the asker's activities' and half-hours' member
   * bitsets start, and the fewest shared half-hours a member needs to reach the pool, by how many
   * of the asker's activities they share and how many others they have (Jaccard falls with each),
   * every other part at its best in the cell (`othersBest`, time left out). False when it can't
   * tell anyone apart: a cell filed member by member, or a pool with room.
   */
  prepare(b: PoolBlock, othersBest: number, worst: number): boolean {
    this.counted = false;
    if (b.slotsHeldAt < 0 || worst === -Infinity) return false;
    const wActivities = this.weights.activities;
    const words = b.words;
    let n = 0;
    let before = 0;
    for (let w = 0; w < SLOT_WORDS; w++) {
      const held = words[b.slotsHeldAt + w]!;
      for (let common = this.mySlots[w]! & held; common !== 0; common &= common - 1) {
        const low = common & -common;
        this.slotAt[n++] = b.slotMembersAt + (before + popcount(held & (low - 1))) * b.bitWords;
      }
      before += popcount(held);
    }
    this.slotCount = n;
    const mine = this.myActivities;
    const m = mine.length;
    this.byShare = wActivities > 0 && m >= 1 && m <= 7;
    if (!this.byShare) {
      this.fewestSlots[0] = this.fewest(worst - othersBest - (wActivities > 0 ? wActivities : 0));
      return true;
    }
    // Someone with four activities or more: at least four, and at least as many as they share.
    for (let shared = 1; shared <= m; shared++)
      for (let theirs = 1; theirs <= 4; theirs++) this.fewestSlots[shared * 5 + theirs] = theirs < shared && theirs < 4 ? -1 : this.fewest(worst - othersBest - wActivities * (shared / (m + Math.max(theirs, shared) - shared)));
    let k = 0;
    for (let a = 0; a < m; a++) if (b.present & (1 << mine[a]!)) this.mineAt[k++] = b.bitsOf(mine[a]!);
    this.mineCount = k;
    return true;
  }

  /** Member `bit`'s shared half-hours in the word `hopeful` last read (exact up to PLANE_MAX). */
  shared(bit: number): number {
    const p = this.planes;
    return ((p[0]! >>> bit) & 1) | (((p[1]! >>> bit) & 1) << 1) | (((p[2]! >>> bit) & 1) << 2) | (((p[3]! >>> bit) & 1) << 3) | (((p[4]! >>> bit) & 1) << 4);
  }

  /**
   * The fewest shared half-hours that add `need` to a score (0: none needed; -1: none can, nor
   * more than the asker's half-hours anyone in the cell has: in a dense city, half the words read).
   */
  private fewest(need: number): number {
    const wAvailability = this.weights.availability;
    if (need <= 0) return 0;
    if (need > wAvailability + ROUNDING_SLACK) return -1;
    // One less than the exact figure, so rounding never wrongly leaves anyone out; the planes stop at 31.
    const fewest = Math.max(0, Math.ceil((need / wAvailability) * this.full) - 1);
    return fewest > this.slotCount ? -1 : Math.min(PLANE_MAX, fewest);
  }

  /**
   * The members of `ok` (word `word`) who could still reach the pool, 32 at a time: bit-sliced counts of
   * the half-hours each shares with the asker (five bit planes, stopping at 31), of the asker's
   * activities each has (three planes) and of their others (two planes, stopping at 3: more only
   * lowers their Jaccard, so 3 bounds it from above).
   */
  hopeful(b: PoolBlock, word: number, ok: number): number {
    this.counted = false;
    if (!this.byShare) {
      const fewest = this.fewestSlots[0]!;
      if (fewest <= 0) return fewest < 0 ? 0 : ok;
      this.count(b.words, word);
      const p = this.planes;
      // Everyone needs the same count: its bits, each spread over all 32.
      return ok & atLeastEach(p[0]!, p[1]!, p[2]!, p[3]!, p[4]!, -(fewest & 1), -((fewest >> 1) & 1), -((fewest >> 2) & 1), -((fewest >> 3) & 1), -((fewest >> 4) & 1));
    }
    const words = b.words;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    for (let k = 0; k < this.mineCount; k++) {
      const v = words[this.mineAt[k]! + word]!;
      const c0 = s0 & v;
      s0 ^= v;
      const c1 = s1 & c0;
      s1 ^= c0;
      s2 ^= c1;
    }
    const counts = b.activityCountsAt + word;
    const one = words[counts]!;
    const two = words[counts + b.bitWords]!;
    const three = words[counts + 2 * b.bitWords]!;
    const more = ~(one | two | three);
    // Each member's fewest needed half-hours, bit-sliced too (n0 lowest), from their class: then one
    // comparison of the two counts for all 32, not one per class. Whoever shares none can't reach.
    let n0 = 0;
    let n1 = 0;
    let n2 = 0;
    let n3 = 0;
    let n4 = 0;
    let never = ~(s0 | s1 | s2);
    for (let shared = 1; shared <= this.myActivities.length; shared++) {
      const sharing = ok & (shared & 1 ? s0 : ~s0) & (shared & 2 ? s1 : ~s1) & (shared & 4 ? s2 : ~s2);
      if (sharing === 0) continue;
      for (let theirs = 1; theirs <= 4; theirs++) {
        const these = sharing & (theirs === 1 ? one : theirs === 2 ? two : theirs === 3 ? three : more);
        if (these === 0) continue;
        const fewest = this.fewestSlots[shared * 5 + theirs]!;
        if (fewest < 0) never |= these;
        else {
          if (fewest & 1) n0 |= these;
          if (fewest & 2) n1 |= these;
          if (fewest & 4) n2 |= these;
          if (fewest & 8) n3 |= these;
          if (fewest & 16) n4 |= these;
        }
      }
    }
    // Their activities alone rule them all out, or none needs any time: the half-hours go uncounted.
    const hopefuls = ok & ~never;
    if (hopefuls === 0 || ((n0 | n1 | n2 | n3 | n4) & hopefuls) === 0) return hopefuls;
    this.count(words, word);
    const p = this.planes;
    return hopefuls & atLeastEach(p[0]!, p[1]!, p[2]!, p[3]!, p[4]!, n0, n1, n2, n3, n4);
  }

  /** The bit planes of the half-hours each member of word `word` shares with the asker (see `shared`). */
  private count(words: Uint32Array, word: number): void {
    const slotAt = this.slotAt;
    const n = this.slotCount;
    let t0 = 0;
    let t1 = 0;
    let t2 = 0;
    let t3 = 0;
    let t4 = 0;
    let over = 0;
    // Two half-hours at a time: a full adder of the lowest plane and both, then one carry up.
    for (let k = 0; k < n; k += 2) {
      const a = words[slotAt[k]! + word]!;
      const b = k + 1 < n ? words[slotAt[k + 1]! + word]! : 0;
      const u = t0 ^ a;
      const c0 = (t0 & a) | (u & b);
      t0 = u ^ b;
      if (c0 === 0) continue;
      const c1 = t1 & c0;
      t1 ^= c0;
      if (c1 === 0) continue;
      const c2 = t2 & c1;
      t2 ^= c1;
      if (c2 === 0) continue;
      const c3 = t3 & c2;
      t3 ^= c2;
      over |= t4 & c3;
      t4 ^= c3;
    }
    this.planes[0] = t0 | over;
    this.planes[1] = t1 | over;
    this.planes[2] = t2 | over;
    this.planes[3] = t3 | over;
    this.planes[4] = t4 | over;
    this.counted = this.countsExactly;
  }

}
