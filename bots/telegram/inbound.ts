import type { Chat, Message, Update, User } from 'telegraf/types';
import { type CommunityKey, communityKey, userKey } from '../../src/domain/platform.js';
import type { Invocation } from '../../src/interaction/command.js';
import type { Inbound } from '../../src/interaction/dispatcher.js';
import { formButtonOf } from './selects.js';

/** The person who did something, in Telegram's ids. */
export interface Actor {
  readonly id: string;
  readonly displayName: string;
  /** Telegram's `language_code` (IETF tag), when the client sends one. */
  readonly languageCode?: string | null;
  /** The @username without "@" (people may set, change or remove it); null when there is none. */
  readonly handle: string | null;
}

/**
 * A Telegram username: letters, digits and "_", at most 32; a basic one has at least 5, but a
 * collectible one (bought on Fragment) may be shorter (telegram.org/faq, "collectible usernames"),
 * so 4 is the least taken.
 */
const USERNAME = /^[A-Za-z0-9_]{4,32}$/;

/** The user's username as a handle; null when absent or not shaped as Telegram allows. */
export const usernameOf = (u: Pick<User, 'username'>): string | null => (u.username && USERNAME.test(u.username) ? u.username : null);

/** Where it happened: a private chat with the bot, or a group (a community). */
export interface ChatRef {
  readonly id: string;
  readonly kind: 'private' | 'group';
  readonly title: string;
}

/** An update, read: what the adapter should do with it. Nothing here decides any product rule. */
export type TelegramEvent =
  /** A command, an answer or a shared location, for the dispatcher. */
  | { readonly kind: 'dispatch'; readonly from: Actor; readonly chat: ChatRef; readonly inbound: Inbound }
  /** A pressed inline button; `data` is its callback data. */
  | { readonly kind: 'press'; readonly from: Actor; readonly chat: ChatRef; readonly queryId: string; readonly data: string; readonly messageId: number | null }
  /** `/start` in the private chat, with the deep-link payload if any. */
  | { readonly kind: 'start'; readonly from: Actor; readonly chat: ChatRef; readonly payload: string | null }
  /** Something in the private chat the bot can't read (a photo, a sticker). */
  | { readonly kind: 'unreadable'; readonly from: Actor; readonly chat: ChatRef }
  | { readonly kind: 'added-to-group'; readonly chat: ChatRef; readonly by: Actor }
  | { readonly kind: 'removed-from-group'; readonly chat: ChatRef }
  /** Someone became or stopped being an administrator of a group. */
  | { readonly kind: 'admins-changed'; readonly chat: ChatRef }
  /** The group was upgraded to a supergroup, which has a new chat id. */
  | { readonly kind: 'group-migrated'; readonly fromChatId: string; readonly toChatId: string }
  | { readonly kind: 'ignore'; readonly reason: string };

/** Telegram posts anonymous group admins' messages as this account: there is no person to act for. */
const ANONYMOUS_ADMIN = 1087968824;
const GONE = new Set(['left', 'kicked']);
const ADMIN = new Set(['administrator', 'creator']);

export const displayName = (u: User): string => [u.first_name, u.last_name].filter(Boolean).join(' ').trim() || u.username || 'Someone';

export const actorOf = (u: User): Actor => ({ id: String(u.id), displayName: displayName(u), languageCode: u.language_code ?? null, handle: usernameOf(u) });

export function chatOf(chat: Chat): ChatRef | null {
  if (chat.type === 'private') return { id: String(chat.id), kind: 'private', title: displayName(chat as unknown as User) };
  if (chat.type === 'group' || chat.type === 'supergroup') return { id: String(chat.id), kind: 'group', title: chat.title || 'Telegram group' };
  return null;
}

/**
 * `/set_location Berlin`, `/set-location@spotter_bot Berlin` → `{ command: 'set_location', text: 'Berlin' }`.
 * Telegram names can't hold "-", so people type "_"; the registry takes both. Commands addressed to
 * another bot (`/match@other_bot`) are not ours: null.
 */
export function parseCommand(text: string, botUsername: string): { command: string; text: string } | null {
  const m = /^\/([A-Za-z0-9_-]{1,32})(?:@([A-Za-z0-9_]{3,64}))?(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (!m) return null;
  if (m[2] && m[2].toLowerCase() !== botUsername.toLowerCase()) return null;
  return { command: m[1]!.toLowerCase(), text: (m[3] ?? '').trim() };
}

export function readUpdate(update: Update, botUsername: string): TelegramEvent {
  if ('message' in update) return readMessage(update.message, botUsername);
  if ('callback_query' in update) {
    const q = update.callback_query;
    if (!('data' in q) || !q.data) return { kind: 'ignore', reason: 'callback without data' };
    const chat = q.message ? chatOf(q.message.chat) : { id: String(q.from.id), kind: 'private' as const, title: displayName(q.from) };
    if (!chat) return { kind: 'ignore', reason: 'callback outside a private chat or group' };
    return { kind: 'press', from: actorOf(q.from), chat, queryId: q.id, data: q.data, messageId: q.message?.message_id ?? null };
  }
  if ('my_chat_member' in update) {
    const u = update.my_chat_member;
    const chat = chatOf(u.chat);
    if (!chat || chat.kind !== 'group') return { kind: 'ignore', reason: 'membership change outside a group' };
    const was = u.old_chat_member.status;
    const now = u.new_chat_member.status;
    if (GONE.has(was) && !GONE.has(now)) return { kind: 'added-to-group', chat, by: actorOf(u.from) };
    if (!GONE.has(was) && GONE.has(now)) return { kind: 'removed-from-group', chat };
    return { kind: 'ignore', reason: 'bot membership unchanged' };
  }
  if ('chat_member' in update) {
    const u = update.chat_member;
    const chat = chatOf(u.chat);
    if (chat && (ADMIN.has(u.old_chat_member.status) || ADMIN.has(u.new_chat_member.status))) return { kind: 'admins-changed', chat };
    return { kind: 'ignore', reason: 'member change' };
  }
  return { kind: 'ignore', reason: 'update type not used' };
}

function readMessage(message: Message, botUsername: string): TelegramEvent {
  const chat = chatOf(message.chat);
  if (!chat) return { kind: 'ignore', reason: 'channel' };
  // Service messages of a group → supergroup upgrade: one in the old chat, one in the new. Either
  // moves the community (the second finds nothing left to move).
  if ('migrate_to_chat_id' in message) return { kind: 'group-migrated', fromChatId: chat.id, toChatId: String(message.migrate_to_chat_id) };
  if ('migrate_from_chat_id' in message) return { kind: 'group-migrated', fromChatId: String(message.migrate_from_chat_id), toChatId: chat.id };
  if (!message.from || message.from.is_bot || message.from.id === ANONYMOUS_ADMIN || ('sender_chat' in message && message.sender_chat))
    return { kind: 'ignore', reason: 'not sent by a person' };
  const from = actorOf(message.from);
  const text = 'text' in message ? message.text : null;
  if (text?.startsWith('/')) {
    const command = parseCommand(text, botUsername);
    if (!command) return { kind: 'ignore', reason: 'command for another bot' };
    if (command.command === 'start') {
      // In a group "/start" is a greeting; in the private chat it may carry a deep-link payload.
      if (chat.kind === 'group') return { kind: 'dispatch', from, chat, inbound: { kind: 'welcome' } };
      return { kind: 'start', from, chat, payload: command.text.split(/\s+/)[0] || null };
    }
    return { kind: 'dispatch', from, chat, inbound: { kind: 'line', command: command.command, text: command.text } };
  }
  // Groups only talk to the bot through commands: chatter and shared places there are not ours.
  if (chat.kind === 'group') return { kind: 'ignore', reason: 'group message without a command' };
  if (text !== null) {
    // A swipe-reply to a relayed message answers its Reply button: the text goes to that person.
    const replied = 'reply_to_message' in message ? message.reply_to_message : undefined;
    const form = replied && replied.from?.is_bot && 'reply_markup' in replied ? formButtonOf(replied.reply_markup?.inline_keyboard) : null;
    if (form) return { kind: 'dispatch', from, chat, inbound: { kind: 'action', id: form.id, value: text, option: form.option } };
    return { kind: 'dispatch', from, chat, inbound: { kind: 'text', text } };
  }
  const point = 'venue' in message ? message.venue.location : 'location' in message ? message.location : null;
  if (point) return { kind: 'dispatch', from, chat, inbound: { kind: 'location', lat: point.latitude, lng: point.longitude } };
  return { kind: 'unreadable', from, chat };
}

/** The platform facts the core needs about who acted and where. */
export function invocationFor(from: Actor, chat: ChatRef, isAdmin: boolean, home: CommunityKey | null): Invocation {
  return {
    platform: 'telegram',
    // Every update carries the sender's current username: none (null) clears the one kept.
    user: { key: userKey('telegram', from.id), displayName: from.displayName, handle: from.handle },
    locale: from.languageCode ?? null,
    community: chat.kind === 'group' ? { key: communityKey('telegram', chat.id), name: chat.title, roleIds: [], isAdmin } : null,
    homeCommunity: chat.kind === 'group' ? communityKey('telegram', chat.id) : home,
  };
}

/** The update's person (or chat): updates from one person are handled one at a time, in order. */
export function serialKey(update: Update): string {
  if ('message' in update) return `u${update.message.from?.id ?? update.message.chat.id}`;
  if ('callback_query' in update) return `u${update.callback_query.from.id}`;
  if ('my_chat_member' in update) return `c${update.my_chat_member.chat.id}`;
  if ('chat_member' in update) return `c${update.chat_member.chat.id}`;
  return 'other';
}
