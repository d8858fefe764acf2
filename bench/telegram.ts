/**
 * Telegram round trip: an update handed to the bot's long poll → the `sendMessage` that answers
 * it, through the real telegraf client, adapter, dispatcher and core, against the fake Bot API in
 * its own process (flood limits off: this measures Spotter, not Telegram's pacing).
 *
 *   `help`, an empty command: the floor, measured in each run after a warm-up;
 *   `match` with 50,000 profiles within 15 km of Berlin (bench/world.ts), distinct askers.
 *
 * Usage: tsx bench/telegram.ts
 */
import { performance } from 'node:perf_hooks';
import { createTelegramBot } from '../bots/telegram/index.js';
import { userKey } from '../src/domain/platform.js';
import type { Profile } from '../src/domain/profile.js';
import { RemotePlatforms } from './platforms/remote.js';
import { type Column, printRuns, summary } from './report.js';
import { benchCore, percentile } from './setup.js';
import { BERLIN, generateWorld, seeded } from './world.js';

const RUNS = 3;
const PROFILES = 50_000;
const ASKERS = 150;
const WARMUP = 40;

async function main(): Promise<void> {
  const platforms = RemotePlatforms.start();
  const fake = await platforms.ask({ op: 'telegram-start', limits: false }, 'telegram-started');
  const { store, log, clock, deliveries, dispatcher } = await benchCore();

  const seeding = performance.now();
  const people: Profile[] = [...generateWorld(BERLIN, PROFILES, 17)];
  const pick = seeded(5);
  const chosen = new Set<number>();
  while (chosen.size < ASKERS) chosen.add(Math.floor(pick() * people.length));
  const userIds = [...chosen].map((index, i) => {
    people[index] = { ...people[index]!, identities: [userKey('telegram', String(900_000 + i))] };
    return 900_000 + i;
  });
  for (const p of people) await store.people.insert(p);
  process.stdout.write(`# telegram: ${PROFILES.toLocaleString('en')} profiles seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s\n`);

  const adapter = createTelegramBot({ token: fake.token, apiRoot: fake.apiRoot, webhook: null }, { dispatcher, kv: store.kv.namespace('telegram'), clock, log });
  deliveries.register(adapter.delivery);
  await adapter.start();

  const round = async (text: string, who: number[], expect: string) => {
    const r = await platforms.ask({ op: 'telegram-round', text, userIds: who, expect }, 'telegram-round');
    if (r.unexpected) throw new Error(`${text} answered unexpectedly: ${r.unexpected}`);
    const s = [...r.answer].sort((a, b) => a - b);
    return { p50: percentile(s, 50), p99: percentile(s, 99) };
  };

  const runs: Record<string, number>[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      await round('/help', userIds.slice(0, WARMUP), 'Spotter');
      await round('/match', userIds.slice(0, WARMUP), 'Buddies near you|No matches yet');
      const floor = await round('/help', userIds, 'Spotter');
      const match = await round('/match', userIds, 'Buddies near you|No matches yet');
      runs.push({ 'floor p50': floor.p50, 'floor p99': floor.p99, 'match p50': match.p50, 'match p99': match.p99, 'p50 / floor': match.p50 / floor.p50, 'p99 / floor': match.p99 / floor.p99 });
    }
  } finally {
    await adapter.stop();
    await platforms.close();
  }
  const columns: Column[] = Object.keys(runs[0]!).map((name) => ({ name, unit: name.includes('/ floor') ? '×' : 'ms' }));
  process.stdout.write(`\nTelegram update → sendMessage, dense city, ${ASKERS} askers, ${RUNS} runs, ms (node ${process.version})\n`);
  printRuns(columns, runs);
  summary('telegram', columns, runs);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
