/**
 * Where the fan-out's event-loop stalls come from: the same world as fanout.ts, the alert job and
 * the sender for `seconds`, and a log against the job's start of
 * - every stall past 25 ms (a 2 ms timer that fired late), with the CPU this process spent meanwhile
 *   (much less than the stall: the machine's other work kept it off the cores),
 * - every GC pause past 8 ms,
 * - every store call that held the loop past 8 ms (the in-memory store answers synchronously, so a
 *   call's time before it returns is loop time; nested calls count once, in the outer one),
 * and RSS and heap before, after the job, and after a full GC (what the enqueue keeps).
 *
 * Usage: tsx --expose-gc bench/fanout-trace.ts [people, default 10000] [seconds of sending, default 20]
 */
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { JOB } from '../jobs/index.js';
import type { Store } from '../src/store/port.js';
import { fanoutWorld } from './fanout-world.js';

const PEOPLE = Number(process.argv[2] ?? 10_000);
const SECONDS = Number(process.argv[3] ?? 20);
const STALL_MS = 25;
const SLOW_MS = 8;

let t0 = performance.now();
const since = (at: number) => `${((at - t0) / 1000).toFixed(3)} s`;
const events: { at: number; line: string }[] = [];
const note = (at: number, line: string) => events.push({ at, line });

/** The names of an object's methods, its class's and their parents'. */
function methodNames(o: object): string[] {
  const names = new Set<string>();
  for (let p: object | null = Object.getPrototypeOf(o); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const n of Object.getOwnPropertyNames(p)) if (n !== 'constructor') names.add(n);
  }
  return [...names];
}

/** Wraps every repository's methods to note the calls that hold the loop. */
function timeStore(store: Store): void {
  let depth = 0;
  for (const [repoName, repo] of Object.entries(store)) {
    if (repo === null || typeof repo !== 'object') continue;
    for (const name of methodNames(repo)) {
      const method: unknown = Reflect.get(repo, name);
      if (typeof method !== 'function') continue;
      Reflect.set(repo, name, function (this: unknown, ...args: unknown[]): unknown {
        const start = performance.now();
        depth += 1;
        try {
          return Reflect.apply(method, this, args);
        } finally {
          depth -= 1;
          const took = performance.now() - start;
          if (depth === 0 && took > SLOW_MS) note(start, `store ${repoName}.${name} held the loop ${took.toFixed(1)} ms`);
        }
      });
    }
  }
}

const memory = () => {
  const m = process.memoryUsage();
  return `RSS ${(m.rss / 2 ** 20).toFixed(1)} MB, heap used ${(m.heapUsed / 2 ** 20).toFixed(1)} of ${(m.heapTotal / 2 ** 20).toFixed(1)} MB`;
};

const { platforms, store, scheduler, newcomer } = await fanoutWorld(PEOPLE, 17);
global.gc?.();
process.stdout.write(`before: ${memory()}\n`);
timeStore(store);
const gcs = new PerformanceObserver((list) => {
  for (const e of list.getEntries() as PerformanceEntry[]) if (e.duration > SLOW_MS) note(e.startTime, `GC pause ${e.duration.toFixed(1)} ms`);
});
gcs.observe({ entryTypes: ['gc'] });
let last = performance.now();
let lastCpu = process.cpuUsage();
// A stall with little CPU spent by this process is the machine's other work (it did not get a
// core), not this process holding its own loop: both are printed, so they can be told apart.
const ticker = setInterval(() => {
  const now = performance.now();
  const cpu = process.cpuUsage();
  if (now - last > STALL_MS) note(last, `STALL ${(now - last).toFixed(0)} ms (this process's CPU meanwhile: ${((cpu.user + cpu.system - lastCpu.user - lastCpu.system) / 1000).toFixed(0)} ms)`);
  last = now;
  lastCpu = cpu;
}, 2);

scheduler.sender.start();
t0 = performance.now();
last = t0;
lastCpu = process.cpuUsage();
const run = await scheduler.run(JOB.profileAlerts, { personId: newcomer.id });
if (run.error) throw new Error(run.error);
process.stdout.write(`alert job: ${(performance.now() - t0).toFixed(0)} ms; after it: ${memory()}\n`);
await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
clearInterval(ticker);
gcs.disconnect();
global.gc?.();
process.stdout.write(`after ${SECONDS} s of sending (${scheduler.sender.stats.sent} sent) and a full GC: ${memory()}\n\n`);
for (const e of events.sort((a, b) => a.at - b.at)) process.stdout.write(`${since(e.at).padStart(9)}  ${e.line}\n`);
await scheduler.stop({ timeoutMs: 1000 });
await platforms.close();
