/** The Discord adapter: slash commands, buttons, selects, modals and autocomplete; DMs and announcements. */
export { createDiscordBot, type DiscordBot, type DiscordConfig } from './client.js';
export { buildCommandTable, type CommandTable } from './commands.js';
export { type DiscordRegisterConfig, registerDiscordCommands } from './register.js';
