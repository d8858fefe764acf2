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
  private count = 0;
  private since: number;

  constructor(
    private readonly every = EVERY,
    private readonly sliceMs = SLICE_MS,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.since = now();
  }

  /**
   * Call once per item: every `every` items, or once `sliceMs` went by since the last turn,
   * waits for one turn of the event loop (setImmediate).
   */
  async tick(): Promise<void> {
    if (++this.count % this.every !== 0 && this.now() - this.since < this.sliceMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.count = 0;
    this.since = this.now();
  }
}
