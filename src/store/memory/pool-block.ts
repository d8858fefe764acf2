/**
 * One geo-grid cell's matchable people, as the pool query reads them: compact facts, largest
 * radius first (so mutual reach cuts the list short), in three typed arrays over one buffer.
 *
 * Each fact is a column (`radius(i)` is `f64[radiusAt + i]`), not a member's numbers side by
 * side: a dense city's query reads the radius and activities of some 20,000 people and the rest
 * of only the third sharing an activity, and columns keep those reads on few cache lines. A
 * bitset per activity names the members doing it, so a query visits only the members sharing
 * one of the wanted activities; a crowded cell also keeps, per half-hour, the members free then,
 * and per count of activities (1, 2, 3) the members with that many, so a query can bound
 * everyone's score 32 members at a time (pool-scan.ts).
 *
 * A city's grid has thousands of cells of a few people each, and a typed array costs about 100
 * bytes of heap before its first element: hence three arrays a cell, not one per fact.
 */
import { ACTIVITY_IDS } from '../../domain/activities.js';
import { bitCount, popcount } from '../../domain/bits.js';
import { cosLatitude, type GeoPoint } from '../../domain/geo.js';
import type { Profile } from '../../domain/profile.js';

export const SLOT_WORDS = 11; // 336 half-hours of a week, 32 to a word
export const ACTIVITY_COUNT = ACTIVITY_IDS.length;
/**
 * From this many members a cell also files its half-hours the other way round (who has each one),
 * so a query can count everyone's shared half-hours 32 members at a time (see PoolScan). Below it
 * a cell's few members are cheaper to read one by one than the filing is to keep.
 */
export const CROWDED = 16;

/** What the pool knows of one matchable person. */
export interface Facts {
  readonly id: string;
  /** The stored profile itself (read-only): what the query hands out, without a look-up by id. */
  readonly profile: Profile;
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
  /**
   * SLOT_WORDS words per member, then a bitset of `bitWords` words for each activity in `present`,
   * then in a crowded cell three bitsets of the members with one, two and three activities, the
   * half-hours anyone has (SLOT_WORDS words) and, for each of those in order, a bitset of the
   * members who have it.
   */
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
  /** Where the distinct radii start in `f64` (largest first), how many there are, and where in `ints` the index after each one's last member is. */
  readonly radiiAt: number;
  readonly radiusCount: number;
  readonly radiusEndsAt: number;
  /** Where the activities' bitsets start in `words` (see `bitsOf`). */
  readonly bitsAt: number;
  /**
   * The activities someone in the cell does: only theirs have a bitset. Most cells of a world-wide
   * grid hold one or two people, for whom sixteen bitsets would take more than all their facts.
   */
  readonly present: number;
  /** Where a crowded cell's bitsets of members by activity count (1, 2, 3) start in `words`. */
  readonly activityCountsAt: number;
  /** Where a crowded cell's half-hours anyone has start in `words` (-1: not crowded). */
  readonly slotsHeldAt: number;
  /** Where the first of those half-hours' member bitsets starts. */
  readonly slotMembersAt: number;
  /** The best reliability of any member: a bound for the whole cell. */
  readonly maxReliability: number;
  /** The latest end of a pause in the cell (0: nobody paused). */
  readonly maxHeldUntil: number;
  /** No member's last activity is earlier (lowered when a member's is patched in place). */
  minLastActive: number;

  /** The members' facts, by index (patched in when only their last activity or unscored fields moved: see `patch`). */
  private readonly members: Facts[];

  /** `members`, sorted largest radius first, become the block's own (see `of`). */
  private constructor(members: Facts[]) {
    this.members = members;
    const n = (this.size = members.length);
    const bitWords = (this.bitWords = (n + 31) >>> 5);
    // The numbers first, so every view starts aligned.
    const present = (this.present = members.reduce((mask, m) => mask | m.activities, 0) & ((1 << ACTIVITY_COUNT) - 1));
    const crowded = n >= CROWDED;
    // The half-hours anyone in a crowded cell has.
    const held = new Uint32Array(crowded ? SLOT_WORDS : 0);
    for (let w = 0; w < held.length; w++) for (const m of members) held[w]! |= m.slots[w]!;
    const transposed = crowded ? 3 * bitWords + SLOT_WORDS + bitCount(held) * bitWords : 0;
    // The distinct radii, largest first, and where each one's members end (see `reachingAtLeast`).
    const radii: number[] = [];
    const ends: number[] = [];
    members.forEach((m, i) => {
      if (radii[radii.length - 1] !== m.radiusKm) {
        radii.push(m.radiusKm);
        ends.push(i + 1);
      } else ends[ends.length - 1] = i + 1;
    });
    const buffer = new ArrayBuffer(8 * (F_COLUMNS * n + radii.length) + 4 * (I_COLUMNS * n + radii.length) + 4 * (SLOT_WORDS * n + popcount(present) * bitWords + transposed));
    const f64 = (this.f64 = new Float64Array(buffer, 0, F_COLUMNS * n + radii.length));
    const ints = (this.ints = new Int32Array(buffer, f64.byteLength, I_COLUMNS * n + radii.length));
    this.radiiAt = F_COLUMNS * n;
    this.radiusEndsAt = I_COLUMNS * n;
    this.radiusCount = radii.length;
    f64.set(radii, this.radiiAt);
    ints.set(ends, this.radiusEndsAt);
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
    this.activityCountsAt = crowded ? this.bitsAt + popcount(present) * bitWords : -1;
    this.slotsHeldAt = crowded ? this.activityCountsAt + 3 * bitWords : -1;
    this.slotMembersAt = crowded ? this.slotsHeldAt + SLOT_WORDS : -1;
    let maxHeldUntil = 0;
    let minLastActive = Infinity;
    let maxReliability = 0;
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
      maxReliability = Math.max(maxReliability, m.reliability);
      minLastActive = Math.min(minLastActive, m.lastActive);
    });
    this.maxHeldUntil = maxHeldUntil;
    this.minLastActive = minLastActive;
    this.maxReliability = maxReliability;
    if (crowded) this.fileCrowded(members, held);
  }

  /** A crowded cell's extra bitsets: members by activity count, and by each half-hour in `held`. */
  private fileCrowded(members: readonly Facts[], held: Uint32Array): void {
    const { words, bitWords } = this;
    words.set(held, this.slotsHeldAt);
    // Each held half-hour's place among them.
    const place = new Int16Array(SLOT_WORDS * 32);
    let next = 0;
    for (let k = 0; k < SLOT_WORDS * 32; k++) if (held[k >>> 5]! & (1 << (k & 31))) place[k] = next++;
    members.forEach((m, i) => {
      const bit = 1 << (i & 31);
      const count = popcount(m.activities);
      if (count <= 3) words[this.activityCountsAt + (count - 1) * bitWords + (i >>> 5)]! |= bit;
      for (let w = 0; w < SLOT_WORDS; w++)
        for (let bits = m.slots[w]!; bits !== 0; bits &= bits - 1) words[this.slotMembersAt + place[(w << 5) | (31 - Math.clz32(bits & -bits))]! * bitWords + (i >>> 5)]! |= bit;
    });
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

  /**
   * How many members, from the first, have a radius of at least `km`: the radius column falls, so
   * they are a prefix. Searched among the cell's distinct radii (people choose round ones: a dense
   * cell of 300 has a dozen), side by side on a cache line or two, not among its members.
   */
  reachingAtLeast(km: number): number {
    const f64 = this.f64;
    let lo = 0;
    let hi = this.radiusCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (f64[this.radiiAt + mid]! >= km) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : this.ints[this.radiusEndsAt + lo - 1]!;
  }

  /**
   * Where member `f` is (-1: not here): among the members of its radius (found by the binary
   * search), the one at its point with its id. Numbers first: ids of one length share long
   * prefixes, and comparing a few hundred of them was a dense `/match`'s most expensive lookup.
   */
  indexOf(f: Facts): number {
    const f64 = this.f64;
    const [lng, lat] = f.at.coordinates;
    for (let i = this.reachingAtLeast(f.radiusKm) - 1; i >= 0 && f64[this.radiusAt + i] === f.radiusKm; i--)
      if (f64[this.latAt + i] === lat && f64[this.lngAt + i] === lng && this.members[i]!.id === f.id) return i;
    return -1;
  }

  /** Member `i`'s facts. */
  member(i: number): Facts {
    return this.members[i]!;
  }

  /** Files member `f` anew when nothing the query filters or scores on moved but their last activity (and the profile it came from). */
  patch(f: Facts): void {
    const i = this.indexOf(f);
    if (i < 0) return;
    this.members[i] = f;
    this.f64[this.lastActiveAt + i] = f.lastActive;
    this.minLastActive = Math.min(this.minLastActive, f.lastActive);
  }
}
