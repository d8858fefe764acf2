/**
 * The in-memory twin of MongoDB's ranked pool query ($geoNear, filters, approximate score, sort,
 * limit, count): the same pool, found without reading every person in reach.
 *
 * Matchable people are filed in their own geo grid as compact facts (activity bitmask, level
 * rank, reliability, half-hour slots as a bitset, radius). Each grid cell keeps a summary, per
 * activity combination present in it: the levels, the best reliability, the union of slots and
 * the largest radius. From it and the cell's distance bounds an upper bound on the score of
 * anyone in the cell follows; cells are read best bound first, and reading stops once the pool
 * is full and no unread cell can beat its last member. The qualified count reads only the
 * compact facts (members sorted by radius, so mutual reach cuts each cell's list short).
 * Summaries are rebuilt lazily, the first time a query needs a cell that changed.
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
}

interface Group {
  readonly activities: number;
  /** Largest radius first. */
  readonly members: Facts[];
  levels: number;
  maxReliability: number;
  maxRadiusKm: number;
  readonly slots: Uint32Array;
}

interface Summary {
  /** Largest radius first. */
  readonly members: readonly Facts[];
  readonly groups: readonly Group[];
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

function sharedSlots(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  for (let i = 0; i < SLOT_WORDS; i++) n += popcount(a[i]! & b[i]!);
  return n;
}

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
  private readonly summaries = new Map<number, Summary>();

  /** Files the profile as it is now (or removes it when it can't be matched). */
  set(p: Profile): void {
    this.delete(p.id);
    if (!isMatchable(p) || !p.location || !p.level) return;
    this.facts.set(p.id, {
      id: p.id,
      at: p.location,
      radiusKm: p.radiusKm,
      activities: maskOf(p.activities),
      level: levelRank(p.level),
      reliability: reliability(p.attendance),
      slots: slotBits(weeklySlotIndices(p.availability)),
    });
    this.grid.set(p.id, p.location);
    this.touch(p.id);
  }

  delete(id: string): void {
    if (!this.facts.has(id)) return;
    this.touch(id);
    this.grid.delete(id);
    this.facts.delete(id);
  }

  private touch(id: string): void {
    const key = this.grid.cellKeyOf(id);
    if (key !== undefined) this.summaries.delete(key);
  }

  private summary(key: number, ids: ReadonlySet<string>): Summary {
    const hit = this.summaries.get(key);
    if (hit) return hit;
    const members = [...ids].map((id) => this.facts.get(id)!).sort((a, b) => b.radiusKm - a.radiusKm);
    const groups = new Map<number, Group>();
    for (const m of members) {
      let g = groups.get(m.activities);
      if (!g) groups.set(m.activities, (g = { activities: m.activities, members: [], levels: 0, maxReliability: 0, maxRadiusKm: 0, slots: new Uint32Array(SLOT_WORDS) }));
      g.members.push(m);
      g.levels |= 1 << m.level;
      g.maxReliability = Math.max(g.maxReliability, m.reliability);
      g.maxRadiusKm = Math.max(g.maxRadiusKm, m.radiusKm);
      for (let i = 0; i < SLOT_WORDS; i++) g.slots[i]! |= m.slots[i]!;
    }
    const summary = { members, groups: [...groups.values()] };
    this.summaries.set(key, summary);
    return summary;
  }

  /**
   * The best `q.limit` qualified people by approximate score (then distance, then id) and how
   * many qualified. `skip` holds the ids no filter of the facts can see: excluded, blocking.
   */
  query(q: PoolQuery, skip: ReadonlySet<string>): { hits: PoolHit[]; qualified: number } {
    if (!(q.maxKm >= 0) || !(q.limit > 0)) return { hits: [], qualified: 0 };
    const r = q.ranking;
    const wanted = q.activitiesAny ? maskOf(q.activitiesAny) : -1;
    const levels = q.levelsAny ? levelMask(q.levelsAny) : ALL_LEVELS;
    const mine = maskOf(r.activities);
    const mySlots = slotBits(r.slots);
    const full = Math.max(1, r.fullSlots);
    const passes = (f: Facts) => (f.activities & wanted) !== 0 && (levels & (1 << f.level)) !== 0;
    const reaches = (f: Facts, d: number) => d <= q.maxKm && (!q.mutual || f.radiusKm >= d);

    const w = r.weights;
    const asker = r.perspective.kind === 'asker' ? r.perspective : null;
    const audienceReliability = r.perspective.kind === 'candidates' ? w.reliability * r.perspective.reliability : 0;
    const fits = new Map<number, number>();
    // The best weighted level part for each set of levels (a bitmask over LEVELS).
    const levelBest = Array.from({ length: 1 << LEVELS.length }, (_, set) => {
      let best = 0;
      for (let l = 0; l < LEVELS.length; l++) if (set & (1 << l)) best = Math.max(best, levelFit(r.levelRank, l));
      return w.level * best;
    });

    let qualified = 0;
    const cells: { lowerBoundKm: number; bound: number; groups: { bound: number; members: readonly Facts[] }[] }[] = [];
    for (const cell of this.grid.candidates(q.from, q.maxKm)) {
      const s = this.summary(cell.key, cell.ids);
      const far = this.grid.upperBound(q.from, cell.key);
      for (const f of s.members) {
        if (q.mutual && f.radiusKm < cell.lowerBoundKm) break;
        if (!passes(f)) continue;
        if (far <= q.maxKm && (!q.mutual || f.radiusKm >= far)) qualified++;
        else if (reaches(f, distanceKm(q.from, f.at))) qualified++;
      }
      let bound = -Infinity;
      const groups: { bound: number; members: readonly Facts[] }[] = [];
      // Per group: the parts' best values in the group, weighed as `weightedScore` does, inline
      // (this runs for every group of every cell in reach).
      const distanceBound = (radiusKm: number) => w.distance * distanceFit(cell.lowerBoundKm, radiusKm);
      const askerDistance = asker ? distanceBound(asker.radiusKm) : 0;
      for (const g of s.groups) {
        const gLevels = g.levels & levels;
        if ((g.activities & wanted) === 0 || gLevels === 0) continue;
        let fit = fits.get(g.activities);
        if (fit === undefined) fits.set(g.activities, (fit = w.activities * jaccard(mine, g.activities)));
        const groupBound =
          fit +
          w.availability * Math.min(1, sharedSlots(mySlots, g.slots) / full) +
          levelBest[gLevels]! +
          (asker ? askerDistance : distanceBound(g.maxRadiusKm)) +
          (asker ? w.reliability * g.maxReliability : audienceReliability);
        groups.push({ bound: groupBound, members: g.members });
        if (groupBound > bound) bound = groupBound;
      }
      if (groups.length > 0) cells.push({ lowerBoundKm: cell.lowerBoundKm, bound, groups: groups.sort((a, b) => b.bound - a.bound) });
    }
    // Everyone filtered out by id alone was counted above: take back those who would qualify.
    for (const id of skip) {
      const f = this.facts.get(id);
      if (f && passes(f) && reaches(f, distanceKm(q.from, f.at))) qualified--;
    }

    const top = new TopK(Math.max(0, Math.floor(q.limit)));
    cells.sort((a, b) => b.bound - a.bound || a.lowerBoundKm - b.lowerBoundKm);
    for (const cell of cells) {
      if (top.full() && cell.bound + ROUNDING_SLACK < top.worst()) break;
      for (const group of cell.groups) {
        if (top.full() && group.bound + ROUNDING_SLACK < top.worst()) break;
        for (const f of group.members) {
          if (q.mutual && f.radiusKm < cell.lowerBoundKm) break;
          if (!passes(f) || skip.has(f.id)) continue;
          const d = distanceKm(q.from, f.at);
          if (!reaches(f, d)) continue;
          const score = approximateScore(
            {
              activities: jaccard(mine, f.activities),
              availability: Math.min(1, sharedSlots(mySlots, f.slots) / full),
              level: levelFit(r.levelRank, f.level),
              distance: distanceFit(d, r.perspective.kind === 'asker' ? r.perspective.radiusKm : f.radiusKm),
              reliability: r.perspective.kind === 'asker' ? f.reliability : r.perspective.reliability,
            },
            r.weights,
          );
          top.offer({ id: f.id, distanceKm: d, score });
        }
      }
    }
    return { hits: top.result(), qualified: Math.max(0, qualified) };
  }
}

type PoolQuery = Omit<PeoplePoolQuery, 'excludeIds' | 'notBlockedBy'>;

const better = (a: PoolHit, b: PoolHit) => b.score - a.score || a.distanceKm - b.distanceKm || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The k best hits in order: a bounded insertion into a sorted array. */
class TopK {
  private readonly hits: PoolHit[] = [];

  constructor(private readonly k: number) {}

  full(): boolean {
    return this.hits.length >= this.k;
  }

  worst(): number {
    return this.hits[this.hits.length - 1]?.score ?? -Infinity;
  }

  offer(hit: PoolHit): void {
    if (this.k === 0) return;
    if (this.full() && better(hit, this.hits[this.hits.length - 1]!) >= 0) return;
    let lo = 0;
    let hi = this.hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (better(this.hits[mid]!, hit) <= 0) lo = mid + 1;
      else hi = mid;
    }
    this.hits.splice(lo, 0, hit);
    if (this.hits.length > this.k) this.hits.pop();
  }

  result(): PoolHit[] {
    return [...this.hits];
  }
}
