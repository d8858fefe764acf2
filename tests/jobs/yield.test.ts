import { describe, expect, it } from 'vitest';
import { Yielder } from '../../src/scheduler/yield.js';

describe('long job loops hand the event loop back', () => {
  it('GIVEN work queued behind a loop WHEN the loop ticks every item THEN the work runs after every N items, not at the end', async () => {
    const ranAfter: number[] = [];
    const pause = new Yielder(10);
    let done = 0;
    const queued = () => setImmediate(() => ranAfter.push(done));
    queued();
    for (let i = 0; i < 30; i++) {
      await pause.tick();
      if (ranAfter.length === 1 && i === 10) queued();
      done++;
    }
    expect(ranAfter).toEqual([9, 19]);
  });
});
