import type { Clock } from '../../src/core/deps.js';
import { decodeCommunityKey } from '../../src/domain/platform.js';
import { clip } from '../../src/domain/text.js';
import type { PlaceDelivery } from '../../src/interaction/platform-places.js';
import type { Logger } from '../../src/logger.js';
import type { TelegramApi } from './api.js';
import { renderHtml } from './render.js';

/** Telegram's limit on a topic's name. */
const TOPIC_NAME_MAX = 128;

/**
 * Session chats' places in forum supergroups: a topic per session (createForumTopic), where
 * Spotter posts the session's news and which it closes a day after. A topic is a board, not a
 * home: every member of the group reads it, so nobody is added to it, nobody is named in it, and
 * the conversation itself stays relayed through private chats (blocked pairs kept apart).
 * Other groups have no topics: Telegram answers "the chat is not a forum", and the chat is simply
 * relayed. Without the right to manage topics ("not enough rights"), the moderators are told.
 */
export function topicDelivery(api: TelegramApi, clock: Clock, log: Logger): PlaceDelivery {
  const chatOf = (key: Parameters<typeof decodeCommunityKey>[0]) => decodeCommunityKey(key).id;
  return {
    placeKind: 'board',
    // Nobody talks in a topic: the conversation is relayed, so there is nothing to read there.
    readsPlace: false,

    async openPlace(community, _announcement, name) {
      const chatId = chatOf(community.key);
      // A plain group has no topics: asked once here instead of a refused create per session.
      const chat = await api.call('getChat', () => api.telegram.getChat(chatId));
      if (!chat.ok || !('is_forum' in chat.value) || chat.value.is_forum !== true) return { kind: 'failed' };
      const made = await api.call('createForumTopic', () => api.telegram.createForumTopic(chatId, clip(name, TOPIC_NAME_MAX)));
      if (made.ok) return { kind: 'opened', placeId: String(made.value.message_thread_id) };
      if (made.failure.kind === 'forbidden' || (made.failure.kind === 'rejected' && /not enough rights|CHAT_ADMIN_REQUIRED/i.test(made.failure.reason))) return { kind: 'refused', missing: 'topic-rights' };
      return { kind: 'failed' };
    },

    // Everyone in the group reads a topic: there is nobody to add or take out.
    addToPlace: async () => false,
    removeFromPlace: async () => {},

    async postInPlace(community, topicId, message) {
      const chatId = chatOf(community);
      const text = renderHtml(message, clock());
      const sent = await api.call('sendMessage', () =>
        api.telegram.sendMessage(chatId, text, { parse_mode: 'HTML', message_thread_id: Number(topicId), link_preview_options: { is_disabled: true } }),
      );
      if (!sent.ok) log.info({ platform: 'telegram', chatId, failure: sent.failure.kind }, 'session topic message not posted');
    },

    async closePlace(community, topicId) {
      const chatId = chatOf(community);
      const closed = await api.call('closeForumTopic', () => api.telegram.closeForumTopic(chatId, Number(topicId)));
      if (!closed.ok) log.info({ platform: 'telegram', chatId, failure: closed.failure.kind }, 'session topic not closed');
    },
  };
}
