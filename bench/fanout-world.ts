/**
 * What the fan-out bench (fanout.ts) and its tracer (fanout-trace.ts) share: `count` Telegram
 * people over Berlin (bench/world.ts), everyone within reach and running among their activities,
 * a newcomer at the centre, and the real scheduler (alert job + outbox sender) and Telegram adapter
 * over the in-memory store, talking to the fake Bot API in its own process with Telegram's limits.
 */
import { ALL_JOBS } from '../jobs/index.js';
import { createTelegramBot } from '../bots/telegram/index.js';
import { Core } from '../src/core/core.js';
import { DEFAULT_CORE_SETTINGS } from '../src/core/deps.js';
import { DEFAULT_LIMITS } from '../src/core/limits.js';
import { DeliveryRegistry } from '../src/delivery/platforms.js';
import type { ActivityId } from '../src/domain/activities.js';
import { point } from '../src/domain/geo.js';
import { userKey } from '../src/domain/platform.js';
import { Dispatcher } from '../src/interaction/dispatcher.js';
import { loadCommands } from '../src/interaction/registry.js';
import { silentLogger } from '../src/logger.js';
import { createScheduler } from '../src/scheduler/index.js';
import { createMemoryStore } from '../src/store/memory/index.js';
import { createMemoryRateLimits } from '../src/store/rate-limits.js';
import { RemotePlatforms } from './platforms/remote.js';
import { BERLIN, generateWorld } from './world.js';

const RUNNING = 'running' as ActivityId;

export async function fanoutWorld(people: number, seed: number) {
  const platforms = RemotePlatforms.start();
  const fake = await platforms.ask({ op: 'telegram-start', limits: true }, 'telegram-started');
  const store = createMemoryStore();
  const deliveries = new DeliveryRegistry();
  const clock = () => new Date();
  const log = silentLogger();
  // Every one of them is meant to get the alert: the pool holds them all, any score will do.
  const scheduler = createScheduler({ store, deliveries, clock, log, jobs: ALL_JOBS, settings: { alertPool: people, matchAlertMinScore: 0 } });
  const core = new Core({ store, clock, log, notifier: scheduler.notifier, hooks: scheduler.hooks, settings: DEFAULT_CORE_SETTINGS, limits: createMemoryRateLimits(DEFAULT_LIMITS) });
  scheduler.attach(core);
  const dispatcher = new Dispatcher(await loadCommands(new URL('../commands', import.meta.url).pathname), core, log);
  const telegram = createTelegramBot({ token: fake.token, apiRoot: fake.apiRoot, webhook: null }, { dispatcher, kv: store.kv.namespace('telegram'), clock, log });
  deliveries.register(telegram.delivery);

  let i = 0;
  for (const p of generateWorld(BERLIN, people, seed)) {
    const activities = p.activities.includes(RUNNING) ? p.activities : [RUNNING, ...p.activities.slice(0, 3)];
    await store.people.insert({ ...p, identities: [userKey('telegram', String(700_000 + i++))], activities, radiusKm: 35 });
  }
  const [newcomer] = [...generateWorld(BERLIN, 1, seed + 1)];
  await store.people.insert({ ...newcomer!, identities: [userKey('telegram', '699999')], displayName: 'Newcomer', activities: [RUNNING], radiusKm: 35, location: point(BERLIN.centre.lat, BERLIN.centre.lng) });
  return { platforms, store, scheduler, newcomer: newcomer! };
}
