import type { Config } from '../src/config.js';
import type { AdapterDeps, PlatformAdapter } from '../src/interaction/adapter.js';

/**
 * The platforms this deployment runs, from its configuration. Each adapter is loaded only when
 * configured, so a Telegram-only deployment never loads discord.js.
 */
export async function configuredAdapters(config: Config, deps: AdapterDeps): Promise<PlatformAdapter[]> {
  const adapters: PlatformAdapter[] = [];
  if (config.discord) {
    const { createDiscordBot } = await import('./discord/index.js');
    adapters.push(
      createDiscordBot(
        {
          token: config.discord.token,
          applicationId: config.discord.applicationId!,
          ...(config.discord.guildId ? { guildId: config.discord.guildId } : {}),
          ...(config.discord.apiUrl ? { apiUrl: config.discord.apiUrl } : {}),
          shards: config.discord.shards,
          messageContent: config.discord.messageContent,
        },
        deps,
      ),
    );
  }
  if (config.telegram) {
    const { createTelegramBot } = await import('./telegram/index.js');
    adapters.push(
      createTelegramBot(
        { token: config.telegram.token, webhook: config.telegram.webhook, ...(config.telegram.apiRoot ? { apiRoot: config.telegram.apiRoot } : {}) },
        deps,
      ),
    );
  }
  return adapters;
}
