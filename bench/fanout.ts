import { ALL_JOBS } from '../jobs/index.js';
/**
 * Fan-out benchmark: one new profile is a good match for 1,000 Telegram people; the
 * profile-match-alerts job writes 1,000 alerts to the outbox, and the sender delivers them
 * through a local fake Bot API that enforces Telegram's limits (about 30 messages a second
 * overall, 1 a second per chat, 429 with `retry_after` past them).
 *
 * Figures: achieved messages/s against the 30/s allowance (goal ≥ 95%), 429s received (goal 0),
 * duplicates (goal 0), and peak memory.
 */
import { Core } from '../src/core/core.js';
import { DEFAULT_CORE_SETTINGS } from '../src/core/deps.js';
import { DEFAULT_LIMITS } from '../src/core/limits.js';
import { DeliveryRegistry } from '../src/core/notify.js';
import { userKey } from '../src/domain/platform.js';
import { silentLogger } from '../src/logger.js';
import { createScheduler } from '../src/scheduler/index.js';
import { createMemoryStore } from '../src/store/memory/index.js';
import { createMemoryRateLimits } from '../src/store/rate-limits.js';
import { JOB } from '../jobs/index.js';
import { FakeTelegram, TELEGRAM_LIMITS } from '../tests/fakes/telegram/index.js';
import { telegramAdapterDelivery } from '../tests/delivery/telegram-delivery.js';
import { makeProfile } from '../tests/support/fixtures.js';

export interface FanoutResult {
  readonly people: number;
  readonly delivered: number;
  readonly seconds: number;
  readonly rate: number;
  readonly allowance: number;
  readonly throttled: number;
  readonly duplicates: number;
  readonly missing: number;
  readonly enqueueMs: number;
  readonly peakRssMb: number;
  readonly peakHeapMb: number;
  readonly ok: boolean;
}

export async function fanout(people = 1000): Promise<FanoutResult> {
  const fake = await FakeTelegram.start();
  const store = createMemoryStore();
  const deliveries = new DeliveryRegistry();
  deliveries.register(telegramAdapterDelivery(fake, store));
  const clock = () => new Date();
  const log = silentLogger();
  const scheduler = createScheduler({ store, deliveries, clock, log, jobs: ALL_JOBS, settings: { alertPool: people } });
  const core = new Core({ store, clock, log, notifier: scheduler.notifier, hooks: scheduler.hooks, settings: DEFAULT_CORE_SETTINGS, limits: createMemoryRateLimits(DEFAULT_LIMITS) });
  scheduler.attach(core);

  // 1,000 Telegram people in one area who run, and the newcomer who suits them all.
  for (let i = 0; i < people; i++) await store.people.insert(makeProfile({ identities: [userKey('telegram', String(700_000 + i))] }));
  const newcomer = makeProfile({ displayName: 'Newcomer', identities: [userKey('telegram', '699999')] });
  await store.people.insert(newcomer);

  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const sampler = setInterval(sample, 50);

  const t0 = performance.now();
  const run = await scheduler.run(JOB.profileAlerts, { personId: newcomer.id });
  if (run.error) throw new Error(run.error);
  const enqueueMs = performance.now() - t0;

  scheduler.sender.start();
  await scheduler.sender.drain(120_000);
  clearInterval(sampler);
  sample();
  await scheduler.stop({ timeoutMs: 1000 });

  const sent = fake.sent();
  const chats = sent.map((c) => String(c.params.chat_id));
  const throttled = fake.calls.filter((c) => c.status === 429).length;
  const seconds = sent.length > 1 ? (sent[sent.length - 1]!.at - sent[0]!.at) / 1000 : 0;
  const rate = seconds > 0 ? (sent.length - 1) / seconds : 0;
  const allowance = TELEGRAM_LIMITS.global.perSecond;
  const duplicates = chats.length - new Set(chats).size;
  const missing = people - new Set(chats).size;
  await fake.close();
  return {
    people,
    delivered: sent.length,
    seconds,
    rate,
    allowance,
    throttled,
    duplicates,
    missing,
    enqueueMs,
    peakRssMb: peakRss / 2 ** 20,
    peakHeapMb: peakHeap / 2 ** 20,
    ok: rate >= 0.95 * allowance && throttled === 0 && duplicates === 0 && missing === 0,
  };
}

export function printFanout(r: FanoutResult): void {
  const rows: [string, string, string, string][] = [
    ['messages delivered', `${r.delivered} / ${r.people}`, `${r.people}, none missing`, r.missing === 0 ? 'ok' : 'FAIL'],
    ['achieved rate', `${r.rate.toFixed(2)} msg/s (${((100 * r.rate) / r.allowance).toFixed(1)}% of ${r.allowance}/s)`, '≥ 95% of allowance', r.rate >= 0.95 * r.allowance ? 'ok' : 'FAIL'],
    ['fan-out duration', `${r.seconds.toFixed(1)} s`, `≈ ${(r.people / r.allowance).toFixed(1)} s`, ''],
    ['429s received', String(r.throttled), '0', r.throttled === 0 ? 'ok' : 'FAIL'],
    ['duplicates', String(r.duplicates), '0', r.duplicates === 0 ? 'ok' : 'FAIL'],
    ['alert job (1,000 enqueued)', `${r.enqueueMs.toFixed(0)} ms`, '', ''],
    ['peak RSS', `${r.peakRssMb.toFixed(1)} MB`, '', ''],
    ['peak heap used', `${r.peakHeapMb.toFixed(1)} MB`, '', ''],
  ];
  const head: [string, string, string, string] = ['fan-out: 1,000 match alerts → Telegram', 'measured', 'goal', ''];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...[head, ...rows].map((row) => row[i]!.length)));
  const line = (row: readonly string[]) => `| ${row.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await fanout();
  printFanout(result);
  if (!result.ok) process.exitCode = 1;
}
