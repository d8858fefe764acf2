import { createTelegramBot } from '../../bots/telegram/index.js';
import type { PlatformDelivery } from '../../src/delivery/platforms.js';
import { silentLogger } from '../../src/logger.js';
import type { Store } from '../../src/store/port.js';
import type { FakeTelegram } from '../fakes/telegram/index.js';

/**
 * The Telegram adapter's own delivery (telegraf → HTTP → the fake Bot API), without starting the
 * bot: no polling, nothing but the sends the outbox sender makes. 429 comes back as throttled
 * with `retry_after`, 403 as unreachable, as in production.
 */
export function telegramAdapterDelivery(fake: FakeTelegram, store: Store): PlatformDelivery {
  const bot = createTelegramBot(
    { token: fake.token, apiRoot: fake.apiRoot, webhook: null },
    // The dispatcher only serves incoming updates, and this bot is never started.
    { dispatcher: null as never, store, clock: () => new Date(), log: silentLogger() },
  );
  return bot.delivery;
}
