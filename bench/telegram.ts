/**
 * Telegram round trip: an update handed to the bot's long poll → the `sendMessage` that answers it,
 * through the real telegraf client, adapter, dispatcher and core, against the local fake Bot API
 * (flood limits off: this measures Spotter, not Telegram's pacing).
 *
 *   `match` with 50,000 profiles in the in-memory store, spread around one city;
 *   `help`, an empty command, as the floor.
 *
 * Usage: tsx bench/telegram.ts [updates per command, default 1000] [profiles, default 50000]
 */
import { performance } from 'node:perf_hooks';
import { createTelegramBot } from '../bots/telegram/index.js';
import { FakeTelegram, person, textMessage, type TgUser } from '../tests/fakes/telegram/index.js';
import { askerAround, benchCore, percentile, rng, seedProfiles } from './setup.js';

const UPDATES = Number(process.argv[2] ?? 1000);
const PROFILES = Number(process.argv[3] ?? 50_000);
const WARMUP = 50;
const SENDERS = 20;

async function main(): Promise<void> {
  const fake = await FakeTelegram.start({ limits: false });
  const { store, log, clock, deliveries, dispatcher } = await benchCore();

  const random = rng(42);
  const seeding = performance.now();
  await seedProfiles(store, PROFILES, random, 'telegram', (i) => `bench-${i}`);
  // The people asking: complete profiles in the middle of town, with the usual running + something.
  const senders: TgUser[] = [];
  for (let i = 0; i < SENDERS; i++) {
    const user = person(900_000 + i, `Sender ${i}`);
    await store.people.insert(askerAround(PROFILES + i, random, 'telegram', String(user.id)));
    senders.push(user);
  }
  process.stdout.write(`seeded ${PROFILES.toLocaleString('en')} profiles in ${((performance.now() - seeding) / 1000).toFixed(1)} s\n`);

  const adapter = createTelegramBot({ token: fake.token, apiRoot: fake.apiRoot, webhook: null }, { dispatcher, store, clock, log });
  deliveries.register(adapter.delivery);
  await adapter.start();

  const roundTrip = async (user: TgUser, text: string): Promise<number> => {
    const mark = fake.mark();
    const started = performance.now();
    await fake.push(textMessage(user, text));
    const answer = await fake.waitFor((c) => c.method === 'sendMessage' && String(c.params.chat_id) === String(user.id), { after: mark, timeoutMs: 30_000 });
    const ms = performance.now() - started;
    if (answer.status !== 200) throw new Error(`${text}: the answer was refused (${answer.status})`);
    if (text === '/match' && PROFILES >= 1000 && !/Buddies near you/.test(String(answer.params.text))) throw new Error(`/match did not list matches: ${String(answer.params.text).slice(0, 120)}`);
    return ms;
  };

  const rows: string[][] = [];
  try {
    for (const [label, text] of [
      ['help (floor)', '/help'],
      [`match (${PROFILES.toLocaleString('en')} profiles)`, '/match'],
    ] as const) {
      for (let i = 0; i < WARMUP; i++) await roundTrip(senders[i % SENDERS]!, text);
      const samples: number[] = [];
      for (let i = 0; i < UPDATES; i++) samples.push(await roundTrip(senders[i % SENDERS]!, text));
      samples.sort((a, b) => a - b);
      const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
      rows.push([label, String(samples.length), ...[percentile(samples, 50), percentile(samples, 99), samples[samples.length - 1]!, mean].map((v) => v.toFixed(2))]);
    }
  } finally {
    await adapter.stop();
    await fake.close();
  }

  const header = ['command', 'updates', 'p50 ms', 'p99 ms', 'max ms', 'mean ms'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  process.stdout.write(`\nTelegram update → sendMessage round trip (node ${process.version})\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}\n`);
  const floor = Number(rows[0]![3]);
  const match = Number(rows[1]![3]);
  process.stdout.write(`\nmatch p99 / help p99 = ${(match / floor).toFixed(1)}× (target: within 5×)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
