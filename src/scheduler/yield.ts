/**
 * Long loops in jobs (an alert fan-out over a thousand candidates, a digest, a pairing round)
 * hand the event loop back every so often, so that interactions arriving meanwhile are
 * acknowledged within Discord's 3 s and no stall grows past ~100 ms.
 */
const EVERY = 50;

export class Yielder {
  private count = 0;

  constructor(private readonly every = EVERY) {}

  /** Call once per item: every `every` items, waits for one turn of the event loop (setImmediate). */
  async tick(): Promise<void> {
    if (++this.count % this.every === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
