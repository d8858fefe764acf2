import { z } from 'zod';
import { optionalString, url } from '../../src/config.js';
import { definePlatform } from '../../src/interaction/platform-plugin.js';
import type { DiscordConfig } from './client.js';

const snowflake = optionalString.refine((v) => v === undefined || /^\d{15,22}$/.test(v), 'a Discord snowflake (digits)');

/**
 * Which Discord shards this instance runs: "auto" (all of them, as many as Discord recommends), or
 * its own ids of the total, "0,1/4", so that instances split the shards without overlap.
 */
const shards = z
  .string()
  .trim()
  .default('auto')
  .transform((raw, ctx) => {
    if (raw === '' || raw === 'auto') return 'auto' as const;
    const parts = raw.split('/');
    const ids = (parts[0] ?? '').split(',').map((s) => s.trim());
    const count = Number(parts[1]);
    const valid =
      parts.length === 2 &&
      Number.isInteger(count) &&
      count >= 1 &&
      ids.every((id) => /^\d+$/.test(id) && Number(id) < count) &&
      new Set(ids).size === ids.length;
    if (!valid) {
      ctx.addIssue({ code: 'custom', message: '"auto", or this instance\'s shard ids out of the total, like "0,1/4"' });
      return z.NEVER;
    }
    return { ids: ids.map(Number).sort((a, b) => a - b), count };
  });

/** Discord's variables: configured when DISCORD_TOKEN is set, which then needs the application id. */
export const discordConfigSchema = z
  .object({
    DISCORD_TOKEN: optionalString,
    DISCORD_APPLICATION_ID: snowflake,
    DISCORD_GUILD_ID: snowflake,
    DISCORD_API_URL: url('Discord REST base'),
    DISCORD_SHARDS: shards,
    /** The bot was granted the privileged Message Content intent: session chat threads are relayed to other platforms. */
    DISCORD_MESSAGE_CONTENT: z.enum(['true', 'false'], { error: '"true" or "false"' }).default('false'),
  })
  .transform((e, ctx): DiscordConfig | null => {
    if (!e.DISCORD_TOKEN) return null;
    if (!e.DISCORD_APPLICATION_ID) {
      ctx.addIssue({ code: 'custom', path: ['DISCORD_APPLICATION_ID'], message: 'the application id when DISCORD_TOKEN is set' });
      return z.NEVER;
    }
    return {
      token: e.DISCORD_TOKEN,
      applicationId: e.DISCORD_APPLICATION_ID,
      ...(e.DISCORD_GUILD_ID ? { guildId: e.DISCORD_GUILD_ID } : {}),
      ...(e.DISCORD_API_URL ? { apiUrl: e.DISCORD_API_URL } : {}),
      shards: e.DISCORD_SHARDS,
      messageContent: e.DISCORD_MESSAGE_CONTENT === 'true',
    };
  });

/** Discord as a plug-in: discord.js loads only when it is configured. */
export const discordPlugin = definePlatform<DiscordConfig>({
  name: 'discord',
  configSchema: discordConfigSchema,
  async create(settings, deps) {
    const { createDiscordBot } = await import('./client.js');
    return createDiscordBot(settings, deps);
  },
});
