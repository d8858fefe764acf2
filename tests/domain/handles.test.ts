import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestHandleFits, cleanHandle, type Handle, handleFit, typedHandle, withHandle } from '../../src/domain/handles.js';
import { userKey } from '../../src/domain/platform.js';

/** Handles as platforms hand them out: ASCII letters, digits, "_" and ".". */
const handleChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789_.'.split(''));
const handle = fc.array(handleChar, { minLength: 1, maxLength: 32 }).map((cs) => cs.join(''));
/** What may sneak into a reported or typed handle: invisible characters and direction marks. */
const invisible = fc.constantFrom('\u200b', '\u200e', '\u2066', '\ufeff', '\u00ad');
const randomCase = (s: string, flips: readonly boolean[]) => Array.from(s, (c, i) => (flips[i % Math.max(1, flips.length)] ? c.toUpperCase() : c.toLowerCase())).join('');

const key = userKey('x-net', '1');

describe('handles: cleaning and matching', () => {
  it('GIVEN any handle WHEN cleaned THEN it is kept as it is, with or without "@", and cleaning again changes nothing', () => {
    fc.assert(
      fc.property(handle, (h) => {
        expect(cleanHandle(h)).toBe(h);
        expect(cleanHandle(`@${h}`)).toBe(h);
        expect(cleanHandle(cleanHandle(h))).toBe(h);
      }),
    );
  });

  it('GIVEN any handle with invisible characters slipped in WHEN cleaned THEN they are gone', () => {
    fc.assert(
      fc.property(handle, invisible, fc.nat(), (h, mark, at) => {
        const cut = at % (h.length + 1);
        expect(cleanHandle(`${h.slice(0, cut)}${mark}${h.slice(cut)}`)).toBe(h);
      }),
    );
  });

  it('GIVEN text that is not a handle (spaces, other letters, too long, empty) THEN it is no handle at all', () => {
    fc.assert(
      fc.property(handle, fc.constantFrom(' ', 'é', 'ж', '-', '!', '@'), (h, bad) => {
        expect(cleanHandle(`${h}${bad}${h}`)).toBeNull();
      }),
    );
    expect(cleanHandle('a'.repeat(33))).toBeNull();
    for (const none of ['', '@', null, undefined, '   ']) expect(cleanHandle(none)).toBeNull();
  });

  it('GIVEN any handle WHEN typed in any letter case, with or without "@" THEN it fits exactly; its start fits as a prefix; something longer does not fit', () => {
    fc.assert(
      fc.property(handle, fc.array(fc.boolean(), { minLength: 1 }), fc.nat(), (h, flips, cut) => {
        expect(handleFit(randomCase(h, flips), h)).toBe('exact');
        expect(handleFit(`@${randomCase(h, flips)}`, h)).toBe('exact');
        const start = h.slice(0, 1 + (cut % h.length));
        expect(handleFit(`@${start}`, h)).toBe(start.length === h.length ? 'exact' : 'prefix');
        expect(handleFit(`@${h}z`, h)).toBeNull();
        expect(typedHandle(`@${h}`)).toBe(h.toLowerCase());
      }),
    );
  });

  it('GIVEN people with handles WHEN a handle is typed THEN exact fits win over prefixes, and each comes with the handle that fit', () => {
    const people: { id: string; handles: Handle[] }[] = [
      { id: 'ben', handles: [{ identity: key, handle: 'ben' }] },
      { id: 'bene', handles: [{ identity: key, handle: 'bene_k' }] },
      { id: 'none', handles: [] },
    ];
    expect(bestHandleFits('@BEN', people).map((f) => [f.item.id, f.handle.handle])).toEqual([['ben', 'ben']]);
    expect(bestHandleFits('@be', people).map((f) => f.item.id)).toEqual(['ben', 'bene']);
    expect(bestHandleFits('@zed', people)).toEqual([]);
    expect(bestHandleFits('@', people)).toEqual([]);
  });

  it('GIVEN handles of several accounts WHEN one account\'s is set or removed THEN only that one changes', () => {
    fc.assert(
      fc.property(handle, fc.option(handle, { nil: null }), (a, b) => {
        const other = userKey('y-net', '2');
        const before: Handle[] = [{ identity: other, handle: a }];
        const after = withHandle(withHandle(before, key, 'first'), key, b);
        expect(after.filter((x) => x.identity === other)).toEqual(before);
        expect(after.filter((x) => x.identity === key).map((x) => x.handle)).toEqual(b === null ? [] : [b]);
      }),
    );
  });
});
