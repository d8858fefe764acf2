import type { PlatformPlugin } from '../src/interaction/platform-plugin.js';
import { consolePlugin } from './console/plugin.js';
import { discordPlugin } from './discord/plugin.js';
import { telegramPlugin } from './telegram/plugin.js';

/**
 * Every platform Spotter can speak on: adding one is its folder under `bots/` and one line here.
 * Each entry is light (its name, configuration fragment and limits); its client library loads
 * only when the platform is configured and created.
 */
export const PLATFORM_PLUGINS: readonly PlatformPlugin[] = [discordPlugin, telegramPlugin, consolePlugin];
