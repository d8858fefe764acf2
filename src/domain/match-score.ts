/**
 * How well two people suit each other, as numbers. One set of weights and one set of part
 * functions serve both scores:
 *
 * - the EXACT score (src/core/matching.ts) measures shared weekly time in real instants across
 *   time zones and ranks the pool the store hands over;
 * - the APPROXIMATE score chooses that pool inside the store, before the cut: the same parts and
 *   weights, with shared time counted as shared half-hours of the local week (stored on each
 *   profile, see weeklySlotIndices). `approximateScore` is the one function that weighs the
 *   parts; the memory adapter calls it, the MongoDB adapter compiles the same sum into its
 *   pipeline from `MATCH_WEIGHTS`, and the contract suite checks that both order pools alike.
 */
import { type ActivityId, LEVELS } from './activities.js';

/** How much each part of a match counts (they sum to 1). */
export const MATCH_WEIGHTS = { activities: 0.35, availability: 0.25, level: 0.15, distance: 0.1, reliability: 0.15 } as const;

export type ScorePart = keyof typeof MATCH_WEIGHTS;
export type ScoreParts = Readonly<Record<ScorePart, number>>;

/** Shared weekly time that counts as a perfect fit: 10 hours. */
export const FULL_OVERLAP_MINUTES = 600;
/** The same in half-hour slots. */
export const FULL_OVERLAP_SLOTS = FULL_OVERLAP_MINUTES / 30;

/**
 * Approximate scores are rounded to this many decimals, so that the last bits of a distance
 * (MongoDB's and the memory adapter's spherical maths differ there) never reorder a pool.
 */
export const APPROXIMATE_DECIMALS = 6;

/** Shared activities over all activities of both (Jaccard); duplicates count once. */
export function activityFit(a: readonly ActivityId[], b: readonly ActivityId[]): number {
  // Lists of a few activities, scored for every candidate of a pool: scanned, not made into sets.
  let mine = 0;
  let shared = 0;
  for (let i = 0; i < a.length; i++) {
    if (a.indexOf(a[i]!) !== i) continue;
    mine++;
    if (b.includes(a[i]!)) shared++;
  }
  let theirs = 0;
  for (let i = 0; i < b.length; i++) if (b.indexOf(b[i]!) === i) theirs++;
  const union = mine + theirs - shared;
  return union ? shared / union : 0;
}

/** 1 for the same level, 0 for beginner against advanced. Ranks as `levelRank`. */
export const levelFit = (a: number, b: number): number => 1 - Math.abs(a - b) / (LEVELS.length - 1);

/** 1 at the same spot, falling to 0 at the edge of `radiusKm` (at least 1 km). */
export const distanceFit = (km: number, radiusKm: number): number => Math.max(0, 1 - km / Math.max(1, radiusKm));

/** Shared weekly minutes, up to a perfect fit. */
export const timeFit = (minutes: number): number => Math.min(1, minutes / FULL_OVERLAP_MINUTES);

/** The weighted sum of the parts, each 0–1. */
export function weightedScore(parts: ScoreParts, weights: ScoreParts = MATCH_WEIGHTS): number {
  return (
    weights.activities * parts.activities +
    weights.availability * parts.availability +
    weights.level * parts.level +
    weights.distance * parts.distance +
    weights.reliability * parts.reliability
  );
}

const SCALE = 10 ** APPROXIMATE_DECIMALS;

/** The approximate score of one candidate from its parts: the weighted sum, rounded. */
export const approximateScore = (parts: ScoreParts, weights: ScoreParts = MATCH_WEIGHTS): number =>
  Math.round(weightedScore(parts, weights) * SCALE) / SCALE;

/**
 * What the store needs to compute approximate scores for one query, from the side of whoever
 * will judge the candidates:
 * - `asker`: the person asking ranks the candidates (`/match`): distance against their radius,
 *   the candidates' reliability;
 * - `candidates`: each candidate judges the subject (who should hear of a new profile or session):
 *   distance against the candidate's own radius, and the subject's reliability, the same for all.
 */
export interface PoolRanking {
  readonly weights: ScoreParts;
  /** Activities the candidates' are compared with (Jaccard). */
  readonly activities: readonly ActivityId[];
  /** The level rank the candidates' levels are compared with. */
  readonly levelRank: number;
  /** Half-hour slots of the local week (weeklySlotIndices) the candidates' are intersected with. */
  readonly slots: readonly number[];
  /** How many shared slots make a perfect time fit. */
  readonly fullSlots: number;
  readonly perspective: { readonly kind: 'asker'; readonly radiusKm: number } | { readonly kind: 'candidates'; readonly reliability: number };
}

/** What the approximate score reads of one candidate. */
export interface CandidateFacts {
  readonly activities: readonly ActivityId[];
  readonly levelRank: number;
  readonly slots: readonly number[];
  readonly radiusKm: number;
  readonly reliability: number;
  readonly distanceKm: number;
}

/** The approximate parts of one candidate under a ranking (shared slots are counted by the caller). */
export function approximateParts(r: PoolRanking, c: Omit<CandidateFacts, 'slots'>, sharedSlots: number): ScoreParts {
  return {
    activities: activityFit(r.activities, c.activities),
    availability: Math.min(1, sharedSlots / Math.max(1, r.fullSlots)),
    level: levelFit(r.levelRank, c.levelRank),
    distance: distanceFit(c.distanceKm, r.perspective.kind === 'asker' ? r.perspective.radiusKm : c.radiusKm),
    reliability: r.perspective.kind === 'asker' ? c.reliability : r.perspective.reliability,
  };
}

/** The approximate score of one candidate under a ranking: the reference the adapters must equal. */
export function approximateScoreOf(r: PoolRanking, c: CandidateFacts): number {
  const mine = new Set(r.slots);
  let shared = 0;
  for (const s of new Set(c.slots)) if (mine.has(s)) shared++;
  return approximateScore(approximateParts(r, c, shared), r.weights);
}
