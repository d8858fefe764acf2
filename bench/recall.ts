/**
 * Match quality: does `/match` show the best buddies, or only the nearest good-enough ones?
 *
 * For each scenario a world (bench/world.ts) goes into the in-memory store; 200 of its people
 * ask `/match` through the dispatcher (pages 1 and 2: the top 10), and their lists are compared
 * with a brute-force ranking of EVERY eligible person (mutual reach, a shared activity, a
 * level), scored with the product's own `MatchingService.score`. Only candidate selection can
 * differ, so the figures measure it alone:
 *
 *   recall@k     share of the true top k that the list shows in its first k;
 *   score ratio  mean over askers of (sum of the shown top-5 scores / sum of the true top-5's).
 *
 * Then it times `/match` (page 1) against `/help` (the empty-command floor) at the dispatcher, apart
 * from the quality pass (whose brute force would leave its garbage to the timed calls): a warm-up,
 * then RUNS runs over every asker; p50 and p99 and their ratios to that run's floor, min / median /
 * max.
 *
 * Usage: tsx bench/recall.ts [scenario ...]   (default: every scenario)
 *        scenarios: dense-5k dense-20k dense-50k world-<n>k (world spread, default world-200k)
 */
import { performance } from 'node:perf_hooks';
import { distanceKm } from '../src/domain/geo.js';
import type { PersonId } from '../src/domain/ids.js';
import type { Profile } from '../src/domain/profile.js';
import type { Invocation } from '../src/interaction/command.js';
import { benchCore, percentile } from './setup.js';
import { BERLIN, generateWorld, type Placement, seeded } from './world.js';

const ASKERS = 200;
const RUNS = 3;
const WARMUP = 40;

interface Scenario {
  readonly name: string;
  readonly placement: Placement;
  readonly count: number;
}

function scenario(name: string): Scenario {
  const dense = /^dense-(\d+)k$/.exec(name);
  if (dense) return { name, placement: BERLIN, count: Number(dense[1]) * 1000 };
  const world = /^world-(\d+)k$/.exec(name);
  if (world) return { name, placement: { kind: 'world' }, count: Number(world[1]) * 1000 };
  throw new Error(`unknown scenario "${name}" (dense-<n>k or world-<n>k)`);
}

interface Ranked {
  readonly id: PersonId;
  readonly score: number;
  readonly distanceKm: number;
}

/** Latitude-sorted people, so a brute-force search reads only a band of latitudes. */
class Everyone {
  private readonly byLat: Profile[];

  constructor(people: Profile[]) {
    this.byLat = [...people].sort((a, b) => a.location!.coordinates[1] - b.location!.coordinates[1]);
  }

  *within(me: Profile, km: number): Generator<{ p: Profile; d: number }> {
    const lat = me.location!.coordinates[1];
    const span = km / 111 + 0.01;
    let lo = 0;
    let hi = this.byLat.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.byLat[mid]!.location!.coordinates[1] < lat - span) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.byLat.length; i++) {
      const p = this.byLat[i]!;
      if (p.location!.coordinates[1] > lat + span) break;
      const d = distanceKm(me.location!, p.location!);
      if (d <= km) yield { p, d };
    }
  }
}

async function run(s: Scenario): Promise<void> {
  const { store, core, dispatcher } = await benchCore();
  const now = core.deps.clock();
  const seeding = performance.now();
  const people = [...generateWorld(s.placement, s.count, 17)];
  for (const p of people) await store.people.insert(p);
  const byName = new Map(people.map((p) => [p.displayName, p.id]));
  const everyone = new Everyone(people);
  process.stdout.write(`# ${s.name}: ${s.count.toLocaleString('en')} profiles seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s\n`);

  const random = seeded(99);
  const askers = Array.from({ length: ASKERS }, () => people[Math.floor(random() * people.length)]!);
  const recall = { 5: 0, 10: 0 };
  let ratio = 0;
  const eligible: number[] = [];
  const invocationOf = (me: Profile): Invocation => ({ platform: 'console', user: { key: me.identities[0]!, displayName: me.displayName }, community: null });

  for (const me of askers) {
    const invocation = invocationOf(me);
    const page1 = await dispatcher.handle(invocation, { kind: 'line', command: 'match', text: '' });
    const hasNext = page1.replies.some((r) => (r.buttons ?? []).flat().some((b) => b.label.startsWith('Next')));
    const page2 = hasNext ? await dispatcher.handle(invocation, { kind: 'line', command: 'match', text: '2' }) : { replies: [] };
    const shown = [...page1.replies, ...page2.replies]
      .flatMap((r) => r.fields ?? [])
      .map((f) => byName.get(/^#\d+ (\S+)/.exec(f.name)?.[1] ?? ''))
      .filter((id): id is PersonId => id !== undefined);

    const truth: Ranked[] = [];
    const wanted = new Set(me.activities);
    for (const { p, d } of everyone.within(me, me.radiusKm)) {
      if (p.id === me.id || p.status !== 'active' || p.level === null || p.radiusKm < d) continue;
      if (!p.activities.some((a) => wanted.has(a))) continue;
      const m = core.matching.score(me, p, d, now);
      truth.push({ id: p.id, score: m.score, distanceKm: d });
    }
    eligible.push(truth.length);
    truth.sort((a, b) => b.score - a.score || a.distanceKm - b.distanceKm || (a.id < b.id ? -1 : 1));
    const scoreOf = new Map(truth.map((t) => [t.id, t.score]));
    for (const k of [5, 10] as const) {
      const best = new Set(truth.slice(0, k).map((t) => t.id));
      if (best.size === 0) {
        recall[k] += 1;
        continue;
      }
      recall[k] += shown.slice(0, k).filter((id) => best.has(id)).length / best.size;
    }
    const trueTop = truth.slice(0, 5).reduce((sum, t) => sum + t.score, 0);
    const shownTop = shown.slice(0, 5).reduce((sum, id) => sum + (scoreOf.get(id) ?? 0), 0);
    ratio += trueTop === 0 ? 1 : shownTop / trueTop;
  }

  eligible.sort((a, b) => a - b);
  const latency = await timeMatch(askers.map(invocationOf), dispatcher);
  process.stdout.write(
    [
      `eligible/asker(median) ${s.name} ${percentile(eligible, 50)}`,
      `recall@5 ${s.name} ${(recall[5] / ASKERS).toFixed(3)}`,
      `recall@10 ${s.name} ${(recall[10] / ASKERS).toFixed(3)}`,
      `score-ratio@5 ${s.name} ${(ratio / ASKERS).toFixed(3)}`,
      ...latency.map((line) => `${line.figure} ${s.name} ${line.values.map((v) => v.toFixed(line.figure.includes('/') ? 1 : 3)).join(' / ')}${line.figure.includes('/') ? '×' : ' ms'} (min / median / max of ${RUNS})`),
    ].join('\n') + '\n',
  );
}

type Dispatcher = Awaited<ReturnType<typeof benchCore>>['dispatcher'];

/**
 * Min, median and max of each figure over RUNS runs, each after the same warm-up. Each asker's
 * `help` and `match` run back to back, so the floor is taken in the same state as the command it
 * is the floor of (caches, collector, JIT); `help` alone, 200 times in a row, is printed too: a
 * tight loop of one tiny command runs hotter than any real mix of commands.
 */
async function timeMatch(invocations: Invocation[], dispatcher: Dispatcher): Promise<{ figure: string; values: number[] }[]> {
  const once = async (command: string, invocation: Invocation) => {
    const t0 = performance.now();
    await dispatcher.handle(invocation, { kind: 'line', command, text: '' });
    return performance.now() - t0;
  };
  const stats = (ms: number[]) => {
    ms.sort((a, b) => a - b);
    return { p50: percentile(ms, 50), p99: percentile(ms, 99) };
  };
  for (const invocation of invocations.slice(0, WARMUP)) {
    await once('help', invocation);
    await once('match', invocation);
  }
  const runs: Record<string, number>[] = [];
  for (let run = 0; run < RUNS; run++) {
    const helpMs: number[] = [];
    const matchMs: number[] = [];
    for (const invocation of invocations) {
      helpMs.push(await once('help', invocation));
      matchMs.push(await once('match', invocation));
    }
    const alone: number[] = [];
    for (const invocation of invocations) alone.push(await once('help', invocation));
    const floor = stats(helpMs);
    const match = stats(matchMs);
    runs.push({
      'help p50': floor.p50,
      'help p99': floor.p99,
      'help-alone p50': stats(alone).p50,
      'match p50': match.p50,
      'match p99': match.p99,
      'match p50 / help p50': match.p50 / floor.p50,
      'match p99 / help p99': match.p99 / floor.p99,
    });
  }
  return Object.keys(runs[0]!).map((figure) => {
    const xs = runs.map((r) => r[figure]!).sort((a, b) => a - b);
    return { figure, values: [xs[0]!, xs[Math.floor(xs.length / 2)]!, xs[xs.length - 1]!] };
  });
}

const names = process.argv.slice(2);
for (const name of names.length ? names : ['dense-5k', 'dense-20k', 'dense-50k', 'world-200k']) await run(scenario(name));
