import { setImmediate as nextTurn } from 'node:timers/promises';
import PQueue from 'p-queue';

/**
 * What the adapters use to keep a burst from stalling the event loop. Over an in-memory store a
 * whole command runs in microtasks, and p-queue starts the next job from the previous one's
 * completion, so without a yield a queue of hundreds would run in one macrotask and nothing else
 * (gateway heartbeats, acknowledgements, timers) would get a turn until it emptied.
 */

/** Bounded-concurrency work (p-queue's shape); a higher priority runs sooner. */
export interface WorkQueue {
  add<T>(work: () => Promise<T>, options?: { priority?: number }): Promise<T>;
  /** Resolves when nothing is queued or running. */
  onIdle(): Promise<void>;
}

/**
 * At most `concurrency` jobs at once, each started in its own turn of the event loop, and only
 * once `before` resolves (the Discord adapter: when no acknowledgement is waiting to start).
 */
export function createWorkQueue(concurrency: number, before: () => Promise<void> = async () => {}): WorkQueue {
  const queue = new PQueue({ concurrency });
  const turns = new TurnBudget(1);
  return {
    add: (work, options) =>
      queue.add(
        async () => {
          await before();
          await turns.take();
          return work();
        },
        { priority: options?.priority ?? 0 },
      ),
    onIdle: () => queue.onIdle(),
  };
}

/**
 * Lets `perTurn` callers through in each turn of the event loop; the rest wait for later turns,
 * in order. Used where a burst would otherwise start hundreds of things in one macrotask.
 */
export class TurnBudget {
  private used = 0;
  private readonly waiting: (() => void)[] = [];
  private scheduled = false;

  private readonly idlers: (() => void)[] = [];

  constructor(private readonly perTurn: number) {}

  /** Resolves when no caller is waiting for a turn. */
  idle(): Promise<void> {
    if (this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idlers.push(resolve));
  }

  take(): Promise<void> {
    this.schedule();
    if (this.used < this.perTurn && this.waiting.length === 0) {
      this.used++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    void nextTurn().then(() => {
      this.scheduled = false;
      const batch = this.waiting.splice(0, this.perTurn);
      this.used = batch.length;
      for (const go of batch) go();
      if (this.waiting.length === 0) for (const go of this.idlers.splice(0)) go();
      if (this.waiting.length > 0 || batch.length > 0) this.schedule();
    });
  }
}
