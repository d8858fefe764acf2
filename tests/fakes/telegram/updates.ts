/** Plain Bot API objects, shaped like the real ones, for the fake to hand out as updates. */

export interface TgUser {
  readonly id: number;
  readonly is_bot: boolean;
  readonly first_name: string;
  readonly last_name?: string;
  readonly username?: string;
  readonly language_code?: string;
}

export interface TgChat {
  readonly id: number;
  readonly type: 'private' | 'group' | 'supergroup' | 'channel';
  readonly title?: string;
  readonly first_name?: string;
  readonly username?: string;
  /** A supergroup with topics turned on. */
  readonly is_forum?: boolean;
}

export interface InlineButton {
  readonly text: string;
  readonly callback_data?: string;
  readonly url?: string;
}

/** A message as the fake keeps it (sent by the bot or by a person). */
export interface TgMessage {
  readonly message_id: number;
  readonly date: number;
  readonly chat: TgChat;
  readonly from?: TgUser;
  text?: string;
  caption?: string;
  reply_markup?: { inline_keyboard?: InlineButton[][]; keyboard?: unknown[][]; remove_keyboard?: boolean };
  document?: { file_id: string; file_name: string; mime_type?: string };
  /** Sizes of a photo, as Telegram lists them (the fake keeps the one uploaded). */
  photo?: { file_id: string; file_unique_id: string; width: number; height: number; file_size: number }[];
  readonly location?: { latitude: number; longitude: number };
  readonly venue?: { location: { latitude: number; longitude: number }; title: string; address: string };
  readonly entities?: { type: string; offset: number; length: number }[];
  readonly sticker?: { file_id: string; file_unique_id: string; emoji?: string };
  edit_date?: number;
  /** The forum topic it is in (a supergroup with topics). */
  readonly message_thread_id?: number;
  readonly is_topic_message?: boolean;
  /** Service messages of a group → supergroup upgrade. */
  readonly migrate_to_chat_id?: number;
  readonly migrate_from_chat_id?: number;
  /** The message this one answers (Telegram leaves out that one's own reply_to_message). */
  readonly reply_to_message?: Omit<TgMessage, 'reply_to_message'>;
}

export type TgUpdate = { update_id: number } & (
  | { message: TgMessage }
  | { callback_query: { id: string; from: TgUser; message?: TgMessage; chat_instance: string; data?: string } }
  | { my_chat_member: ChatMemberUpdated }
  | { chat_member: ChatMemberUpdated }
);

export interface ChatMemberUpdated {
  readonly chat: TgChat;
  readonly from: TgUser;
  readonly date: number;
  readonly old_chat_member: { status: string; user: TgUser };
  readonly new_chat_member: { status: string; user: TgUser };
}

/** An update without its id: the fake numbers updates as it queues them. */
export type UpdateBody = TgUpdate extends infer U ? (U extends unknown ? Omit<U, 'update_id'> : never) : never;

const now = () => Math.floor(Date.now() / 1000);
let nextUserMessageId = 1_000_000;
let nextCallbackId = 1;

export const person = (id: number, first_name: string, extra: Partial<TgUser> = {}): TgUser => ({ id, is_bot: false, first_name, ...extra });

export const privateChatOf = (user: TgUser): TgChat => ({ id: user.id, type: 'private', first_name: user.first_name });

export const group = (id: number, title: string): TgChat => ({ id, type: 'supergroup', title });

/** A supergroup with topics turned on (Group settings → Topics). */
export const forum = (id: number, title: string): TgChat => ({ id, type: 'supergroup', title, is_forum: true });

/** A basic group, the kind Telegram upgrades to a supergroup (with a new chat id). */
export const basicGroup = (id: number, title: string): TgChat => ({ id, type: 'group', title });

/**
 * The service messages of an upgrade, in Telegram's order: "migrated to" in the old basic group,
 * then "migrated from" in the new supergroup.
 */
export const groupMigration = (by: TgUser, from: TgChat, to: TgChat): UpdateBody[] => [
  { message: { message_id: nextUserMessageId++, date: now(), chat: from, from: by, migrate_to_chat_id: to.id } },
  { message: { message_id: nextUserMessageId++, date: now(), chat: to, from: by, migrate_from_chat_id: from.id } },
];

/** A text message; a leading /command gets its bot_command entity like the real client adds. */
export function textMessage(from: TgUser, text: string, chat: TgChat = privateChatOf(from)): UpdateBody {
  const command = /^\/[A-Za-z0-9_]+(@\w+)?/.exec(text);
  return {
    message: {
      message_id: nextUserMessageId++,
      date: now(),
      chat,
      from,
      text,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
    },
  };
}

/**
 * A text sent as a reply (swipe or "Reply") to `to`: Telegram puts the whole replied-to message,
 * its inline keyboard included, in `reply_to_message` (without its own reply_to_message).
 */
export function replyMessage(from: TgUser, text: string, to: TgMessage): UpdateBody {
  const { reply_to_message: _, ...replied } = to;
  const command = /^\/[A-Za-z0-9_]+(@\w+)?/.exec(text);
  return {
    message: {
      message_id: nextUserMessageId++,
      date: now(),
      chat: to.chat,
      from,
      text,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
      reply_to_message: replied,
    },
  };
}

export const locationMessage = (from: TgUser, latitude: number, longitude: number): UpdateBody => ({
  message: { message_id: nextUserMessageId++, date: now(), chat: privateChatOf(from), from, location: { latitude, longitude } },
});

export const stickerMessage = (from: TgUser, emoji = '💪'): UpdateBody => ({
  message: { message_id: nextUserMessageId++, date: now(), chat: privateChatOf(from), from, sticker: { file_id: 'sticker-1', file_unique_id: 'st1', emoji } },
});

export const venueMessage = (from: TgUser, latitude: number, longitude: number, title: string, address: string): UpdateBody => ({
  message: {
    message_id: nextUserMessageId++,
    date: now(),
    chat: privateChatOf(from),
    from,
    location: { latitude, longitude },
    venue: { location: { latitude, longitude }, title, address },
  },
});

export const callbackQuery = (from: TgUser, message: TgMessage, data: string): UpdateBody => ({
  callback_query: { id: `cbq-${nextCallbackId++}`, from, message, chat_instance: `ci-${message.chat.id}`, data },
});

/** The bot's own membership changed in a chat: added to a group, removed, blocked in private. */
export const botMembership = (bot: TgUser, chat: TgChat, by: TgUser, from: string, to: string): UpdateBody => ({
  my_chat_member: { chat, from: by, date: now(), old_chat_member: { status: from, user: bot }, new_chat_member: { status: to, user: bot } },
});

export const memberChange = (chat: TgChat, by: TgUser, member: TgUser, from: string, to: string): UpdateBody => ({
  chat_member: { chat, from: by, date: now(), old_chat_member: { status: from, user: member }, new_chat_member: { status: to, user: member } },
});
