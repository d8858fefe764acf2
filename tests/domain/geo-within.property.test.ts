import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cosLatitude, haversineKm, withinKm } from '../../src/domain/geo.js';

// A pool query decides "in reach or not" for thousands of people at its edges with `withinKm`: a
// flat estimate where the answer is clear, the haversine (MongoDB's sphere) where it is not. Its
// answer must be the haversine's every time, or the twin's counts and pools drift from MongoDB's.

const decide = (latA: number, lngA: number, lat: number, lng: number, limitKm: number) =>
  withinKm(latA, lngA, cosLatitude(latA), lat, lng, cosLatitude(lat), limitKm);
const truth = (latA: number, lngA: number, lat: number, lng: number, limitKm: number) =>
  haversineKm(latA, lngA, cosLatitude(latA), lat, lng, cosLatitude(lat)) <= limitKm;

/** A point and another within about `spanDeg` degrees of it, anywhere on the globe (poles and antimeridian included). */
const pair = (spanDeg: number) =>
  fc.record({
    lat: fc.double({ min: -90, max: 90, noNaN: true }),
    lng: fc.double({ min: -180, max: 180, noNaN: true }),
    dLat: fc.double({ min: -spanDeg, max: spanDeg, noNaN: true }),
    dLng: fc.double({ min: -spanDeg * 3, max: spanDeg * 3, noNaN: true }),
  }).map(({ lat, lng, dLat, dLng }) => {
    const lat2 = Math.max(-90, Math.min(90, lat + dLat));
    const raw = lng + dLng;
    return { lat, lng, lat2, lng2: raw > 180 ? raw - 360 : raw < -180 ? raw + 360 : raw };
  });

describe('withinKm: in reach on MongoDB sphere', () => {
  it('GIVEN two points up to about 150 km apart and a limit near their distance WHEN asked THEN it answers as the haversine does', () => {
    fc.assert(
      fc.property(pair(1.4), fc.double({ min: -0.01, max: 0.01, noNaN: true }), ({ lat, lng, lat2, lng2 }, stretch) => {
        const d = haversineKm(lat, lng, cosLatitude(lat), lat2, lng2, cosLatitude(lat2));
        const limit = Math.min(120, d * (1 + stretch));
        expect(decide(lat, lng, lat2, lng2, limit)).toBe(truth(lat, lng, lat2, lng2, limit));
      }),
      { numRuns: 5000 },
    );
  });

  it('GIVEN limits exactly at the flat estimate’s margins and at the distance itself WHEN asked THEN it answers as the haversine does', () => {
    fc.assert(
      fc.property(pair(0.9), fc.constantFrom(1 - 1e-3, 1 - 2e-4, 1, 1 + 2e-4, 1 + 1e-3), ({ lat, lng, lat2, lng2 }, stretch) => {
        const d = haversineKm(lat, lng, cosLatitude(lat), lat2, lng2, cosLatitude(lat2));
        expect(decide(lat, lng, lat2, lng2, d * stretch)).toBe(truth(lat, lng, lat2, lng2, d * stretch));
      }),
      { numRuns: 5000 },
    );
  });

  it('GIVEN points far apart or any limit at all WHEN asked THEN it still answers as the haversine does', () => {
    fc.assert(
      fc.property(pair(60), fc.double({ min: 0, max: 20_000, noNaN: true }), ({ lat, lng, lat2, lng2 }, limit) => {
        expect(decide(lat, lng, lat2, lng2, limit)).toBe(truth(lat, lng, lat2, lng2, limit));
      }),
      { numRuns: 3000 },
    );
  });
});
