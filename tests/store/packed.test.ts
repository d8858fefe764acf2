import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pack, unpack } from '../../src/store/memory/packed.js';

// Rows of the in-memory outbox and button records live as packed text: whatever goes in must come
// back equal, Dates as Dates at any depth, keys holding undefined dropped (as MongoDB drops them).
// (A key named "$date" is the tag itself: no row of Spotter's has one.)
const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: true }));
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }).filter((k) => k !== '__proto__' && k !== '$date'), fc.oneof(tie('node'), fc.constant(undefined)), { maxKeys: 4 })),
})).node;

const withoutUndefined = (v: unknown): unknown => {
  if (v === null || typeof v !== 'object' || v instanceof Date) return v;
  if (Array.isArray(v)) return v.map(withoutUndefined);
  return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k, withoutUndefined(x)]));
};

describe('packed rows', () => {
  it('GIVEN any record of strings, numbers, Dates, arrays and objects WHEN packed and unpacked THEN it is the same record', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }).filter((k) => k !== '__proto__' && k !== '$date'), value, { maxKeys: 6 }), (record) => {
        expect(unpack(pack(record))).toEqual(withoutUndefined(record));
      }),
    );
  });

  it('GIVEN a button record with dates at two depths WHEN packed THEN the dates are tagged, not ISO text', () => {
    const at = new Date('2026-12-06T01:00:00Z');
    const text = pack({ id: 'b1', createdAt: at, args: { until: at, note: undefined } });
    expect(text).toBe('{"id":"b1","createdAt":{"$date":1796518800000},"args":{"until":{"$date":1796518800000}}}');
    expect(unpack<{ args: { until: Date } }>(text).args.until).toEqual(at);
  });
});
