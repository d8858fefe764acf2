import { timeSlices } from '../core/rounds-run.js';

/**
 * Long loops in jobs (an alert fan-out over a thousand candidates, a digest, a pairing round)
 * hand the event loop back every so often, so that interactions arriving meanwhile are
 * acknowledged within Discord's 3 s and no stall grows past ~100 ms.
 *
 * A count alone is not enough: on a busy machine 50 alerts (each a ledger entry, a stored action
 * and an outbox row) took 200–400 ms, so a loop also yields once `sliceMs` went by since its last
 * turn, whatever the count.
 */
const EVERY = 50;
const SLICE_MS = 10;

export class Yielder {
  /**
   * Call once per item: every `every` items, or once `sliceMs` went by since the last turn,
   * waits for one turn of the event loop (setImmediate).
   */
  readonly tick: () => Promise<void>;

  constructor(every = EVERY, sliceMs = SLICE_MS, now: () => number = () => performance.now()) {
    this.tick = timeSlices(sliceMs, every, now);
  }
}
