/**
 * Where the heap a fan-out's enqueue keeps goes, per recipient: the same world as fanout.ts, the
 * alert job run once (no sending), then the in-memory store's structures emptied one at a time,
 * each followed by a full GC, and the heap each one freed printed per recipient. What is left
 * after the last is what the job kept elsewhere (the match pool's cells, built by its first query).
 * It reads the stores' private fields: a measuring tool, not a test.
 *
 * Usage: tsx --expose-gc bench/fanout-heap.ts [people, default 10000]
 */
import { JOB } from '../jobs/index.js';
import { fanoutWorld } from './fanout-world.js';

const PEOPLE = Number(process.argv[2] ?? 10_000);
const { platforms, store, scheduler, newcomer } = await fanoutWorld(PEOPLE, 17);
const heap = () => {
  global.gc!();
  global.gc!();
  return process.memoryUsage().heapUsed;
};
const before = heap();
const run = await scheduler.run(JOB.profileAlerts, { personId: newcomer.id });
if (run.error) throw new Error(run.error);
let last = heap();
const perRecipient = (bytes: number) => (bytes / PEOPLE).toFixed(0).padStart(5);
process.stdout.write(`kept by the enqueue, bytes per recipient: ${perRecipient(last - before)}\n`);
const step = (name: string, empty: () => void) => {
  empty();
  const now = heap();
  process.stdout.write(`  ${name.padEnd(36)} ${perRecipient(last - now)}\n`);
  last = now;
};
/* eslint-disable @typescript-eslint/no-explicit-any */
const outbox = store.outbox as any;
const alerts = store.alerts as any;
step('outbox rows (positional text)', () => outbox.rows.clear());
step('outbox dedupe keys', () => outbox.byKey.clear());
step('outbox pending due times and leases', () => (outbox.pending.clear(), outbox.leased.clear()));
step('outbox due queue', () => ((outbox.due.ats = []), (outbox.due.ids = [])));
step('alert ledger entries', () => alerts.entries.clear());
step('alert ledger ids', () => alerts.ids.clear());
step('daily alert slots', () => alerts.slots.clear());
process.stdout.write(`  ${'the rest (the pool\'s cells, ...)'.padEnd(36)} ${perRecipient(last - before)}\n`);
await scheduler.stop({ timeoutMs: 1000 });
await platforms.close();
