import { fileURLToPath, pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import type { CommandRegistry } from '../../src/interaction/registry.js';
import { loadCommands } from '../../src/interaction/registry.js';
import { restBase } from './client.js';
import { buildCommandTable } from './commands.js';

/**
 * `npm run discord:register`: publishes every command as a Discord application command — in one
 * server when `guildId` is set (instant, for development), globally otherwise.
 */

export interface DiscordRegisterConfig {
  readonly token: string;
  readonly applicationId: string;
  readonly guildId?: string;
  readonly apiUrl?: string;
}

export async function registerDiscordCommands(config: DiscordRegisterConfig, registry: CommandRegistry): Promise<{ count: number; scope: string }> {
  const { json } = buildCommandTable(registry);
  const rest = new REST({ version: '10', ...(config.apiUrl ? { api: restBase(config.apiUrl) } : {}) }).setToken(config.token);
  const route = config.guildId ? Routes.applicationGuildCommands(config.applicationId, config.guildId) : Routes.applicationCommands(config.applicationId);
  await rest.put(route, { body: json });
  return { count: json.length, scope: config.guildId ? `server ${config.guildId}` : 'all servers (global commands can take up to an hour to appear)' };
}

const COMMANDS_DIR = fileURLToPath(new URL('../../commands', import.meta.url));

/** The script's body; the caller passes the configuration (read once, in src/config.ts). */
export async function main(config: DiscordRegisterConfig, commandsDir: string = COMMANDS_DIR): Promise<void> {
  const registry = await loadCommands(commandsDir);
  const { count, scope } = await registerDiscordCommands(config, registry);
  process.stdout.write(`Registered ${count} Discord commands for ${scope}.\n`);
}

/** Run as a script (`npm run discord:register`): configuration from src/config.ts, the one place that reads it. */
async function runFromConfig(): Promise<void> {
  const { loadConfig } = await import('../../src/config.js');
  const { discordConfigSchema } = await import('./plugin.js');
  // Discord's fragment alone: only its variables matter here.
  const loaded = loadConfig(undefined, [{ name: 'discord', configSchema: discordConfigSchema }]);
  if (!loaded.ok) throw new Error(loaded.message);
  const discord = loaded.config.platforms[0];
  if (!discord) throw new Error('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID to register the Discord commands (see .env.example).');
  await main({
    token: discord.token,
    applicationId: discord.applicationId,
    ...(discord.guildId ? { guildId: discord.guildId } : {}),
    ...(discord.apiUrl ? { apiUrl: discord.apiUrl } : {}),
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runFromConfig().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  });
}
