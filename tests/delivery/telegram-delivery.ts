import { createTelegramBot } from '../../bots/telegram/index.js';
import { Core } from '../../src/core/core.js';
import { DEFAULT_CORE_SETTINGS } from '../../src/core/deps.js';
import { DEFAULT_LIMITS } from '../../src/core/limits.js';
import { OutboxNotifier } from '../../src/delivery/outbox-notifier.js';
import type { PlatformDelivery } from '../../src/delivery/platforms.js';
import { Dispatcher } from '../../src/interaction/dispatcher.js';
import { silentLogger } from '../../src/logger.js';
import type { Store } from '../../src/store/port.js';
import { createMemoryRateLimits } from '../../src/store/rate-limits.js';
import type { FakeTelegram } from '../fakes/telegram/index.js';
import { testRegistry } from '../support/harness.js';

/**
 * The Telegram adapter's own delivery (telegraf → HTTP → the fake Bot API), without starting the
 * bot: no polling, nothing but the sends the outbox sender makes. 429 comes back as throttled
 * with `retry_after`, 403 as unreachable, as in production. The bot gets a real dispatcher over
 * the same store; it is never started, so no update reaches it.
 */
export async function telegramAdapterDelivery(fake: FakeTelegram, store: Store): Promise<PlatformDelivery> {
  const clock = () => new Date();
  const log = silentLogger();
  const core = new Core({
    store,
    clock,
    notifier: new OutboxNotifier(store.outbox, clock),
    log,
    settings: DEFAULT_CORE_SETTINGS,
    limits: createMemoryRateLimits(DEFAULT_LIMITS),
  });
  const dispatcher = new Dispatcher(await testRegistry(), core, log);
  const bot = createTelegramBot({ token: fake.token, apiRoot: fake.apiRoot, webhook: null }, { dispatcher, kv: store.kv.namespace('telegram'), clock, log });
  return bot.delivery;
}
