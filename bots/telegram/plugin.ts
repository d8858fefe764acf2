import { z } from 'zod';
import { optionalString, positiveInt, url } from '../../src/config.js';
import { definePlatform } from '../../src/interaction/platform-plugin.js';
import type { TelegramBotConfig } from './index.js';

/** Telegram's variables: configured when TELEGRAM_BOT_TOKEN is set; webhook mode when a URL is too. */
const configSchema = z
  .object({
    TELEGRAM_BOT_TOKEN: optionalString.refine((v) => v === undefined || /^\d+:[\w-]{20,}$/.test(v), 'a BotFather token like 123456:ABC-DEF…'),
    TELEGRAM_API_ROOT: url('Bot API server'),
    TELEGRAM_WEBHOOK_URL: optionalString.refine((v) => v === undefined || /^https:\/\/[^\s]+$/.test(v), 'an https URL'),
    TELEGRAM_WEBHOOK_SECRET: optionalString.refine((v) => v === undefined || /^[A-Za-z0-9_-]{16,256}$/.test(v), '16–256 characters of A-Z, a-z, 0-9, _ and -'),
    TELEGRAM_WEBHOOK_PORT: positiveInt(8443, 65535),
  })
  .transform((e, ctx): TelegramBotConfig | null => {
    if (!e.TELEGRAM_BOT_TOKEN) {
      if (e.TELEGRAM_WEBHOOK_URL) ctx.addIssue({ code: 'custom', path: ['TELEGRAM_BOT_TOKEN'], message: 'a token when TELEGRAM_WEBHOOK_URL is set' });
      return null;
    }
    return {
      token: e.TELEGRAM_BOT_TOKEN,
      ...(e.TELEGRAM_API_ROOT ? { apiRoot: e.TELEGRAM_API_ROOT } : {}),
      webhook: e.TELEGRAM_WEBHOOK_URL ? { url: e.TELEGRAM_WEBHOOK_URL, secret: e.TELEGRAM_WEBHOOK_SECRET, port: e.TELEGRAM_WEBHOOK_PORT } : null,
    };
  });

/** Telegram as a plug-in: telegraf loads only when it is configured. */
export const telegramPlugin = definePlatform<TelegramBotConfig>({
  name: 'telegram',
  configSchema,
  async create(settings, deps) {
    const { createTelegramBot } = await import('./index.js');
    return createTelegramBot(settings, deps);
  },
});
