import { type APIChannel, ChannelType, type Client, DiscordAPIError, PermissionFlagsBits, RESTJSONErrorCodes, Routes, ThreadAutoArchiveDuration } from 'discord.js';
import { decodeCommunityKey } from '../../src/domain/platform.js';
import { clip } from '../../src/domain/text.js';
import type { PlaceDelivery } from '../../src/interaction/platform-places.js';
import type { Logger } from '../../src/logger.js';
import { guildAndMe } from './guild-me.js';
import { LIMIT } from './limits.js';

/**
 * Session chats as private threads (type 12) under the session's announcement channel: only the
 * members the bot adds can see them (`invitable: false`: members can't bring others in), and
 * server moderators. Started without a message, as Discord only makes public threads from one.
 *
 * The bot needs Create Private Threads, Send Messages in Threads and Manage Threads (to take
 * people out and lock the thread at the end) in that channel: checked from the cache first, so a
 * server without them costs no refused request, and told to the core as "refused".
 *
 * A thread idle for a week is archived by Discord; adding a member or posting then needs it
 * unarchived first (50083 otherwise), which the bot may do as it is not locked.
 */

/** The longest Discord allows: sessions are often days ahead. */
const AUTO_ARCHIVE = ThreadAutoArchiveDuration.OneWeek;
const NEEDED = [PermissionFlagsBits.CreatePrivateThreads, PermissionFlagsBits.SendMessagesInThreads, PermissionFlagsBits.ManageThreads];

const codeOf = (error: unknown): number | string | null => (error instanceof DiscordAPIError ? error.code : null);
const refused = (error: unknown): boolean => codeOf(error) === RESTJSONErrorCodes.MissingPermissions || codeOf(error) === RESTJSONErrorCodes.MissingAccess;
/** What Discord refused for: the three permissions above. */
const REFUSED = { kind: 'refused', missing: 'thread-permissions' } as const;
/** The thread was deleted by a moderator: nothing more to do in it. */
const gone = (error: unknown): boolean => codeOf(error) === RESTJSONErrorCodes.UnknownChannel;

/** `readsPlace`: the bot has Message Content, so what members write in a thread reaches it. */
export function createThreadDelivery(client: Client, log: Logger, readsPlace: boolean): PlaceDelivery {
  /** Null while the server is not in the cache (starting up): then Discord's answer tells. */
  const mayOpen = async (guildId: string, channelId: string): Promise<boolean | null> => {
    const found = await guildAndMe(client, guildId);
    if (!found) return null;
    const channel = found.guild.channels.cache.get(channelId);
    const permissions = channel ? channel.permissionsFor(found.me) : found.me.permissions;
    return permissions.has(NEEDED);
  };

  /** Runs `work`; an archived thread is unarchived and `work` tried once more. */
  const inThread = async (threadId: string, work: () => Promise<unknown>): Promise<void> => {
    try {
      await work();
    } catch (error) {
      if (codeOf(error) !== RESTJSONErrorCodes.InvalidActionOnArchivedThread) throw error;
      await client.rest.patch(Routes.channel(threadId), { body: { archived: false } });
      await work();
    }
  };

  return {
    placeKind: 'home',
    readsPlace,

    async openPlace(community, announcement, name) {
      const guildId = decodeCommunityKey(community.key).id;
      try {
        if ((await mayOpen(guildId, announcement.channelId)) === false) return REFUSED;
        const body = { name, type: ChannelType.PrivateThread, invitable: false, auto_archive_duration: AUTO_ARCHIVE };
        const thread = (await client.rest.post(Routes.threads(announcement.channelId), { body })) as APIChannel;
        return { kind: 'opened', placeId: thread.id };
      } catch (error) {
        if (refused(error)) return REFUSED;
        log.warn({ community: community.key, err: (error as Error).message }, 'discord session thread not created');
        return { kind: 'failed' };
      }
    },

    async addToPlace(community, threadId, userId) {
      try {
        await inThread(threadId, () => client.rest.put(Routes.threadMembers(threadId, userId)));
        return true;
      } catch (error) {
        // Not in the server any more, or the thread is gone: they stay on the relay.
        log.info({ community, threadId, err: (error as Error).message }, 'discord thread member not added');
        return false;
      }
    },

    async removeFromPlace(community, threadId, userId) {
      try {
        await inThread(threadId, () => client.rest.delete(Routes.threadMembers(threadId, userId)));
      } catch (error) {
        if (!gone(error) && codeOf(error) !== RESTJSONErrorCodes.UnknownMember) log.warn({ community, threadId, err: (error as Error).message }, 'discord thread member not removed');
      }
    },

    async postInPlace(community, threadId, message, mention) {
      // Plain content, not an embed: it reads as chat, and only content mentions notify. Discord
      // trims a message's content itself, so clip's trim changes nothing it shows.
      const content = clip(message.title ? `**${message.title}**\n${message.text}` : message.text, LIMIT.content);
      const body = { content, allowed_mentions: { parse: [], users: [...mention].slice(0, 100) } };
      try {
        await inThread(threadId, () => client.rest.post(Routes.channelMessages(threadId), { body }));
      } catch (error) {
        if (!gone(error)) log.warn({ community, threadId, err: (error as Error).message }, 'discord thread message not posted');
      }
    },

    async closePlace(community, threadId) {
      try {
        await client.rest.patch(Routes.channel(threadId), { body: { locked: true, archived: true } });
      } catch (error) {
        if (!gone(error)) log.warn({ community, threadId, err: (error as Error).message }, 'discord session thread not locked');
      }
    },
  };
}
