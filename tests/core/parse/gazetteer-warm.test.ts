import { describe, expect, it } from 'vitest';
import { resolveLocation, warmGazetteerInSlices } from '../../../src/core/parse/location.js';

describe('the gazetteer built in the background', () => {
  it('GIVEN a fresh process WHEN the index is built in slices THEN other work runs between the slices, and places are found afterwards', async () => {
    let turns = 0;
    let building = true;
    // Counts the turns of the event loop other work gets while the index is being built.
    const other = (async () => {
      while (building) {
        turns += 1;
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    })();
    await warmGazetteerInSlices();
    building = false;
    await other;
    expect(turns).toBeGreaterThan(10);
    const found = resolveLocation('Berlin, DE');
    expect(found.ok && found.value.kind === 'found' && found.value.place.label).toMatch(/Berlin/);
  });

  it('GIVEN the index is built WHEN warmed again THEN it returns at once, with the same places', async () => {
    await warmGazetteerInSlices();
    await warmGazetteerInSlices();
    const found = resolveLocation('Potsdam, DE');
    expect(found.ok && found.value.kind === 'found' && found.value.place.label).toMatch(/Potsdam/);
  });
});
