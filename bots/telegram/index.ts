import type { AdapterDeps, PlatformAdapter } from '../../src/interaction/adapter.js';
import { AdminCache } from './admins.js';
import { TelegramApi } from './api.js';
import { TelegramLifecycle, type WebhookConfig } from './bot.js';
import { publishCommandMenus } from './commands-menu.js';
import { telegramDelivery } from './delivery.js';
import { topicDelivery } from './topics.js';
import { UpdateHandler } from './handler.js';
import { BotIdentity } from './identity.js';
import { Outbound } from './outbound.js';
import { SelectChoices } from './selects.js';

export interface TelegramBotConfig {
  readonly token: string;
  /** A self-hosted Bot API server (or a local fake); Telegram's own by default. */
  readonly apiRoot?: string;
  /** Webhook mode when set; long polling otherwise. */
  readonly webhook: WebhookConfig | null;
}

/**
 * The Telegram adapter: every command of the command layer as a `/command` (private chats and
 * groups), buttons as inline keyboards, places through the share-location keyboard, groups as
 * communities, and the core's notifications delivered to private chats.
 */
export function createTelegramBot(config: TelegramBotConfig, deps: AdapterDeps): PlatformAdapter {
  const log = deps.log.child({ platform: 'telegram' });
  let handler: UpdateHandler | null = null;
  const lifecycle = new TelegramLifecycle({ token: config.token, webhook: config.webhook, log, ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}), ...(deps.http ? { http: deps.http } : {}) }, (update) =>
    handler!.handle(update),
  );
  const telegram = lifecycle.telegraf.telegram;
  const api = new TelegramApi(telegram, log);
  const identity = new BotIdentity(telegram);
  const selects = new SelectChoices(deps.kv, deps.clock);
  const out = new Outbound(api, selects, identity, deps.clock, log);
  const admins = new AdminCache(async (chatId) => {
    const listed = await api.call('getChatAdministrators', () => telegram.getChatAdministrators(chatId));
    if (!listed.ok) throw new Error(`getChatAdministrators: ${listed.failure.kind}`);
    return new Set(listed.value.map((m) => String(m.user.id)));
  });
  handler = new UpdateHandler(deps, api, out, admins, selects, identity);

  return {
    platform: 'telegram',
    delivery: { ...telegramDelivery(out), places: topicDelivery(api, deps.clock, log) },
    start: () =>
      lifecycle.start(async (username) => {
        identity.set(username);
        await publishCommandMenus(api, deps.dispatcher.registry, log);
      }),
    stop: () => lifecycle.stop(),
    isReady: () => lifecycle.isReady(),
  };
}

export { commandMenus } from './commands-menu.js';
export type { WebhookConfig } from './bot.js';
