import type { Clock } from '../../src/core/deps.js';
import { pickLocale } from '../../src/i18n/languages.js';
import { translator } from '../../src/i18n/translator.js';
import type { Reply } from '../../src/interaction/reply.js';
import type { Logger } from '../../src/logger.js';
import type { ApiFailure, TelegramApi } from './api.js';
import type { BotIdentity } from './identity.js';
import type { ChatRef, Actor } from './inbound.js';
import { communityPayload, startLink } from './links.js';
import { escapeHtml, inlineKeyboard, type Outgoing, REMOVE_KEYBOARD, renderHtml, renderReply } from './render.js';
import type { SelectChoices } from './selects.js';

export type SendOutcome = { readonly kind: 'sent'; readonly messageIds: readonly number[] } | ApiFailure;

export interface SendOptions {
  /** A private chat: a place question may show the share-location keyboard. */
  readonly privateChat: boolean;
  /** Answers to the person's own message: keeps the share-location keyboard in step. */
  readonly conversational: boolean;
  /** Wait out 429s on the first message (later ones of a reply always wait). */
  readonly waitOnThrottle: boolean;
}

const MAX_KEYBOARD_CHATS = 50_000;

const METHOD = { message: 'sendMessage', document: 'sendDocument', photo: 'sendPhoto' } as const satisfies Record<Outgoing['kind'], string>;

/**
 * Where replies go and how they are sent. In a private chat, everything goes to that chat. In a
 * group, public replies go to the group and private ones to the person's private chat — never to
 * the group; if the person hasn't started the bot, the group gets a button that opens it.
 */
export class Outbound {
  /** Private chats currently showing the share-location keyboard. */
  private readonly keyboards = new Set<string>();

  constructor(
    private readonly api: TelegramApi,
    private readonly selects: SelectChoices,
    private readonly identity: BotIdentity,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** Replies to something `from` did in `chat`. */
  async respond(from: Actor, chat: ChatRef, replies: readonly Reply[]): Promise<void> {
    if (chat.kind === 'private') {
      await this.toChat(chat.id, replies, { privateChat: true, conversational: true, waitOnThrottle: true });
      return;
    }
    const mine = replies.filter((r) => r.visibility === 'private');
    const everyone = replies.filter((r) => r.visibility === 'public');
    if (mine.length) {
      const sent = await this.toChat(from.id, mine, { privateChat: true, conversational: true, waitOnThrottle: true });
      // In the person's language: the dispatcher's choice for them, else what their app says.
      if (sent.kind === 'forbidden') await this.send(chat.id, [await this.startPrompt(from, chat, mine[0]?.lang ?? from.languageCode)], true);
    }
    if (everyone.length) await this.toChat(chat.id, everyone, { privateChat: false, conversational: false, waitOnThrottle: true });
  }

  /** Renders and sends replies to one chat; the outcome is the first message's. */
  async toChat(chatId: string, replies: readonly Reply[], options: SendOptions): Promise<SendOutcome> {
    for (const r of replies) if (r.select) await this.selects.remember(r.select);
    const now = this.clock();
    let messages = replies.flatMap((r) => renderReply(r, { now, locationKeyboard: options.privateChat && options.conversational }));
    if (options.privateChat && options.conversational) messages = this.keepKeyboardInStep(chatId, replies, messages);
    return this.send(chatId, messages, options.waitOnThrottle);
  }

  /** Replaces a posted message's text and buttons (an announcement whose seats changed). */
  async edit(chatId: string, messageId: number, reply: Reply): Promise<void> {
    const markup = inlineKeyboard(reply);
    const text = renderHtml(reply, this.clock());
    const edited = await this.api.call('editMessageText', () =>
      this.api.telegram.editMessageText(chatId, messageId, undefined, text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...(markup ? { reply_markup: markup } : {}) }),
    );
    if (!edited.ok && !(edited.failure.kind === 'rejected' && /not modified/i.test(edited.failure.reason)))
      this.log.warn({ platform: 'telegram', chatId, messageId, failure: edited.failure.kind }, 'could not edit a message');
  }

  async send(chatId: string, messages: readonly Outgoing[], waitOnThrottle: boolean): Promise<SendOutcome> {
    const ids: number[] = [];
    for (const [i, m] of messages.entries()) {
      const result = await this.api.call(METHOD[m.kind], () => this.post(chatId, m), { waitOnThrottle: waitOnThrottle || i > 0 });
      if (result.ok) ids.push(result.value);
      else if (i === 0 || result.failure.kind === 'forbidden') return i === 0 ? result.failure : { kind: 'sent', messageIds: ids };
    }
    return { kind: 'sent', messageIds: ids };
  }

  private async post(chatId: string, m: Outgoing): Promise<number> {
    const telegram = this.api.telegram;
    if (m.kind === 'message')
      return (await telegram.sendMessage(chatId, m.text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...(m.markup ? { reply_markup: m.markup } : {}) })).message_id;
    if (m.kind === 'photo') {
      const photo = { source: Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength), filename: m.name };
      return (await telegram.sendPhoto(chatId, photo, { caption: m.caption, parse_mode: 'HTML', ...(m.markup ? { reply_markup: m.markup } : {}) })).message_id;
    }
    const file = { source: Buffer.from(m.content, 'utf8'), filename: m.name };
    return (await telegram.sendDocument(chatId, file, m.caption ? { caption: m.caption, parse_mode: 'HTML' } : {})).message_id;
  }

  /**
   * The share-location keyboard stays while a place question is open and goes once it is
   * answered: the first plain message after carries the removal (a message with inline buttons
   * can't, so a short acknowledgement does it then).
   */
  private keepKeyboardInStep(chatId: string, replies: readonly Reply[], messages: Outgoing[]): Outgoing[] {
    if (replies.some((r) => r.prompt?.kind === 'location')) {
      this.keyboards.delete(chatId);
      this.keyboards.add(chatId);
      if (this.keyboards.size > MAX_KEYBOARD_CHATS) this.keyboards.delete(this.keyboards.values().next().value!);
      return messages;
    }
    if (!this.keyboards.delete(chatId)) return messages;
    const plain = messages.findIndex((m) => m.kind === 'message' && !m.markup);
    if (plain < 0) return [{ kind: 'message', text: escapeHtml(translator(pickLocale(replies[0]?.lang)).t('telegram-got-it')), markup: REMOVE_KEYBOARD }, ...messages];
    return messages.map((m, i) => (i === plain && m.kind === 'message' ? { ...m, markup: REMOVE_KEYBOARD } : m));
  }

  private async startPrompt(from: Actor, chat: ChatRef, lang: string | null | undefined): Promise<Outgoing> {
    const link = startLink(await this.identity.username(), communityPayload(chat.id));
    const t = translator(pickLocale(lang));
    return {
      kind: 'message',
      // The catalogue's words carry Telegram HTML (<b>Start</b>); the name is escaped.
      text: t.t('telegram-start-first', { name: escapeHtml(from.displayName) }),
      markup: { inline_keyboard: [[{ text: t.t('telegram-open-spotter'), url: link }]] },
    };
  }
}
