import type { DeliveryOutcome, PlatformDelivery } from '../../src/delivery/platforms.js';
import { decodeCommunityKey } from '../../src/domain/platform.js';
import { TELEGRAM_DELIVERY_LIMITS } from './limits.js';
import type { Outbound } from './outbound.js';

/**
 * Messages the core sends on its own (notifications, session announcements). A person's private
 * chat id is their user id. 403 → unreachable (the core records it and keeps a notice); 429 →
 * throttled with `retry_after` (the core waits and tries again). A community's announcements go
 * to the group itself. A notification arrives said for its recipient (their language in the words,
 * their zone and language in `Reply.zone` / `Reply.lang` for the times): nothing is looked up here.
 */
export function telegramDelivery(out: Outbound): PlatformDelivery {
  return {
    platform: 'telegram',
    limits: TELEGRAM_DELIVERY_LIMITS,

    async sendToUser(userId, message): Promise<DeliveryOutcome> {
      const sent = await out.toChat(userId, [message], { privateChat: true, conversational: false, waitOnThrottle: false });
      switch (sent.kind) {
        case 'sent':
          return { kind: 'sent' };
        case 'forbidden':
          return { kind: 'unreachable', reason: sent.reason };
        case 'throttled':
          return { kind: 'throttled', retryAfterMs: sent.retryAfterMs };
        case 'rejected':
          // Telegram refused the message itself: trying again won't help, and the person is not to blame.
          throw new Error(`Telegram refused the message (${sent.code}): ${sent.reason}`);
      }
    },

    async announce(community, message) {
      const chatId = decodeCommunityKey(community.key).id;
      const sent = await out.toChat(chatId, [message], { privateChat: false, conversational: false, waitOnThrottle: true });
      if (sent.kind !== 'sent' || sent.messageIds.length === 0) return null;
      return { channelId: chatId, messageId: String(sent.messageIds[0]) };
    },

    async editAnnouncement(announcement, message) {
      await out.edit(announcement.channelId, Number(announcement.messageId), message);
    },
  };
}
