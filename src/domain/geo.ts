/** GeoJSON point: coordinates are [longitude, latitude], as MongoDB stores them. */
export interface GeoPoint {
  readonly type: 'Point';
  readonly coordinates: readonly [lng: number, lat: number];
}

/** A point with the human name people see; the coordinates themselves are never shown. */
export interface Place {
  readonly point: GeoPoint;
  readonly label: string;
}

/** MongoDB's spherical distances use this radius; the in-memory store must agree with it. */
export const EARTH_RADIUS_KM = 6378.1;

export const point = (lat: number, lng: number): GeoPoint => ({ type: 'Point', coordinates: [lng, lat] });
export const latOf = (p: GeoPoint): number => p.coordinates[1];
export const lngOf = (p: GeoPoint): number => p.coordinates[0];

export const isValidLatLng = (lat: number, lng: number): boolean =>
  Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in km on MongoDB's sphere (haversine). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  return distanceKmTo(a, latOf(b), lngOf(b));
}

/** `distanceKm` to a point given by its latitude and longitude (the same arithmetic). */
export function distanceKmTo(a: GeoPoint, lat: number, lng: number): number {
  return haversineKm(latOf(a), lngOf(a), cosLatitude(latOf(a)), lat, lng, cosLatitude(lat));
}

/** The cosine of a latitude in degrees, as `haversineKm` takes it (a store may keep it per point). */
export const cosLatitude = (lat: number): number => Math.cos(rad(lat));

/**
 * The haversine behind `distanceKm`, with each side's `cosLatitude` given: a query measuring one
 * point against thousands computes its own once and reads the others' stored, and gets the very
 * same number, operation for operation.
 */
export function haversineKm(latA: number, lngA: number, cosLatA: number, lat: number, lng: number, cosLat: number): number {
  const dLat = rad(lat - latA);
  const dLng = rad(lng - lngA);
  const h = Math.sin(dLat / 2) ** 2 + cosLatA * cosLat * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Km per degree of arc on MongoDB's sphere. */
const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;
/** How far the flat estimate below may stray from the haversine, as a share of it (it strays at most 2e-4 there: tests/domain/geo-near.property.test.ts). */
const FLAT_ERROR = 1e-3;
/** Where the flat estimate is trusted: both points within this latitude, and within this many degrees of longitude of each other (never across the antimeridian). */
const FLAT_MAX_LATITUDE = 70;
const FLAT_MAX_LNG_DEGREES = 2;

/**
 * Whether the haversine distance between A (latitude, longitude, `cosLatitude`) and B is at most
 * `limitKm`, decided without trigonometry when the answer is clear: the flat distance on the
 * points' mean-latitude cosine is within FLAT_ERROR of the haversine for points up to ~110 km
 * apart below 70° of latitude, so when it is further than that from `limitKm` it answers; at the
 * edge, and anywhere else, the haversine does. The same answer as `haversineKm(...) <= limitKm`,
 * for a fraction of its cost: a pool query asks it of thousands of people at its edges.
 */
export function withinKm(latA: number, lngA: number, cosLatA: number, lat: number, lng: number, cosLat: number, limitKm: number): boolean {
  const dLng = lng - lngA;
  if (limitKm <= 100 && Math.abs(latA) <= FLAT_MAX_LATITUDE && Math.abs(lat) <= FLAT_MAX_LATITUDE && dLng <= FLAT_MAX_LNG_DEGREES && dLng >= -FLAT_MAX_LNG_DEGREES) {
    const dx = dLng * (cosLatA + cosLat) * 0.5;
    const dy = lat - latA;
    const flat = (dx * dx + dy * dy) * (KM_PER_DEGREE * KM_PER_DEGREE);
    // A millimetre more of margin: at a few metres' distance the haversine's sines lose their last digits.
    const margin = limitKm * FLAT_ERROR + 1e-6;
    const low = limitKm - margin;
    const high = limitKm + margin;
    if (low > 0 && flat < low * low) return true;
    if (flat > high * high) return false;
  }
  return haversineKm(latA, lngA, cosLatA, lat, lng, cosLat) <= limitKm;
}

/**
 * The only distance anyone is shown, in km: rounded so that nobody can triangulate another
 * person. 0 stands for "under 1 km"; then whole km, then steps of 5 km. Rounding what is already
 * rounded changes nothing, so a fact may carry the shown figure and be shown again.
 */
export function shownDistanceKm(km: number): number {
  if (km < 1) return 0;
  if (km < 10) return Math.round(km);
  return Math.round(km / 5) * 5;
}
