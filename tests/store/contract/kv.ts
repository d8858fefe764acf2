import { beforeEach, describe, expect, it } from 'vitest';
import { StoreInvalid, type Store } from '../../../src/store/port.js';
import { T0, hoursFrom } from '../../support/fixtures.js';

/** The adapters' key-value store: expiry, replacement, deletion, and one namespace per adapter. */
export function kvContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe("adapters' key-value state", () => {
    it('GIVEN a value set until an hour from now WHEN read before and after THEN it is there, then gone', async () => {
      const kv = store.kv.namespace('discord');
      await kv.set('form-1', { command: 'report', values: { reason: 'spam' } }, hoursFrom(T0, 1));
      expect(await kv.get('form-1', T0)).toEqual({ command: 'report', values: { reason: 'spam' } });
      expect(await kv.get('form-1', hoursFrom(T0, 1))).toBeNull();
      expect(await kv.get('never-set', T0)).toBeNull();
    });

    it('GIVEN a key set twice WHEN read THEN the second value and expiry hold; deleted THEN it is gone', async () => {
      const kv = store.kv.namespace('telegram');
      await kv.set('choices', { values: ['a'] }, hoursFrom(T0, 1));
      await kv.set('choices', { values: ['b', 'c'] }, hoursFrom(T0, 3));
      expect(await kv.get('choices', hoursFrom(T0, 2))).toEqual({ values: ['b', 'c'] });
      await kv.delete('choices');
      expect(await kv.get('choices', T0)).toBeNull();
      await kv.delete('choices');
    });

    it('GIVEN two adapters using the same key THEN neither sees nor deletes the other one\'s value', async () => {
      const one = store.kv.namespace('discord');
      const two = store.kv.namespace('telegram');
      await one.set('same', { who: 'one' }, hoursFrom(T0, 1));
      await two.set('same', { who: 'two' }, hoursFrom(T0, 1));
      await two.delete('same');
      expect(await one.get('same', T0)).toEqual({ who: 'one' });
      expect(await two.get('same', T0)).toBeNull();
    });

    it('GIVEN a value read back WHEN the caller changes it THEN the stored value is untouched', async () => {
      const kv = store.kv.namespace('discord');
      const value = { values: ['x'] };
      await kv.set('k', value, hoursFrom(T0, 1));
      value.values.push('changed-after-set');
      const read = (await kv.get('k', T0)) as { values: string[] };
      read.values.push('changed-after-get');
      expect(await kv.get('k', T0)).toEqual({ values: ['x'] });
    });

    it('GIVEN an empty or overlong key, a value that is no object, or one larger than 16 KB THEN the store refuses it', async () => {
      const kv = store.kv.namespace('discord');
      await expect(kv.set('', { a: 1 }, hoursFrom(T0, 1))).rejects.toBeInstanceOf(StoreInvalid);
      await expect(kv.set('k'.repeat(201), { a: 1 }, hoursFrom(T0, 1))).rejects.toBeInstanceOf(StoreInvalid);
      await expect(kv.set('k', JSON.parse('[1]') as Record<string, unknown>, hoursFrom(T0, 1))).rejects.toBeInstanceOf(StoreInvalid);
      await expect(kv.set('k', { text: 'x'.repeat(17_000) }, hoursFrom(T0, 1))).rejects.toBeInstanceOf(StoreInvalid);
      await expect(kv.set('k', { a: 1 }, new Date('nonsense'))).rejects.toBeInstanceOf(StoreInvalid);
      expect(await kv.get('k', T0)).toBeNull();
    });

    it('GIVEN a namespace that is not an adapter name (a colon, capitals, empty) THEN it is refused', () => {
      for (const bad of ['', 'Discord', 'a:b', 'x'.repeat(40)]) expect(() => store.kv.namespace(bad)).toThrow(/namespace/);
    });
  });
}
