/**
 * Turning what a person types about where they are into a point, a public area label and a time
 * zone. Understands, in this order:
 *
 * 1. map links: Google Maps (`/@lat,lng,z`, `?q=lat,lng`, `/place/…/@…`, `!3d…!4d…`),
 *    OpenStreetMap (`#map=z/lat/lng`, `?mlat=&mlon=`), Apple Maps (`?ll=`, `?q=…&sll=`,
 *    `?coordinate=`), `geo:` URIs; short links (maps.app.goo.gl, …) cannot be opened offline;
 * 2. decimal coordinates: "52.52, 13.40", "52.52 13.405", "52.52°N 13.405°E", "33.9 S, 151.2 E";
 * 3. a place name from the offline gazetteer: "Berlin", "Springfield, Illinois", "Paris, US",
 *    "London Ontario", "Kreuzberg, Berlin".
 *
 * The label of a typed or shared point is always an area name, never the coordinates. Links and
 * coordinates are read in `coordinates.ts`; this module turns them, or a name, into a place.
 */
import { find as findTimeZones } from 'geo-tz';
import { IANAZone } from 'luxon';
import { isValidLatLng, latOf, lngOf, point, type GeoPoint } from '../../domain/geo.js';
import { phrase, type Phrase } from '../../domain/phrase.js';
import { err, ok, userError, type Result } from '../../result.js';
import { parseCoordinateText, targetOfLink } from './coordinates.js';
import {
  areaCityAt,
  biggerNeighbour,
  cityLabel,
  cityLatLng,
  countriesNamed,
  kmBetweenCities,
  normaliseName,
  placesNamed,
  regionsNamed,
  warmGazetteer,
  warmGazetteerInSlices,
  type City,
} from './gazetteer.js';

export { warmGazetteer, warmGazetteerInSlices };

export interface ResolvedPlace {
  point: GeoPoint;
  label: string;
  timeZone: string;
}

export type LocationResolution =
  | { kind: 'found'; place: ResolvedPlace }
  | { kind: 'ambiguous'; options: ResolvedPlace[] };

const MAX_TEXT = 200;
/** Map links (Google's especially) run long; they are parsed, never searched as names. */
const MAX_LINK = 4000;
const MAX_OPTIONS = 10;
/** One place wins outright when it has more than this many times the next one's population. */
const DOMINANCE = 10;
/**
 * A match this close to a bigger match in the same country is part of it or the same place listed
 * twice ("Zürich (Kreis 11)" inside Zürich, a town listed as town and as district seat).
 */
const SAME_PLACE_KM = 20;
/** "Kreuzberg, Berlin": how far the place may be from the named city. */
const NEAR_CITY_KM = 50;

const invalid = (message: Phrase) => err(userError('invalid-input', message));

/** The IANA zone at a point (geo-tz); 'UTC' if there is none or it is unusable. */
export function timeZoneAt(p: GeoPoint): string {
  const lat = latOf(p);
  const lng = lngOf(p);
  if (!isValidLatLng(lat, lng)) return 'UTC';
  try {
    const zone = findTimeZones(lat, lng)[0];
    return zone && IANAZone.isValidZone(zone) ? zone : 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * The public name of the area around a point, e.g. "Berlin, DE": the gazetteer place that best
 * names it (see `areaCityAt`: nearest, weighted towards bigger places within 40 km).
 */
export function nearestAreaLabel(p: GeoPoint): string {
  const city = areaCityAt(latOf(p), lngOf(p));
  return city ? cityLabel(city) : 'Unknown area';
}

const placeOfCity = (city: City, label = cityLabel(city)): ResolvedPlace => {
  const { lat, lng } = cityLatLng(city);
  const p = point(lat, lng);
  return { point: p, label, timeZone: timeZoneAt(p) };
};

/** A place for a shared GPS location or typed coordinates; the label is the area, not the numbers. */
export function placeFromCoordinates(lat: number, lng: number): Result<ResolvedPlace> {
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) {
    return invalid(phrase('parse-coordinates-not-numbers'));
  }
  if (Math.abs(lat) > 90) {
    return invalid(phrase('parse-latitude-out-of-range', { value: String(lat) }));
  }
  if (Math.abs(lng) > 180) {
    return invalid(phrase('parse-longitude-out-of-range', { value: String(lng) }));
  }
  const p = point(lat, lng);
  return ok({ point: p, label: nearestAreaLabel(p), timeZone: timeZoneAt(p) });
}

/** Where a person says they are: a place, a choice of places, or a friendly error. */
export function resolveLocation(text: string): Result<LocationResolution> {
  const trimmed = text.trim();
  if (!trimmed) {
    return invalid(phrase('parse-location-empty'));
  }
  const link = /(?:https?:\/\/|geo:)\S+/i.exec(trimmed)?.[0] ?? (/^(?:www\.|maps\.)\S+$/i.test(trimmed) ? trimmed : null);
  if (link) {
    if (trimmed.length > MAX_LINK) return invalid(phrase('parse-link-too-long'));
    return fromLink(link);
  }
  if (trimmed.length > MAX_TEXT) {
    return invalid(phrase('parse-location-too-long', { length: trimmed.length, max: MAX_TEXT }));
  }
  const coords = parseCoordinateText(trimmed);
  if (coords === 'malformed') {
    return invalid(phrase('parse-coordinates-malformed', { text: trimmed }));
  }
  if (coords) return fromCoordinates(coords.lat, coords.lng);
  return resolveName(trimmed);
}

function fromCoordinates(lat: number, lng: number): Result<LocationResolution> {
  const place = placeFromCoordinates(lat, lng);
  return place.ok ? ok({ kind: 'found', place: place.value }) : place;
}

// ---------------------------------------------------------------- links

function fromLink(raw: string): Result<LocationResolution> {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return invalid(phrase('parse-link-unreadable'));
  }
  const target = targetOfLink(url);
  if (target === 'short') {
    return invalid(phrase('parse-link-short'));
  }
  if (!target) {
    return invalid(phrase('parse-link-no-location'));
  }
  if ('query' in target) {
    const q = target.query.trim();
    if (!q || q.length > MAX_TEXT) {
      return invalid(phrase('parse-link-no-place'));
    }
    const coords = parseCoordinateText(q);
    if (coords && coords !== 'malformed') return fromCoordinates(coords.lat, coords.lng);
    return resolveName(q);
  }
  return fromCoordinates(target.lat, target.lng);
}

// ---------------------------------------------------------------- names

type Narrowing = { recognised: false } | { recognised: true; places: City[] };

/** Keeps the places that a qualifier ("US", "Germany", "Illinois", "Berlin") allows. */
function narrow(places: readonly City[], qualifier: string): Narrowing {
  const countries = countriesNamed(qualifier);
  const regions = regionsNamed(qualifier);
  if (countries.length || regions.length) {
    return {
      recognised: true,
      places: places.filter(
        (c) =>
          countries.includes(c.country) || regions.some((r) => r.country === c.country && r.admin === c.adminCode),
      ),
    };
  }
  const anchors = placesNamed(normaliseName(qualifier))
    .sort((a, b) => b.population - a.population)
    .slice(0, 5);
  if (anchors.length) {
    return {
      recognised: true,
      places: places.filter((c) => anchors.some((a) => a !== c && kmBetweenCities(a, c) <= NEAR_CITY_KM)),
    };
  }
  return { recognised: false };
}

function resolveName(text: string): Result<LocationResolution> {
  const whole = placesNamed(normaliseName(text));
  if (whole.length) return ok(decide(whole));

  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length > 1) {
    const [name, ...qualifiers] = parts as [string, ...string[]];
    let places = placesNamed(normaliseName(name));
    if (!places.length) return unknownPlace(name);
    for (const qualifier of qualifiers) {
      const narrowed = narrow(places, qualifier);
      if (!narrowed.recognised) {
        return err(userError('not-found', phrase('parse-place-unknown-qualifier', { qualifier, name })));
      }
      if (!narrowed.places.length) {
        return err(userError('not-found', phrase('parse-place-none-near', { qualifier, name })));
      }
      places = narrowed.places;
    }
    return ok(decide(places));
  }

  // "Paris France", "London Ontario": a known name followed by a country, region or city.
  const words = text.split(/\s+/).filter(Boolean);
  for (let split = words.length - 1; split >= 1; split--) {
    const places = placesNamed(normaliseName(words.slice(0, split).join(' ')));
    if (!places.length) continue;
    const narrowed = narrow(places, words.slice(split).join(' '));
    if (narrowed.recognised && narrowed.places.length) return ok(decide(narrowed.places));
  }
  return unknownPlace(text);
}

const unknownPlace = (name: string) => err(userError('not-found', phrase('parse-place-unknown', { name })));

/** One place when the name (as narrowed) clearly means one, else the choices, biggest first. */
function decide(found: readonly City[]): LocationResolution {
  const sorted = [...found].sort((a, b) => b.population - a.population);
  const places: City[] = [];
  for (const city of sorted) {
    const partOfBigger = places.some((p) => p.country === city.country && kmBetweenCities(p, city) <= SAME_PLACE_KM);
    if (!partOfBigger) places.push(city);
  }
  const [first, second] = places;
  if (!first) throw new Error('decide() needs at least one place');
  if (!second || first.population > DOMINANCE * second.population) {
    return { kind: 'found', place: placeOfCity(first) };
  }
  return { kind: 'ambiguous', options: distinctOptions(places) };
}

/** Up to ten options with distinct labels; twins get "(near <bigger town>)". */
function distinctOptions(places: readonly City[]): ResolvedPlace[] {
  const candidates = places.slice(0, MAX_OPTIONS * 3);
  const labels = candidates.map((c) => cityLabel(c));
  const count = new Map<string, number>();
  for (const l of labels) count.set(l, (count.get(l) ?? 0) + 1);
  const seen = new Set<string>();
  const options: ResolvedPlace[] = [];
  candidates.forEach((city, i) => {
    if (options.length >= MAX_OPTIONS) return;
    let label = labels[i] ?? cityLabel(city);
    if ((count.get(label) ?? 0) > 1) {
      const neighbour = biggerNeighbour(city);
      if (neighbour) {
        const [name, ...rest] = label.split(', ');
        label = [`${name} (near ${neighbour.name})`, ...rest].join(', ');
      }
    }
    if (seen.has(label)) return;
    seen.add(label);
    options.push(placeOfCity(city, label));
  });
  return options;
}
