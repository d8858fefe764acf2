import type { Client, Guild, GuildMember } from 'discord.js';

/**
 * The server and the bot's own member in it, for a permission check before asking Discord: from
 * the cache; null while the server is not in it (starting up), when Discord's answer tells instead.
 */
export async function guildAndMe(client: Client, guildId: string): Promise<{ guild: Guild; me: GuildMember } | null> {
  const guild = client.guilds.cache.get(guildId);
  if (!guild) return null;
  return { guild, me: guild.members.me ?? (await guild.members.fetchMe()) };
}
