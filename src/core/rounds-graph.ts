import { DateTime } from 'luxon';
import { type ActivityId, levelRank } from '../domain/activities.js';
import { popcount } from '../domain/bits.js';
import { latOf, lngOf } from '../domain/geo.js';
import type { PersonId } from '../domain/ids.js';
import { activityFit, distanceFit, levelFit, timeFit, weightedScore } from '../domain/match-score.js';
import { type Profile, reliability } from '../domain/profile.js';

/**
 * The graph a pairing round is solved on: one vertex per opted-in member, one edge per pair who
 * may be introduced (mutually within reach, a shared activity — the round's when it has one —
 * not blocked either way, not met in the last rounds), weighted by the product's matching score
 * (src/domain/match-score.ts) taken from both sides.
 */

const WEEK_HALF_HOURS = 7 * 48;
const WORDS = Math.ceil(WEEK_HALF_HOURS / 32);
const HALF_HOUR_MS = 30 * 60_000;
const KM_PER_DEGREE = 111.32;
/** Scores (0–1) become integers for the blossom algorithm: exact sums, no rounding drift. */
export const WEIGHT_SCALE = 1_000_000;
/**
 * Each person keeps the edges to their best this-many partners (an edge stays when either end
 * keeps it). Real rounds are sparse already (reach is a few km); this bounds the densest city
 * so the O(n³) algorithm stays in seconds. Rounds of up to KEEP_BEST + 1 people lose nothing.
 */
export const KEEP_BEST = 24;

/** What scoring reads of one member, computed once per round. */
export interface RoundPerson {
  readonly id: PersonId;
  readonly lat: number;
  readonly lng: number;
  readonly radiusKm: number;
  readonly activities: readonly ActivityId[];
  readonly levelRank: number | null;
  /** The half-hours of the round's week (from its start, in real instants) the person is free. */
  readonly week: Uint32Array;
  readonly reliability: number;
}

/**
 * The member's free half-hours in the 7 days from `weekStart`, in real instants: each weekly
 * window is placed on the person's own calendar days (DST-correct), then read on the round's
 * UTC grid, so two people in different zones compare what they actually share.
 */
export function freeHalfHours(p: Pick<Profile, 'availability' | 'timeZone'>, weekStart: Date): Uint32Array {
  const bits = new Uint32Array(WORDS);
  if (!p.availability.length) return bits;
  const from = weekStart.getTime();
  const days = localDays(p.timeZone, weekStart);
  for (const day of days) {
    for (const w of p.availability) {
      if (w.day !== day.weekday) continue;
      const start = day.at(w.start);
      const end = day.at(w.end);
      for (let k = Math.max(0, Math.ceil((start - from) / HALF_HOUR_MS)); k < WEEK_HALF_HOURS; k++) {
        if (from + k * HALF_HOUR_MS >= end) break;
        bits[k >> 5]! |= 1 << (k & 31);
      }
    }
  }
  return bits;
}

interface LocalDay {
  readonly weekday: number;
  /** The instant of `minutes` past this local midnight (DST-correct; cached: windows repeat). */
  at(minutes: number): number;
}

/**
 * The person's 9 calendar days around the round's week (the day before to the day after), one
 * luxon computation per zone and minute of day rather than per person: 5,000 members share a
 * handful of zones and half-hours.
 */
const dayCache = new Map<string, LocalDay[]>();
function localDays(zone: string, weekStart: Date): LocalDay[] {
  const key = `${zone}|${weekStart.getTime()}`;
  let days = dayCache.get(key);
  if (days) return days;
  let first = DateTime.fromJSDate(weekStart, { zone }).startOf('day');
  if (!first.isValid) first = DateTime.fromJSDate(weekStart, { zone: 'UTC' }).startOf('day');
  days = [];
  for (let d = -1; d < 8; d++) {
    const midnight = first.plus({ days: d });
    const instants = new Map<number, number>();
    days.push({
      weekday: midnight.weekday,
      at(minutes) {
        let t = instants.get(minutes);
        if (t === undefined) instants.set(minutes, (t = midnight.plus({ minutes }).toMillis()));
        return t;
      },
    });
  }
  if (dayCache.size >= 512) dayCache.clear();
  dayCache.set(key, days);
  return days;
}

export function roundPerson(p: Profile, weekStart: Date): RoundPerson | null {
  if (!p.location) return null;
  return {
    id: p.id,
    lat: latOf(p.location),
    lng: lngOf(p.location),
    radiusKm: p.radiusKm,
    activities: p.activities,
    levelRank: p.level ? levelRank(p.level) : null,
    week: freeHalfHours(p, weekStart),
    reliability: reliability(p.attendance),
  };
}

export function sharedMinutes(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) n += popcount(a[i]! & b[i]!);
  return n * 30;
}

const RAD = Math.PI / 180;
function haversineKm(a: RoundPerson, b: RoundPerson): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLng = (b.lng - a.lng) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * 6378.1 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface PairFit {
  readonly score: number;
  readonly distanceKm: number;
  readonly sharedMinutes: number;
}

/**
 * How well two members suit each other, or null when they may not be introduced: not mutually
 * within reach, or no shared activity (the round's, when it has one). The product's score, the
 * same parts and weights as /match, from both sides: distance against the smaller radius,
 * reliability the mean of both.
 */
export function pairFit(a: RoundPerson, b: RoundPerson, activity: ActivityId | null): PairFit | null {
  if (activity && !(a.activities.includes(activity) && b.activities.includes(activity))) return null;
  const fit = activityFit(a.activities, b.activities);
  if (fit === 0) return null;
  const km = haversineKm(a, b);
  const reach = Math.min(a.radiusKm, b.radiusKm);
  if (km > reach) return null;
  const minutes = sharedMinutes(a.week, b.week);
  const score = weightedScore({
    activities: fit,
    availability: timeFit(minutes),
    level: a.levelRank !== null && b.levelRank !== null ? levelFit(a.levelRank, b.levelRank) : 0,
    distance: distanceFit(km, reach),
    reliability: (a.reliability + b.reliability) / 2,
  });
  return { score, distanceKm: km, sharedMinutes: minutes };
}

/** An edge between vertices i < j with an integer weight. */
export type Edge = [number, number, number];

export interface GraphOptions {
  readonly activity: ActivityId | null;
  /** Whether the two may never be paired (blocked either way, met in the last rounds). */
  readonly forbidden: (a: PersonId, b: PersonId) => boolean;
  /** Vertices whose edges weigh more: left unpaired last round, first in line now. */
  readonly priority?: ReadonlySet<number>;
  readonly keepBest?: number;
  /** Called every so often while building; awaiting it hands the event loop back. */
  readonly pause?: () => Promise<void>;
}

/** The extra weight of a priority member's edges: more than any score, so they are paired first. */
export const PRIORITY_BONUS = WEIGHT_SCALE;

/**
 * Every allowed pair, found by a sweep over latitude (only people within the larger radius'
 * band are compared), each person keeping their `keepBest` best edges.
 */
export async function buildGraph(people: readonly RoundPerson[], options: GraphOptions): Promise<Edge[]> {
  const order = people.map((_, i) => i).sort((x, y) => people[x]!.lat - people[y]!.lat);
  const maxRadius = people.reduce((m, p) => Math.max(m, p.radiusKm), 0);
  const band = maxRadius / KM_PER_DEGREE;
  const keep = options.keepBest ?? KEEP_BEST;
  const best: Edge[][] = people.map(() => []);
  const priority = options.priority ?? new Set<number>();
  for (let oi = 0; oi < order.length; oi++) {
    const i = order[oi]!;
    const a = people[i]!;
    for (let oj = oi + 1; oj < order.length; oj++) {
      const j = order[oj]!;
      const b = people[j]!;
      if (b.lat - a.lat > band) break;
      const fit = pairFit(a, b, options.activity);
      if (!fit || options.forbidden(a.id, b.id)) continue;
      const bonus = priority.has(i) || priority.has(j) ? PRIORITY_BONUS : 0;
      const w = Math.round(fit.score * WEIGHT_SCALE) + bonus;
      if (w <= 0) continue;
      const edge: Edge = i < j ? [i, j, w] : [j, i, w];
      best[i]!.push(edge);
      best[j]!.push(edge);
    }
    if (options.pause) await options.pause();
  }
  const kept = new Set<Edge>();
  for (const list of best) {
    if (list.length > keep) list.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
    for (let k = 0; k < Math.min(keep, list.length); k++) kept.add(list[k]!);
  }
  return [...kept].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
