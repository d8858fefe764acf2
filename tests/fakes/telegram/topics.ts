import type { TgChat } from './updates.js';

/**
 * Forum topics in the fake Bot API: createForumTopic, closeForumTopic and messages sent into a
 * topic (`message_thread_id`). Refused as Telegram refuses them: in a chat that is not a forum
 * ("the chat is not a forum"), without the can_manage_topics right ("not enough rights to create
 * a topic"; closing one's own topic needs no right), a name
 * outside 1-128 characters, an unknown topic ("message thread not found"), closing a closed
 * topic (TOPIC_NOT_MODIFIED), and posting in a closed topic without the right (TOPIC_CLOSED).
 */

export interface FakeTopic {
  readonly chatId: string;
  readonly id: number;
  name: string;
  closed: boolean;
  /** Created by the bot (it may then close it without the right). */
  readonly byBot: boolean;
}

export type TopicOutcome = { ok: true; result: unknown } | { ok: false; code: number; description: string };

const bad = (description: string): TopicOutcome => ({ ok: false, code: 400, description: `Bad Request: ${description}` });
const ICON_COLOR = 0x6fb9f0;

export class FakeTopics {
  readonly byKey = new Map<string, FakeTopic>();
  /** Chats where the bot is an administrator with can_manage_topics. */
  readonly managers = new Set<string>();
  /** Telegram numbers a topic by the message that opened it: ids share the chat's message sequence. */
  private next = 1_000;

  inChat(chatId: number | string): FakeTopic[] {
    return [...this.byKey.values()].filter((t) => t.chatId === String(chatId));
  }

  /** Group settings → Administrators → the bot → "Manage topics". */
  allow(chatId: number | string, allowed: boolean): void {
    if (allowed) this.managers.add(String(chatId));
    else this.managers.delete(String(chatId));
  }

  call(method: string, chat: TgChat | undefined, p: Record<string, unknown>): TopicOutcome | null {
    if (method !== 'createForumTopic' && method !== 'closeForumTopic') return null;
    if (!chat) return bad('chat not found');
    if (chat.type !== 'supergroup' || chat.is_forum !== true) return bad('the chat is not a forum');
    const mayManage = this.managers.has(String(chat.id));
    if (method === 'createForumTopic') {
      if (!mayManage) return bad('not enough rights to create a topic');
      const name = typeof p.name === 'string' ? p.name : '';
      if (Array.from(name).length < 1 || Array.from(name).length > 128) return bad('TOPIC_NAME_INVALID');
      const topic: FakeTopic = { chatId: String(chat.id), id: this.next++, name, closed: false, byBot: true };
      this.byKey.set(`${topic.chatId}:${topic.id}`, topic);
      return { ok: true, result: { message_thread_id: topic.id, name, icon_color: ICON_COLOR } };
    }
    const topic = this.byKey.get(`${chat.id}:${Number(p.message_thread_id)}`);
    if (!topic) return bad('message thread not found');
    if (!mayManage && !topic.byBot) return bad('not enough rights to manage topics');
    if (topic.closed) return bad('TOPIC_NOT_MODIFIED');
    topic.closed = true;
    return { ok: true, result: true };
  }

  /** Before a message is sent with `message_thread_id`: the topic's problem, if any. */
  refusePost(chat: TgChat, threadId: number): TopicOutcome | null {
    if (chat.type !== 'supergroup' || chat.is_forum !== true) return bad('message thread not found');
    const topic = this.byKey.get(`${chat.id}:${threadId}`);
    if (!topic) return bad('message thread not found');
    if (topic.closed && !this.managers.has(String(chat.id))) return bad('TOPIC_CLOSED');
    return null;
  }
}
