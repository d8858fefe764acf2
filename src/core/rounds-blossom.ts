import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import pkg from '@graph-algorithm/maximum-matching';

/**
 * Maximum-weight matching by Edmonds' blossom algorithm (the maintained npm package
 * `@graph-algorithm/maximum-matching`), one connected component at a time. The algorithm is
 * O(n³): a component of a few hundred people takes seconds, so big components go to a worker
 * thread and the event loop stays free; small ones (a community's usual round) are solved here.
 */

/** [u, v, weight]: vertices 0…n−1 of one component, an integer weight (exact arithmetic). */
export type WeightedEdge = readonly [number, number, number];

/** Solves components: for each, `mate[v]` is v's partner or −1. */
export interface Matcher {
  solve(components: readonly (readonly WeightedEdge[])[]): Promise<number[][]>;
  close(): Promise<void>;
}

const maximumWeightMatching = typeof pkg === 'function' ? pkg : pkg.default;

/** The matching of one component, on the calling thread. */
export const matchInline = (edges: readonly WeightedEdge[]): number[] => (edges.length ? maximumWeightMatching(edges) : []);

/** Components with fewer edges than this are solved inline: a few milliseconds each. */
export const INLINE_EDGES = 150;
/** Inline solving hands the event loop a turn after about this long. */
const INLINE_SLICE_MS = 10;

type Answer = { readonly id: number; readonly ok: true; readonly mates: number[][] } | { readonly id: number; readonly ok: false; readonly error: string };

const WORKER_URL = new URL('./blossom-worker.mjs', import.meta.url);

/**
 * One worker thread, started on first use and unref'd while idle (it never keeps the process
 * alive). Jobs run one after the other; a job that fails or a worker that dies rejects that job
 * and the next one gets a fresh thread.
 */
export class BlossomMatcher implements Matcher {
  private worker: Worker | null = null;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly inlineEdges = INLINE_EDGES) {}

  async solve(components: readonly (readonly WeightedEdge[])[]): Promise<number[][]> {
    const mates: number[][] = new Array<number[]>(components.length);
    const remote: number[] = [];
    components.forEach((edges, i) => {
      if (edges.length >= this.inlineEdges) remote.push(i);
    });
    // The big ones start on the worker while the small ones are solved here, a turn of the event loop between slices.
    const far = remote.length ? this.inWorker(remote.map((i) => components[i]!)) : Promise.resolve([]);
    let slice = performance.now();
    for (let i = 0; i < components.length; i++) {
      const edges = components[i]!;
      if (edges.length >= this.inlineEdges) continue;
      mates[i] = matchInline(edges);
      if (performance.now() - slice > INLINE_SLICE_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        slice = performance.now();
      }
    }
    const solved = await far;
    remote.forEach((i, k) => (mates[i] = solved[k]!));
    return mates;
  }

  private inWorker(components: readonly (readonly WeightedEdge[])[]): Promise<number[][]> {
    const run = this.queue.then(() => this.post(components));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private post(components: readonly (readonly WeightedEdge[])[]): Promise<number[][]> {
    const worker = (this.worker ??= this.spawn());
    const id = this.nextId++;
    worker.ref();
    return new Promise<number[][]>((resolve, reject) => {
      const done = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        worker.unref();
      };
      const onMessage = (a: Answer) => {
        if (a.id !== id) return;
        done();
        if (a.ok) resolve(a.mates);
        else reject(new Error(`blossom worker: ${a.error}`));
      };
      const onError = (e: Error) => {
        done();
        this.worker = null;
        reject(e);
      };
      const onExit = (code: number) => {
        done();
        this.worker = null;
        reject(new Error(`blossom worker exited with code ${code}`));
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, components });
    });
  }

  private spawn(): Worker {
    const w = new Worker(WORKER_URL);
    w.unref();
    return w;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
