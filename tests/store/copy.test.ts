import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyPlain } from '../../src/store/memory/copy.js';

// The in-memory marks are copied in and out with copyPlain instead of structuredClone: for any
// record of plain data it must give what structuredClone gives, sharing nothing with the original.
const leaf = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.date());
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 6 }), tie('node'), { maxKeys: 4 })),
})).node;

describe('copyPlain', () => {
  it('GIVEN any record of plain data WHEN copied THEN it equals structuredClone’s copy, key for key', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(copyPlain(v)).toStrictEqual(structuredClone(v));
      }),
    );
  });

  it('GIVEN a mark-like record WHEN its copy is changed THEN the original is not', () => {
    const original = { kind: 'shown-list', ids: ['a', 'b'], createdAt: new Date(0), nested: { at: new Date(1) } };
    const copy = copyPlain(original);
    copy.ids.push('c');
    copy.createdAt.setTime(5);
    copy.nested.at.setTime(6);
    expect(original).toEqual({ kind: 'shown-list', ids: ['a', 'b'], createdAt: new Date(0), nested: { at: new Date(1) } });
  });
});
