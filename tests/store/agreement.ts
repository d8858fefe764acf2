import fc from 'fast-check';
import mongoose, { type Model } from 'mongoose';
import { expect } from 'vitest';
import type { GeoPoint } from '../../src/domain/geo.js';
import type { InvalidField } from '../../src/store/port.js';

/**
 * Helpers for holding the shared storage rules (src/store/validate*.ts) and the mongoose schemas
 * in agreement. Mongoose validates documents without a server, so these run everywhere.
 */

/** Stored fields derived from a domain field are named by it: the level ranks mirror `levels`. */
const DERIVED = new Map([
  ['levelMinRank', 'levels.min'],
  ['levelMaxRank', 'levels.max'],
]);

/**
 * `bans.0.by` and `bans.by` name the same rule: array positions are dropped before comparing; a
 * domain `id` is stored as `_id`.
 */
export const field = (path: string) => {
  const named = path.split('.').filter((s) => !/^\d+$/.test(s)).join('.');
  return named === 'id' ? '_id' : (DERIVED.get(named) ?? named);
};
export const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

export async function schemaErrors<T>(model: Model<T>, doc: object, paths?: string[]): Promise<string[]> {
  try {
    if (paths) await model.validate(doc, paths);
    else await new model(doc).validate();
    return [];
  } catch (e) {
    if (e instanceof mongoose.Error.ValidationError) return Object.keys(e.errors).map(field);
    throw e;
  }
}

/** Both accept, or both refuse naming the same fields (each side's fields all related to the other's). */
export function expectAgreement(ours: readonly InvalidField[], theirs: readonly string[]): void {
  const named = ours.map((p) => field(p.path));
  const why = `ours: ${named.join(', ')} | mongoose: ${theirs.join(', ')}`;
  expect(named.length === 0, why).toBe(theirs.length === 0);
  for (const path of named) expect(theirs.some((t) => related(t, path)), why).toBe(true);
  for (const path of theirs) expect(named.some((n) => related(n, path)), why).toBe(true);
}

// ---- values: mostly good, now and then bad ----------------------------------------------------

export const sometimes = <T, B>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<B>) =>
  fc.oneof({ weight: 6, arbitrary: good }, { weight: 1, arbitrary: bad }) as fc.Arbitrary<T>;
export const idArb = sometimes(fc.string({ minLength: 1, maxLength: 10 }), fc.constant(''));
export const dateArb = sometimes(
  fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
  fc.constant(new Date(Number.NaN)),
);
export const badNumber = fc.constantFrom(-1, -0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
export const nonNegative = sometimes(fc.double({ min: 0, max: 1e6, noNaN: true }), badNumber);
export const wholeIn = (min: number, max: number) => sometimes(fc.integer({ min, max }), fc.constantFrom(min - 1, max + 1, min + 0.5, Number.NaN));
export const enumArb = <T extends string>(values: readonly T[]) => sometimes(fc.constantFrom(...values), fc.constantFrom('nope', ''));
export const pointArb: fc.Arbitrary<GeoPoint> = fc
  .tuple(
    sometimes(fc.double({ min: -180, max: 180, noNaN: true }), fc.constantFrom(180.001, -181, Number.NaN, Number.POSITIVE_INFINITY)),
    sometimes(fc.double({ min: -90, max: 90, noNaN: true }), fc.constantFrom(90.5, -91, Number.NaN)),
  )
  .map(([lng, lat]) => ({ type: 'Point', coordinates: [lng, lat] }));

