import { type APIChannel, type APIMessage, DiscordAPIError, RateLimitError, type REST, RESTJSONErrorCodes, Routes } from 'discord.js';
import type { DeliveryOutcome, PlatformDelivery } from '../../src/delivery/platforms.js';
import { platformSettingsOf } from '../../src/domain/community.js';
import type { Reply } from '../../src/interaction/reply.js';
import type { Logger } from '../../src/logger.js';
import { DISCORD_DELIVERY_LIMITS } from './limits.js';
import { type RenderedMessage, renderReply } from './render.js';

/**
 * Messages nobody asked for right now: DMs to a person (notifications) and posts in a
 * community's announcement channel. A closed DM (50007) is reported as unreachable, never retried
 * here; the core keeps the message as a notice for the person's next visit.
 */

const DM_CACHE_SIZE = 5_000;

/** The DM channel of each user we wrote to, so a second DM costs one request, not two. */
export class DmChannels {
  private readonly byUser = new Map<string, string>();
  private readonly channels = new Set<string>();

  get(userId: string): string | undefined {
    return this.byUser.get(userId);
  }

  set(userId: string, channelId: string): void {
    if (this.byUser.size >= DM_CACHE_SIZE) {
      const [oldest] = this.byUser;
      if (oldest) this.forget(oldest[0]);
    }
    this.byUser.set(userId, channelId);
    this.channels.add(channelId);
  }

  forget(userId: string): void {
    const channel = this.byUser.get(userId);
    if (channel) this.channels.delete(channel);
    this.byUser.delete(userId);
  }

  /** For the REST rate limiter: is this a DM channel of ours? */
  isDm(channelId: string): boolean {
    return this.channels.has(channelId);
  }
}

export function createDelivery(rest: REST, dms: DmChannels, log: Logger): PlatformDelivery {
  const openDm = async (userId: string): Promise<string> => {
    const known = dms.get(userId);
    if (known) return known;
    const channel = (await rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as APIChannel;
    dms.set(userId, channel.id);
    return channel.id;
  };

  const post = async (channelId: string, message: RenderedMessage): Promise<APIMessage> =>
    (await rest.post(Routes.channelMessages(channelId), messageBody(message))) as APIMessage;

  return {
    platform: 'discord',
    limits: DISCORD_DELIVERY_LIMITS,

    async sendToUser(userId: string, reply: Reply): Promise<DeliveryOutcome> {
      if (!/^\d{1,25}$/.test(userId)) return { kind: 'unreachable', reason: 'not a Discord user id' };
      const message = renderReply(reply);
      for (let attempt = 0; ; attempt++) {
        try {
          await post(await openDm(userId), message);
          return { kind: 'sent' };
        } catch (error) {
          // A DM channel we remembered is gone: open it again, once.
          if (attempt === 0 && error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownChannel && dms.get(userId)) {
            dms.forget(userId);
            continue;
          }
          return outcomeOf(error);
        }
      }
    },

    async announce(community, reply) {
      const channelId = platformSettingsOf(community).announceChannelId;
      if (!channelId) return null;
      try {
        const posted = await post(channelId, renderReply(reply));
        return { channelId, messageId: posted.id };
      } catch (error) {
        // A deleted channel or missing permission must not undo the session: it just isn't announced.
        log.warn({ community: community.key, channelId, err: (error as Error).message }, 'discord announcement failed');
        return null;
      }
    },

    async editAnnouncement(announcement, reply) {
      try {
        await rest.patch(Routes.channelMessage(announcement.channelId, announcement.messageId), messageBody(renderReply(reply), { replaceAttachments: true }));
      } catch (error) {
        log.warn({ channelId: announcement.channelId, messageId: announcement.messageId, err: (error as Error).message }, 'discord announcement edit failed');
      }
    },
  };
}

function outcomeOf(error: unknown): DeliveryOutcome {
  if (error instanceof RateLimitError) return { kind: 'throttled', retryAfterMs: Math.max(error.retryAfter, error.timeToReset, 0) };
  if (error instanceof DiscordAPIError) {
    if (error.code === RESTJSONErrorCodes.CannotSendMessagesToThisUser || error.code === RESTJSONErrorCodes.CannotSendMessagesToThisUserDueToHavingNoMutualGuilds)
      return { kind: 'unreachable', reason: 'DMs closed' };
    if (error.code === RESTJSONErrorCodes.UnknownUser) return { kind: 'unreachable', reason: 'unknown user' };
    if (error.status === 403) return { kind: 'unreachable', reason: `forbidden (${error.code})` };
  }
  throw error;
}

/** A message for the REST API: JSON, or multipart when it carries a file. */
function messageBody(m: RenderedMessage, options: { replaceAttachments?: boolean } = {}) {
  const body = {
    ...(m.content !== undefined ? { content: m.content } : options.replaceAttachments ? { content: '' } : {}),
    embeds: m.embeds,
    components: m.components,
    allowed_mentions: { parse: [] },
    ...(m.files.length > 0 ? { attachments: m.files.map((f, id) => ({ id, filename: f.name, ...(f.description ? { description: f.description } : {}) })) } : options.replaceAttachments ? { attachments: [] } : {}),
  };
  return { body, ...(m.files.length > 0 ? { files: m.files.map((f) => ({ name: f.name, data: f.data, contentType: f.contentType })) } : {}) };
}
