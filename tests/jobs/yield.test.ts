import { describe, expect, it } from 'vitest';
import { Yielder } from '../../src/scheduler/yield.js';

describe('long job loops hand the event loop back', () => {
  it('GIVEN work queued behind a loop WHEN the loop ticks every item THEN the work runs after every N items, not at the end', async () => {
    const ranAfter: number[] = [];
    // No time slice here: only the count decides.
    const pause = new Yielder(10, Number.POSITIVE_INFINITY);
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

  it('GIVEN items that each take long (a busy machine) WHEN the time slice runs out before the count THEN the loop yields after that slice, and the count starts over', async () => {
    // A clock the loop moves: each item "takes" 4 ms; the slice is 10 ms, the count 50.
    let clock = 0;
    const pause = new Yielder(50, 10, () => clock);
    const ranAfter: number[] = [];
    let done = 0;
    const queued = () => setImmediate(() => ranAfter.push(done));
    queued();
    for (let i = 0; i < 9; i++) {
      await pause.tick();
      if (ranAfter.length === 1 && i === 3) queued();
      clock += 4;
      done++;
    }
    // Ticks at 0, 4, 8 ms go on; the one at 12 ms (after 3 items) yields, and again 12 ms later.
    expect(ranAfter).toEqual([3, 6]);
  });
});
