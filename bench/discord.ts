/**
 * Discord scenarios: INTERACTION_CREATE sent by the gateway → the acknowledgement (the
 * interaction callback) and → the final answer (the edit of the deferred reply), through the real
 * discord.js client at its production REST limits (50 requests/s), the adapter, dispatcher and
 * core over the in-memory store. The fake Discord runs in its own process (platforms/host.ts) and
 * takes the times there; the bot's event-loop delay is measured here.
 *
 *   world-spread   50,000 profiles over the world's towns (population-weighted), `match` one at a time
 *   dense-city     50,000 profiles within 15 km of Berlin, `match` one at a time
 *   burst-<n>      n distinct members at the same moment (half `match`, half `help`), world spread
 *
 * Each run (RUNS of them, same world and bot) first warms up, then measures the floor (`help`,
 * one at a time), then the scenario. Prints min / median / max over the runs, and one SUMMARY line.
 *
 * Usage: tsx bench/discord.ts <scenario>
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createDiscordBot, registerDiscordCommands } from '../bots/discord/index.js';
import { userKey } from '../src/domain/platform.js';
import type { Profile } from '../src/domain/profile.js';
import { RemotePlatforms } from './platforms/remote.js';
import type { RoundResult } from './platforms/protocol.js';
import { benchCore, percentile } from './setup.js';
import { type Column, printRuns, summary } from './report.js';
import { BERLIN, generateWorld, type Placement, seeded } from './world.js';

const RUNS = 3;
const PROFILES = 50_000;
const SEQUENTIAL = 150;
const FLOOR = 150;
const WARMUP = 40;

interface Scenario {
  readonly name: string;
  readonly placement: Placement;
  /** Members who ask (distinct people of the world). */
  readonly askers: number;
  /** A burst: everybody at once; otherwise one at a time. */
  readonly burst: boolean;
}

function scenario(name: string): Scenario {
  if (name === 'world-spread') return { name, placement: { kind: 'world' }, askers: SEQUENTIAL, burst: false };
  if (name === 'dense-city') return { name, placement: BERLIN, askers: SEQUENTIAL, burst: false };
  const burst = /^burst-(\d+)$/.exec(name);
  if (burst) return { name, placement: { kind: 'world' }, askers: Number(burst[1]), burst: true };
  throw new Error(`unknown Discord scenario "${name}" (world-spread, dense-city, burst-<n>)`);
}

const MATCH = 'Buddies near you|No matches yet';
const HELP = 'Spotter';
const stats = (xs: number[]) => {
  // Failed interactions are Infinity: compare without subtracting (Infinity − Infinity is NaN).
  const s = [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { p50: percentile(s, 50), p99: percentile(s, 99), max: s[s.length - 1]! };
};

async function main(): Promise<void> {
  const s = scenario(process.argv[2] ?? 'world-spread');
  const platforms = RemotePlatforms.start();
  const fake = await platforms.ask({ op: 'discord-start', members: s.askers, limitPerSecond: 50 }, 'discord-started');
  const { store, log, clock, deliveries, registry, dispatcher } = await benchCore();

  // The world, and among it the askers: distinct people, each now a member of the fake server.
  const seeding = performance.now();
  const people: Profile[] = [...generateWorld(s.placement, PROFILES, 17)];
  const pick = seeded(5);
  const chosen = new Set<number>();
  while (chosen.size < s.askers) chosen.add(Math.floor(pick() * people.length));
  [...chosen].forEach((index, member) => {
    people[index] = { ...people[index]!, identities: [userKey('discord', fake.userIds[member]!)] };
  });
  for (const p of people) await store.people.insert(p);
  process.stdout.write(`# ${s.name}: ${PROFILES.toLocaleString('en')} profiles seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s; ${s.askers} askers\n`);

  // The client at discord.js's own defaults: 50 requests/s globally, as in production.
  const config = { token: fake.token, applicationId: fake.applicationId, apiUrl: fake.apiUrl };
  await registerDiscordCommands(config, registry);
  const bot = createDiscordBot(config, { dispatcher, kv: store.kv.namespace('discord'), clock, log });
  deliveries.register(bot.delivery);
  await bot.start();

  const everyone = Array.from({ length: s.askers }, (_, i) => i);
  const round = async (command: string, who: number[], atOnce: boolean, expect: string): Promise<RoundResult> => {
    const { result } = await platforms.ask({ op: 'discord-round', command, who, atOnce, expect }, 'round');
    if (result.unexpected) throw new Error(`/${command} answered unexpectedly: ${result.unexpected}`);
    await bot.idle();
    return result;
  };

  const runs: Record<string, number>[] = [];
  const delay = monitorEventLoopDelay({ resolution: 5 });
  try {
    for (let run = 0; run < RUNS; run++) {
      const warm = everyone.slice(0, WARMUP);
      await round('help', warm, false, HELP);
      await round('match', warm, false, MATCH);
      const floor = stats((await round('help', everyone.slice(0, FLOOR), false, HELP)).answer);
      const row: Record<string, number> = { 'floor p50': floor.p50, 'floor p99': floor.p99 };
      delay.reset();
      delay.enable();
      if (s.burst) {
        // Everybody at once: half ask for matches, half for help.
        const [matches, helps] = await Promise.all([
          round('match', everyone.filter((i) => i % 2 === 0), true, MATCH),
          round('help', everyone.filter((i) => i % 2 === 1), true, HELP),
        ]);
        const ack = stats([...matches.ack, ...helps.ack]);
        const answer = stats([...matches.answer, ...helps.answer]);
        Object.assign(row, {
          'ack p50': ack.p50,
          'ack p99': ack.p99,
          'ack max': ack.max,
          'acked ≤ 3 s %': (100 * (s.askers - matches.late - helps.late)) / s.askers,
          'answer p50': answer.p50,
          'answer p99': answer.p99,
          'answer max': answer.max,
        });
      } else {
        const match = await round('match', everyone, false, MATCH);
        const ack = stats(match.ack);
        const answer = stats(match.answer);
        Object.assign(row, {
          'ack p50': ack.p50,
          'ack p99': ack.p99,
          'answer p50': answer.p50,
          'answer p99': answer.p99,
          'p50 / floor': answer.p50 / floor.p50,
          'p99 / floor': answer.p99 / floor.p99,
        });
      }
      delay.disable();
      row['loop delay max'] = delay.max / 1e6;
      row['loop delay p99'] = delay.percentile(99) / 1e6;
      runs.push(row);
    }
  } finally {
    await bot.stop();
    await platforms.close();
  }

  const columns: Column[] = Object.keys(runs[0]!).map((name) => ({ name, unit: name.endsWith('/ floor') ? '×' : name.endsWith('%') ? '%' : 'ms' }));
  process.stdout.write(`\nDiscord ${s.name}: ${s.burst ? `${s.askers} interactions at once` : `${s.askers} × /match one at a time`}, ${RUNS} runs (times in ms from INTERACTION_CREATE; node ${process.version})\n`);
  printRuns(columns, runs);
  summary(s.name, columns, runs);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
