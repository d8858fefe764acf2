import type { UploadedFile } from './body.js';
import { FakeTopics } from './topics.js';
import type { InlineButton, TgChat, TgMessage, TgUpdate, TgUser } from './updates.js';

export type Outcome = { ok: true; result: unknown } | { ok: false; code: number; description: string };

const ok = (result: unknown): Outcome => ({ ok: true, result });
const bad = (description: string, code = 400): Outcome => ({ ok: false, code, description: `Bad Request: ${description}` });

/**
 * What the fake Bot API knows: chats it has seen, the messages the bot posted (edits applied),
 * group administrators, the published command menus. The methods answer like Telegram's.
 */
export class BotApiState {
  readonly chats = new Map<string, TgChat>();
  readonly messages = new Map<string, TgMessage[]>();
  readonly admins = new Map<string, TgUser[]>();
  /** Published command lists by scope type ("default", "all_private_chats", …). */
  readonly menus = new Map<string, { command: string; description: string }[]>();
  /** Forum topics, and where the bot may manage them. */
  readonly topics = new FakeTopics();
  private nextMessageId = 1;

  constructor(private readonly bot: TgUser) {}

  /** Remembers the chats an update mentions, so the bot's messages there carry the right chat. */
  learn(update: TgUpdate): void {
    const chats: (TgChat | undefined)[] = [];
    if ('message' in update) chats.push(update.message.chat);
    if ('callback_query' in update) chats.push(update.callback_query.message?.chat);
    if ('my_chat_member' in update) chats.push(update.my_chat_member.chat);
    if ('chat_member' in update) chats.push(update.chat_member.chat);
    for (const c of chats) if (c) this.chats.set(String(c.id), c);
  }

  /** The group's administrators as getChatAdministrators lists them (the first is the creator). */
  setAdmins(chatId: number | string, users: readonly TgUser[]): void {
    this.admins.set(String(chatId), [...users]);
  }

  /** The bot's messages in a chat, edits applied. */
  messagesIn(chatId: number | string): TgMessage[] {
    return this.messages.get(String(chatId)) ?? [];
  }

  lastMessageIn(chatId: number | string): TgMessage {
    const all = this.messagesIn(chatId);
    if (!all.length) throw new Error(`the bot has posted nothing in chat ${chatId}`);
    return all[all.length - 1]!;
  }

  /** A message of the bot with an inline button whose label matches, newest first. */
  findButton(chatId: number | string, label: string | RegExp): { message: TgMessage; button: InlineButton } {
    const test = (text: string) => (typeof label === 'string' ? text === label : label.test(text));
    for (const message of [...this.messagesIn(chatId)].reverse()) {
      const button = message.reply_markup?.inline_keyboard?.flat().find((b) => test(b.text));
      if (button) return { message, button };
    }
    const labels = this.messagesIn(chatId).flatMap((m) => m.reply_markup?.inline_keyboard?.flat().map((b) => b.text) ?? []);
    throw new Error(`no button "${label}" in chat ${chatId}; there are: ${labels.join(', ') || '(none)'}`);
  }

  call(method: string, p: Record<string, unknown>, files: readonly UploadedFile[]): Outcome {
    const topical = this.topics.call(method, this.chat(p.chat_id), p);
    if (topical) return topical;
    switch (method) {
      case 'getMe':
        return ok({ ...this.bot, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false });
      case 'deleteWebhook':
      case 'setWebhook':
      case 'answerCallbackQuery':
      case 'sendChatAction':
      case 'deleteMyCommands':
        return ok(true);
      case 'getWebhookInfo':
        return ok({ url: '', has_custom_certificate: false, pending_update_count: 0 });
      case 'setMyCommands': {
        const commands = p.commands as { command: string; description: string }[] | undefined;
        if (!Array.isArray(commands) || commands.length > 100) return bad('invalid commands list');
        for (const c of commands)
          if (!/^[a-z0-9_]{1,32}$/.test(c.command) || !c.description || c.description.length > 256) return bad(`BOT_COMMAND_INVALID: ${c.command}`);
        if (p.language_code && !/^[a-z]{2}$/.test(String(p.language_code))) return bad('invalid language_code');
        this.menus.set(menuKey(p.scope, p.language_code), commands);
        return ok(true);
      }
      case 'getMyCommands':
        return ok(this.menus.get(menuKey(p.scope, p.language_code)) ?? []);
      case 'getChat':
        return this.chat(p.chat_id) ? ok(this.chat(p.chat_id)) : bad('chat not found');
      case 'getChatAdministrators': {
        const chat = this.chat(p.chat_id);
        if (!chat) return bad('chat not found');
        if (chat.type === 'private') return bad('there are no administrators in the private chat');
        const admins = this.admins.get(String(chat.id)) ?? [];
        return ok(admins.map((user, i) => ({ status: i === 0 ? 'creator' : 'administrator', user, is_anonymous: false })));
      }
      case 'sendMessage':
        return this.post(p, { text: String(p.text ?? '') });
      case 'sendDocument': {
        const file = files.find((f) => f.field === 'document');
        if (!file) return bad('there is no document in the request');
        return this.post(p, { document: { file_id: `file-${this.nextMessageId}`, file_name: file.name }, ...(p.caption ? { caption: String(p.caption) } : {}) });
      }
      case 'sendPhoto':
        return this.photo(p, files);
      case 'editMessageText':
      case 'editMessageReplyMarkup':
        return this.edit(method, p);
      case 'deleteMessage': {
        const list = this.messages.get(String(p.chat_id)) ?? [];
        const i = list.findIndex((m) => m.message_id === Number(p.message_id));
        if (i < 0) return bad('message to delete not found');
        list.splice(i, 1);
        return ok(true);
      }
      default:
        return { ok: false, code: 404, description: 'Not Found: method not found' };
    }
  }

  private chat(id: unknown): TgChat | undefined {
    const key = String(id);
    return this.chats.get(key) ?? (Number(key) > 0 ? { id: Number(key), type: 'private' } : undefined);
  }

  private post(p: Record<string, unknown>, content: Partial<TgMessage>): Outcome {
    const chat = this.chat(p.chat_id);
    if (!chat) return bad('chat not found');
    if (content.text !== undefined) {
      if (!content.text.trim()) return bad('message text is empty');
      if (content.text.length > 4096) return bad('message is too long');
      if (p.parse_mode === 'HTML') {
        const problem = htmlProblem(content.text);
        if (problem) return bad(`can't parse entities: ${problem}`);
      }
    }
    const threadId = p.message_thread_id === undefined ? null : Number(p.message_thread_id);
    if (threadId !== null) {
      const refused = this.topics.refusePost(chat, threadId);
      if (refused) return refused;
    }
    const markup = p.reply_markup as TgMessage['reply_markup'];
    const message: TgMessage = {
      ...(threadId !== null ? { message_thread_id: threadId, is_topic_message: true } : {}),
      message_id: this.nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat,
      from: this.bot,
      ...content,
      ...(markup?.inline_keyboard ? { reply_markup: { inline_keyboard: markup.inline_keyboard } } : {}),
    };
    const list = this.messages.get(String(chat.id)) ?? [];
    list.push(message);
    this.messages.set(String(chat.id), list);
    return ok(message);
  }

  /**
   * sendPhoto as Telegram documents it: an uploaded photo of at most 10 MB, width + height at
   * most 10000, sides in a ratio of at most 20; a caption of at most 1024 characters after
   * entities are parsed. The fake reads the size from the PNG or JPEG itself.
   */
  private photo(p: Record<string, unknown>, files: readonly UploadedFile[]): Outcome {
    const file = files.find((f) => f.field === 'photo');
    if (!file) return bad(typeof p.photo === 'string' ? 'wrong remote file identifier specified' : 'there is no photo in the request');
    if (file.bytes.length > PHOTO_MAX_BYTES) return bad('PHOTO_INVALID_DIMENSIONS: file is too big');
    const size = imageSize(file.bytes);
    if (!size) return bad('IMAGE_PROCESS_FAILED');
    if (size.width + size.height > 10_000) return bad('PHOTO_INVALID_DIMENSIONS');
    if (Math.max(size.width, size.height) / Math.min(size.width, size.height) > 20) return bad('PHOTO_INVALID_DIMENSIONS');
    const caption = p.caption === undefined ? undefined : String(p.caption);
    if (caption !== undefined) {
      if (p.parse_mode === 'HTML') {
        const problem = htmlProblem(caption);
        if (problem) return bad(`can't parse entities: ${problem}`);
      }
      if (visibleLength(caption, p.parse_mode === 'HTML') > 1024) return bad('message caption is too long');
    }
    const id = `photo-${this.nextMessageId}`;
    return this.post(p, { photo: [{ file_id: id, file_unique_id: id, width: size.width, height: size.height, file_size: file.bytes.length }], ...(caption ? { caption } : {}) });
  }

  private edit(method: string, p: Record<string, unknown>): Outcome {
    const message = (this.messages.get(String(p.chat_id)) ?? []).find((m) => m.message_id === Number(p.message_id));
    if (!message) return bad('message to edit not found');
    const markup = (p.reply_markup as TgMessage['reply_markup']) ?? undefined;
    const text = method === 'editMessageText' ? String(p.text ?? '') : message.text;
    if (method === 'editMessageText' && p.parse_mode === 'HTML') {
      const problem = htmlProblem(text ?? '');
      if (problem) return bad(`can't parse entities: ${problem}`);
    }
    if (text === message.text && JSON.stringify(markup?.inline_keyboard) === JSON.stringify(message.reply_markup?.inline_keyboard))
      return bad('message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message');
    message.text = text;
    if (markup?.inline_keyboard) message.reply_markup = { inline_keyboard: markup.inline_keyboard };
    else delete message.reply_markup;
    message.edit_date = Math.floor(Date.now() / 1000);
    return ok(message);
  }
}

const PHOTO_MAX_BYTES = 10 * 1024 * 1024;

/** Width and height from a PNG's IHDR chunk or a JPEG's start-of-frame; null for anything else. */
function imageSize(b: Buffer): { width: number; height: number } | null {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (b.length >= 24 && b.subarray(0, 8).equals(png) && b.toString('latin1', 12, 16) === 'IHDR') {
    const width = b.readUInt32BE(16);
    const height = b.readUInt32BE(20);
    return width > 0 && height > 0 ? { width, height } : null;
  }
  if (b.length > 4 && b[0] === 0xff && b[1] === 0xd8) {
    for (let i = 2; i + 9 < b.length; ) {
      if (b[i] !== 0xff) return null;
      const marker = b[i + 1]!;
      const length = b.readUInt16BE(i + 2);
      if (marker >= 0xc0 && marker <= 0xc3) return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
      i += 2 + length;
    }
  }
  return null;
}

/** Characters a reader sees: with HTML parsing, tags don't count and entities count once. */
const visibleLength = (text: string, html: boolean): number =>
  Array.from(html ? text.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#\d+);/g, '_') : text).length;

/**
 * Menus are kept per scope and language: `all_private_chats` (no language: everyone without a menu
 * in their own), `all_private_chats:ru`. Telegram's two-letter ISO 639-1 codes only.
 */
export const menuKey = (scope: unknown, languageCode?: unknown): string => (languageCode ? `${scopeName(scope)}:${String(languageCode)}` : scopeName(scope));

const scopeName = (scope: unknown): string => (scope && typeof scope === 'object' && 'type' in scope ? String((scope as { type: unknown }).type) : 'default');

/** Telegram's HTML parse mode: only its tags, balanced, and no bare "<" or "&". */
function htmlProblem(html: string): string | null {
  const allowed = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'a', 'code', 'pre', 'tg-spoiler', 'blockquote', 'span']);
  const stack: string[] = [];
  const tag = /<(\/?)([a-z-]+)(\s[^>]*)?>|<|&(?!(amp|lt|gt|quot|#\d+);)/g;
  for (const m of html.matchAll(tag)) {
    if (!m[2]) return m[0] === '<' ? 'unsupported start tag at a bare "<"' : 'bare "&"';
    if (!allowed.has(m[2])) return `unsupported start tag "${m[2]}"`;
    if (m[1]) {
      if (stack.pop() !== m[2]) return `unexpected end tag "${m[2]}"`;
    } else stack.push(m[2]);
  }
  return stack.length ? `unclosed tag "${stack[stack.length - 1]}"` : null;
}
