import type { Update } from 'telegraf/types';
import { type CommunityKey, communityKey, userKey } from '../../src/domain/platform.js';
import type { AdapterDeps } from '../../src/interaction/adapter.js';
import type { Inbound, Outcome } from '../../src/interaction/dispatcher.js';
import type { Locale } from '../../src/i18n/languages.js';
import type { LocalePolicy } from '../../src/i18n/locale-policy.js';
import { translator } from '../../src/i18n/translator.js';
import { privateReply, type Reply } from '../../src/interaction/reply.js';
import type { AdminCache } from './admins.js';
import type { TelegramApi } from './api.js';
import type { BotIdentity } from './identity.js';
import { type Actor, type ChatRef, invocationFor, readUpdate, type TelegramEvent } from './inbound.js';
import { communityPayload, pressPayload, readStartPayload, startLink } from './links.js';
import type { Outbound } from './outbound.js';
import { escapeHtml } from './render.js';
import { cleanText } from '../../src/domain/text.js';
import type { SelectChoices } from './selects.js';

const MAX_HOMES = 100_000;
const TOAST_LIMIT = 200;

/**
 * One update, start to finish: read it, add the platform facts (who, which group, admin or not),
 * hand it to the dispatcher, send what comes back where it belongs. No product rule lives here.
 */
export class UpdateHandler {
  /** The group each person last acted in (or came from through a deep link): their home community in private chats. */
  private readonly homes = new Map<string, CommunityKey>();

  constructor(
    private readonly deps: AdapterDeps,
    private readonly api: TelegramApi,
    private readonly out: Outbound,
    private readonly admins: AdminCache,
    private readonly selects: SelectChoices,
    private readonly identity: BotIdentity,
  ) {}

  /** Whose language the adapter's own words are in: the dispatcher's policy. */
  private get locales(): LocalePolicy {
    return this.deps.dispatcher.locales;
  }

  /** The language of the adapter's own words to one person: their /language choice, else their app's. */
  private langOf(from: Actor): Promise<Locale> {
    return this.deps.dispatcher.adapterLocale(userKey('telegram', from.id), from.languageCode);
  }

  async handle(update: Update): Promise<void> {
    const event = readUpdate(update, await this.identity.username());
    await this.on(event);
  }

  private async on(e: TelegramEvent): Promise<void> {
    switch (e.kind) {
      case 'dispatch':
        return this.dispatch(e.from, e.chat, e.inbound);
      case 'press':
        return this.press(e.from, e.chat, e.queryId, e.data, e.messageId);
      case 'start': {
        const payload = readStartPayload(e.payload);
        if (payload.kind === 'community') this.setHome(e.from.id, communityKey('telegram', payload.chatId));
        return this.dispatch(e.from, e.chat, payload.kind === 'action' ? { kind: 'action', id: payload.id } : { kind: 'welcome' });
      }
      case 'unreadable': {
        const lang = await this.langOf(e.from);
        await this.out.respond(e.from, e.chat, [privateReply(translator(lang).t('telegram-unreadable'), { tone: 'error', lang })]);
        return;
      }
      case 'added-to-group':
        return this.welcome(e.chat, e.by);
      case 'removed-from-group':
        this.admins.forget(e.chat.id);
        this.deps.log.info({ platform: 'telegram', chatId: e.chat.id }, 'removed from a group');
        return;
      case 'admins-changed':
        this.admins.forget(e.chat.id);
        return;
      case 'group-migrated':
        return this.migrated(e.fromChatId, e.toChatId);
      case 'ignore':
        this.deps.log.debug({ platform: 'telegram', reason: e.reason }, 'update ignored');
        return;
    }
  }

  private async run(from: Actor, chat: ChatRef, inbound: Inbound): Promise<Outcome> {
    const isAdmin = chat.kind === 'group' ? await this.admins.isAdmin(chat.id, from.id) : false;
    const invocation = invocationFor(from, chat, isAdmin, this.homes.get(from.id) ?? null);
    if (invocation.community) this.setHome(from.id, invocation.community.key);
    return this.deps.dispatcher.handle(invocation, inbound);
  }

  private async dispatch(from: Actor, chat: ChatRef, inbound: Inbound): Promise<void> {
    const outcome = await this.run(from, chat, inbound);
    await this.out.respond(from, chat, outcome.replies);
  }

  /** A pressed inline button. Every press is answered, so the client's spinner stops. */
  private async press(from: Actor, chat: ChatRef, queryId: string, data: string, messageId: number | null): Promise<void> {
    const target = await this.selects.resolve(data);
    if (!target) return this.answer(queryId, { text: translator(await this.langOf(from)).t('telegram-choices-expired'), show_alert: true });
    if (chat.kind === 'group' && !(await this.canWriteTo(from))) {
      // What the button does is answered privately, and this person hasn't started the bot: the
      // link opens the private chat and runs the same button there.
      return this.answer(queryId, { url: startLink(await this.identity.username(), pressPayload(data, chat.id)) });
    }
    const outcome = await this.run(from, chat, { kind: 'action', id: target.id, ...(target.value !== undefined ? { value: target.value } : {}) });
    const toast = chat.kind === 'group' ? shortError(outcome.replies) : null;
    if (toast) return this.answer(queryId, { text: toast, show_alert: true });
    await this.answer(queryId, {});
    // An in-place button in the private chat redraws its message with the first answer.
    const [first, ...rest] = outcome.replies;
    if (target.inPlace && chat.kind === 'private' && messageId !== null && first && first.visibility === 'private' && first.tone !== 'error') {
      await this.out.edit(chat.id, messageId, first);
      if (rest.length) await this.out.respond(from, chat, rest);
      return;
    }
    await this.out.respond(from, chat, outcome.replies);
  }

  /** Whether the person's private chat takes messages (a chat action is the cheapest probe). */
  private async canWriteTo(from: Actor): Promise<boolean> {
    const probe = await this.api.call('sendChatAction', () => this.api.telegram.sendChatAction(from.id, 'typing'));
    return probe.ok || probe.failure.kind !== 'forbidden';
  }

  private async answer(queryId: string, extra: { text?: string; show_alert?: boolean; url?: string }): Promise<void> {
    // A query older than Telegram allows is refused; the message that follows still goes out.
    const { text, ...rest } = extra;
    await this.api.call('answerCallbackQuery', () => this.api.telegram.answerCbQuery(queryId, text, rest));
  }

  /** The bot was added to a group (by `by`): register the community and say how it works. */
  private async welcome(chat: ChatRef, by: Actor): Promise<void> {
    // A group's title is free text like any other: no direction overrides or invisible characters.
    const title = cleanText(chat.title);
    const community = await this.deps.dispatcher.communityJoined(communityKey('telegram', chat.id), title);
    const link = startLink(await this.identity.username(), communityPayload(chat.id));
    // Posted in the group: the community's language, else what the app of whoever added the bot says.
    const t = translator(this.locales.group(community, by.languageCode));
    const text = [t.t('telegram-group-hello', { group: escapeHtml(title) }), t.t('telegram-group-steps'), t.t('telegram-group-moderators')].join('\n\n');
    await this.out.send(chat.id, [{ kind: 'message', text, markup: { inline_keyboard: [[{ text: t.t('telegram-open-spotter'), url: link }]] } }], true);
  }

  /** The group became a supergroup with a new chat id: the core moves its community there. */
  private async migrated(fromChatId: string, toChatId: string): Promise<void> {
    const from = communityKey('telegram', fromChatId);
    const to = communityKey('telegram', toChatId);
    this.admins.forget(fromChatId);
    for (const [userId, home] of this.homes) if (home === from) this.homes.set(userId, to);
    const moved = await this.deps.dispatcher.communityMoved(from, to);
    this.deps.log.info({ platform: 'telegram', fromChatId, toChatId, moved: moved !== null }, 'group migrated to a supergroup');
  }

  private setHome(userId: string, key: CommunityKey): void {
    this.homes.delete(userId);
    this.homes.set(userId, key);
    if (this.homes.size > MAX_HOMES) this.homes.delete(this.homes.keys().next().value!);
  }
}

/** A lone, short error answer to a group button reads best as an alert on the button itself. */
function shortError(replies: readonly Reply[]): string | null {
  const [only, ...rest] = replies;
  if (!only || rest.length || only.tone !== 'error' || only.buttons?.length || only.select || only.fields?.length) return null;
  const text = only.text.replace(/\*\*/g, '');
  return text.length <= TOAST_LIMIT ? text : null;
}
