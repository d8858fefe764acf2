import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceKm, EARTH_RADIUS_KM, point } from '../../src/domain/geo.js';
import { GeoGrid } from '../../src/store/memory/geo-grid.js';

// The match pool counts a cell's members without measuring them when the cell's upper bound lies
// within reach, so a bound that understated the furthest point would count someone out of reach.
const latArb = fc.double({ min: -80, max: 80, noNaN: true });
const lngArb = fc.double({ min: -180, max: 179.999, noNaN: true });
const offsetArb = fc.record({ dLat: fc.double({ min: -0.06, max: 0.06, noNaN: true }), dLng: fc.double({ min: -0.09, max: 0.09, noNaN: true }) });
/** Far-away people in cells of their own, so a small query reads its box of cells rather than every cell. */
const FILLERS = Array.from({ length: 600 }, (_, i) => point(-85 + (i % 30) * 0.5, -170 + Math.floor(i / 30) * 0.5));
const wrap = (lng: number) => ((((lng + 180) % 360) + 360) % 360) - 180;
/** The point `angle` radians of a great circle from (lat, lng), on `bearing`. */
function destination(lat: number, lng: number, angle: number, bearing: number) {
  const φ = (lat * Math.PI) / 180;
  const φ2 = Math.asin(Math.sin(φ) * Math.cos(angle) + Math.cos(φ) * Math.sin(angle) * Math.cos(bearing));
  const λ2 = (lng * Math.PI) / 180 + Math.atan2(Math.sin(bearing) * Math.sin(angle) * Math.cos(φ), Math.cos(angle) - Math.sin(φ) * Math.sin(φ2));
  return point((φ2 * 180) / Math.PI, wrap((λ2 * 180) / Math.PI));
}

describe('the geo grid bounds every cell it hands out', () => {
  it('GIVEN points near a query point (across the antimeridian too) among many far-away cells WHEN the cells in reach are listed THEN each point lies between its cell\'s lower and upper bound', () => {
    fc.assert(
      fc.property(latArb, lngArb, fc.array(offsetArb, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 8 }), (lat, lng, offsets, maxKm) => {
        const grid = new GeoGrid();
        FILLERS.forEach((at, i) => grid.set(`far${i}`, at));
        const from = point(lat, lng);
        const places = new Map(offsets.map((o, i) => [`p${i}`, point(Math.max(-90, Math.min(90, lat + o.dLat)), wrap(lng + o.dLng))]));
        for (const [id, at] of places) grid.set(id, at);
        for (const cell of grid.candidates(from, maxKm)) {
          for (const id of cell.ids) {
            if (!places.has(id)) continue;
            const d = distanceKm(from, places.get(id)!);
            expect(d).toBeGreaterThanOrEqual(cell.lowerBoundKm);
            expect(d).toBeLessThanOrEqual(cell.upperBoundKm);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('GIVEN points near and far (across the antimeridian, near the poles) and few or many occupied rows WHEN the cells within reach are listed THEN every point within reach is in one of them, between its bounds', () => {
    const spread = fc.record({ dLat: fc.double({ min: -3, max: 3, noNaN: true }), dLng: fc.double({ min: -6, max: 6, noNaN: true }) });
    fc.assert(
      fc.property(fc.double({ min: -89, max: 89, noNaN: true }), lngArb, fc.array(spread, { minLength: 1, maxLength: 60 }), fc.integer({ min: 0, max: 600 }), fc.double({ min: 0.5, max: 400, noNaN: true }), (lat, lng, offsets, fillers, maxKm) => {
        const grid = new GeoGrid();
        FILLERS.slice(0, fillers).forEach((at, i) => grid.set(`far${i}`, at));
        const from = point(lat, lng);
        const places = new Map(offsets.map((o, i) => [`p${i}`, point(Math.max(-90, Math.min(90, lat + o.dLat)), wrap(lng + o.dLng))]));
        for (const [id, at] of places) grid.set(id, at);
        const listed = new Map<string, { lowerBoundKm: number; upperBoundKm: number }>();
        for (const cell of grid.candidates(from, maxKm)) for (const id of cell.ids) listed.set(id, cell);
        for (const [id, at] of places) {
          const d = distanceKm(from, at);
          if (d <= maxKm) expect(listed.has(id)).toBe(true);
          const cell = listed.get(id);
          if (cell) {
            expect(d).toBeGreaterThanOrEqual(cell.lowerBoundKm);
            expect(d).toBeLessThanOrEqual(cell.upperBoundKm);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('GIVEN points just within reach on every bearing, far from the equator WHEN the cells within reach are listed THEN none is left out', () => {
    for (const lat of [60, 70, 80, 85, 88, -75])
      for (const maxKm of [50, 200, 400, 1000, 3000]) {
        const grid = new GeoGrid();
        FILLERS.forEach((at, i) => grid.set(`far${i}`, at));
        const from = point(lat, 10);
        const places = new Map(Array.from({ length: 360 }, (_, k) => [`p${k}`, destination(lat, 10, (maxKm * 0.9999) / EARTH_RADIUS_KM, (k / 360) * 2 * Math.PI)] as const));
        for (const [id, at] of places) grid.set(id, at);
        const listed = new Set(grid.candidates(from, maxKm).flatMap((cell) => [...cell.ids]));
        for (const [id, at] of places) if (distanceKm(from, at) <= maxKm) expect(listed.has(id)).toBe(true);
      }
  });

  it('GIVEN a point at a cell\'s far corner WHEN the cell is listed THEN its upper bound is no looser than the old centre-plus-half-diagonal bound', () => {
    const grid = new GeoGrid();
    const from = point(52.52, 13.405);
    grid.set('corner', point(52.5399999, 13.4299999));
    const [cell] = grid.candidates(from, 10);
    expect(cell!.upperBoundKm).toBeGreaterThanOrEqual(distanceKm(from, point(52.5399999, 13.4299999)));
    expect(cell!.upperBoundKm).toBeLessThanOrEqual(grid.upperBound(from, cell!.key));
  });
});
