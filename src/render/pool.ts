import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { err, ok, type Result } from '../result.js';
import { FONT_FAMILY, fontFiles } from './fonts.js';

/**
 * A small pool of PNG workers (png-worker.mjs). SVG is rasterised on worker threads so a slow
 * picture never holds up other people's commands; jobs wait in a bounded queue, each worker takes
 * one at a time. Workers start on first use, are unref'd (an idle pool never keeps the process
 * alive), and a worker that dies or hangs is replaced: its job fails, the next one gets a fresh
 * thread.
 */

export interface Png {
  readonly bytes: Uint8Array;
  readonly width: number;
  readonly height: number;
}

export type RenderFailure =
  | { readonly kind: 'busy'; readonly queued: number }
  | { readonly kind: 'timeout'; readonly ms: number }
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'closed' };

export interface PoolOptions {
  /** Worker threads (default: one per spare core, at most 2). */
  readonly size?: number;
  /** A render taking longer than this fails and its worker is replaced. */
  readonly timeoutMs?: number;
  /** Jobs waiting beyond this are refused at once (the reply then goes out as text). */
  readonly maxQueue?: number;
}

interface Job {
  readonly id: number;
  readonly svg: string;
  readonly scale: number;
  readonly done: (r: Result<Png, RenderFailure>) => void;
}

type WorkerAnswer =
  | { readonly id: number; readonly ok: true; readonly png: Uint8Array; readonly width: number; readonly height: number }
  | { readonly id: number; readonly ok: false; readonly error: string };

interface Slot {
  worker: Worker | null;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

const WORKER_URL = new URL('./png-worker.mjs', import.meta.url);

export class PngPool {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private readonly timeoutMs: number;
  private readonly maxQueue: number;
  private nextId = 1;
  private closed = false;

  constructor(options: PoolOptions = {}) {
    const size = options.size ?? Math.max(1, Math.min(2, availableParallelism() - 1));
    this.slots = Array.from({ length: Math.max(1, size) }, () => ({ worker: null, job: null, timer: null }));
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.maxQueue = options.maxQueue ?? 64;
  }

  /** How many worker threads the pool runs. */
  get size(): number {
    return this.slots.length;
  }

  /** Renders an SVG document at `scale` (2 = twice its width and height in pixels). */
  render(svg: string, scale = 1): Promise<Result<Png, RenderFailure>> {
    if (this.closed) return Promise.resolve(err({ kind: 'closed' }));
    if (this.queue.length >= this.maxQueue) return Promise.resolve(err({ kind: 'busy', queued: this.queue.length }));
    return new Promise((done) => {
      this.queue.push({ id: this.nextId++, svg, scale, done });
      this.pump();
    });
  }

  /** Starts every worker now (font files read, native module loaded) so the first picture isn't slower. */
  async warm(): Promise<void> {
    const tiny = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';
    await Promise.all(this.slots.map(() => this.render(tiny)));
  }

  /** Stops every worker; waiting and running jobs fail with `closed`. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.done(err({ kind: 'closed' }));
    await Promise.all(
      this.slots.map(async (slot) => {
        this.finish(slot, err({ kind: 'closed' }));
        const w = slot.worker;
        slot.worker = null;
        if (w) await w.terminate();
      }),
    );
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      const worker = (slot.worker ??= this.spawn(slot));
      slot.job = job;
      worker.ref();
      slot.timer = setTimeout(() => {
        // A render that hangs takes its thread with it: replace the thread.
        this.finish(slot, err({ kind: 'timeout', ms: this.timeoutMs }));
        this.replace(slot);
      }, this.timeoutMs);
      slot.timer.unref();
      worker.postMessage({ id: job.id, svg: job.svg, scale: job.scale });
    }
  }

  private spawn(slot: Slot): Worker {
    const worker = new Worker(WORKER_URL, { workerData: { fontFiles: fontFiles(), defaultFontFamily: FONT_FAMILY } });
    worker.unref();
    worker.on('message', (answer: WorkerAnswer) => {
      if (slot.worker !== worker || slot.job?.id !== answer.id) return;
      this.finish(slot, answer.ok ? ok({ bytes: answer.png, width: answer.width, height: answer.height }) : err({ kind: 'failed', reason: answer.error }));
      this.pump();
    });
    worker.on('error', (error: Error) => {
      if (slot.worker !== worker) return;
      this.finish(slot, err({ kind: 'failed', reason: error.message }));
      this.replace(slot);
    });
    worker.on('exit', (code) => {
      if (slot.worker !== worker) return;
      this.finish(slot, err({ kind: 'failed', reason: `worker exited with code ${code}` }));
      slot.worker = null;
      this.pump();
    });
    return worker;
  }

  private replace(slot: Slot): void {
    const old = slot.worker;
    slot.worker = null;
    if (old) void old.terminate();
    if (!this.closed) this.pump();
  }

  /** Settles the slot's job (if any) and frees the slot; an idle worker no longer holds the process. */
  private finish(slot: Slot, result: Result<Png, RenderFailure>): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.job;
    slot.job = null;
    slot.worker?.unref();
    job?.done(result);
  }
}
