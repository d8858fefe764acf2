import type { BotCommand } from 'telegraf/types';
import type { CommandDefinition } from '../../src/interaction/command.js';
import { LANGUAGES, type Lang } from '../../src/i18n/languages.js';
import { offeredTo, placeOf } from '../../src/interaction/preconditions.js';
import { type CommandRegistry, type MenuWords, menuWords } from '../../src/interaction/registry.js';
import type { Logger } from '../../src/logger.js';
import type { TelegramApi } from './api.js';

export interface CommandMenus {
  /** Private chats: everything a person runs for themselves. */
  readonly privateChats: BotCommand[];
  /** Groups: what makes sense in a community. */
  readonly groups: BotCommand[];
  /** Group administrators: the group list plus the moderator commands. */
  readonly groupAdmins: BotCommand[];
}

/** Telegram command names: lowercase letters, digits and "_", at most 32. */
export const telegramName = (name: string): string => name.replace(/-/g, '_');

const entry = (c: CommandDefinition, words: MenuWords): BotCommand => ({ command: telegramName(c.name), description: words.description(c).slice(0, 256) });

/**
 * The menus in one language (English by default), read from the command declarations: hidden and
 * owner-only commands are never listed.
 */
export function commandMenus(registry: CommandRegistry, lang: Lang = 'en'): CommandMenus {
  const words = menuWords(lang);
  const listed = registry.list.filter((c) => !c.hidden && offeredTo(c) !== 'owners');
  const forMembers = listed.filter((c) => offeredTo(c) === 'everyone');
  const cap = (list: CommandDefinition[]) => list.slice(0, 100).map((c) => entry(c, words));
  return {
    // Moderator commands act on a group, so they are offered where the group is.
    privateChats: cap(forMembers.filter((c) => placeOf(c) !== 'community')),
    groups: cap(forMembers.filter((c) => placeOf(c) !== 'private')),
    groupAdmins: cap(listed.filter((c) => placeOf(c) !== 'private')),
  };
}

/**
 * Publishes the menus (setMyCommands per scope and language): English without a language code,
 * for everyone whose language has no menu of its own, then one per language Spotter speaks, which
 * Telegram shows to users whose app is set to it. A failure is logged: the bot works without menus.
 */
export async function publishCommandMenus(api: TelegramApi, registry: CommandRegistry, log: Logger): Promise<void> {
  for (const lang of LANGUAGES) {
    const menus = commandMenus(registry, lang);
    const scopes = [
      [{ type: 'default' }, menus.privateChats],
      [{ type: 'all_private_chats' }, menus.privateChats],
      [{ type: 'all_group_chats' }, menus.groups],
      [{ type: 'all_chat_administrators' }, menus.groupAdmins],
    ] as const;
    const language = lang === 'en' ? {} : { language_code: lang };
    for (const [scope, commands] of scopes) {
      const done = await api.call('setMyCommands', () => api.telegram.setMyCommands(commands, { scope, ...language }));
      if (!done.ok) log.warn({ platform: 'telegram', scope: scope.type, lang, failure: done.failure.kind }, 'could not publish the command menu');
    }
  }
}
