import type { Locale } from '../../../src/i18n/languages.js';
import { LocalePolicy } from '../../../src/i18n/locale-policy.js';
import { announcerFrom } from '../../../src/delivery/announcer.js';
import { chatPlacesFrom } from '../../../src/delivery/chat-places.js';
import { presenterFor } from '../../../src/views/notifications/index.js';
import { testPictures } from '../../support/pictures.js';
import { createServer } from 'node:net';
import { Core } from '../../../src/core/core.js';
import { DEFAULT_CORE_SETTINGS } from '../../../src/core/deps.js';
import { DeliveryRegistry, type DeliveryOutcome } from '../../../src/delivery/platforms.js';
import { OutboxDelivery } from '../../support/outbox-delivery.js';
import { type CommunityKey, communityKey, userKey } from '../../../src/domain/platform.js';
import type { Profile } from '../../../src/domain/profile.js';
import type { PlatformAdapter } from '../../../src/interaction/adapter.js';
import { Dispatcher, type Inbound, type Outcome } from '../../../src/interaction/dispatcher.js';
import type { Reply } from '../../../src/interaction/reply.js';
import { expectLogsClean, expectOutboundClean, type LogLine, recordingLogger } from '../../support/log-capture.js';
import { createMemoryStore } from '../../../src/store/memory/index.js';
import type { Store } from '../../../src/store/port.js';
import { createTelegramBot } from '../../../bots/telegram/index.js';
import {
  type Delivery,
  FakeTelegram,
  type FakeTelegramOptions,
  callbackQuery,
  group,
  locationMessage,
  person,
  privateChatOf,
  type TgChat,
  type TgMessage,
  type TgUser,
  replyMessage,
  textMessage,
} from '../../fakes/telegram/index.js';
import { T0 } from '../../support/fixtures.js';
import { testRegistry } from '../../support/harness.js';
import { DEFAULT_LIMITS } from '../../../src/core/limits.js';
import { createMemoryRateLimits } from '../../../src/store/rate-limits.js';

/** Any decimal with 3+ places looks like a coordinate: none may ever leave Spotter. */
export const COORDINATE = /-?\d{1,3}\.\d{3,}/;

export interface WorldOptions {
  readonly fake?: FakeTelegramOptions;
  /** Webhook mode on a free local port, with this secret (none: the bot makes one up). */
  readonly webhook?: { readonly secret?: string };
  /** Everything said in this one, the adapter's own words too (the pseudo-locale run). */
  readonly locale?: Locale;
}

/**
 * The product as it runs: the real core and dispatcher on the in-memory store, the real Telegram
 * adapter (telegraf) talking to a fake Bot API, and a recording Discord delivery for people on
 * the other platform. Stop it with `stop()`: the bot first, then the fake.
 */
export class TelegramWorld {
  readonly discordInbox: { userId: string; reply: Reply }[] = [];
  now = T0;

  private constructor(
    readonly fake: FakeTelegram,
    readonly store: Store,
    readonly dispatcher: Dispatcher,
    readonly adapter: PlatformAdapter,
    /** Everything the product logged during the scenario. */
    readonly logs: LogLine[],
    /** The core, for what a job would do (a pairing round) at a moment the story chooses. */
    readonly core: Core,
  ) {}

  static async create(options: WorldOptions = {}): Promise<TelegramWorld> {
    // Generous bursts by default so flows aren't slowed; the flood-limit story tightens them.
    const fake = await FakeTelegram.start({ limits: { perChat: { perSecond: 1, burst: 30 } }, ...options.fake });
    const store = createMemoryStore();
    const logs: LogLine[] = [];
    const log = recordingLogger(logs);
    const deliveries = new DeliveryRegistry();
    const locales = new LocalePolicy(options.locale ?? null);
    let world: TelegramWorld | null = null;
    const clock = () => world?.now ?? T0;
    // Production's outbox and sender; the notifier waits until what it wrote went out.
    const delivery = new OutboxDelivery(store, deliveries, clock, log, presenterFor(locales));
    const core = new Core({
      store,
      clock,
      log,
      settings: DEFAULT_CORE_SETTINGS,
      limits: createMemoryRateLimits(DEFAULT_LIMITS),
      notifier: delivery.notifier,
      announcer: announcerFrom(deliveries, locales),
      chatPlaces: chatPlacesFrom(deliveries, locales),
    });
    const dispatcher = new Dispatcher(await testRegistry(), core, log, undefined, testPictures(log), locales);
    const port = options.webhook ? await freePort() : 0;
    const webhook = options.webhook ? { url: `http://127.0.0.1:${port}/telegram/updates`, secret: options.webhook.secret, port } : null;
    const adapter = createTelegramBot({ token: fake.token, apiRoot: fake.apiRoot, webhook }, { dispatcher, kv: store.kv.namespace('telegram'), clock, log });
    deliveries.register(adapter.delivery);
    deliveries.register({
      platform: 'discord',
      sendToUser: async (userId, reply): Promise<DeliveryOutcome> => {
        world!.discordInbox.push({ userId, reply });
        return { kind: 'sent' };
      },
    });
    world = new TelegramWorld(fake, store, dispatcher, adapter, logs, core);
    await adapter.start();
    return world;
  }

  async stop(): Promise<void> {
    const webhookSecret = this.fake.webhook?.secret;
    await this.adapter.stop();
    await this.fake.close();
    // Every scenario's logs: no bodies, bios, tokens, webhook secrets or coordinates.
    expectLogsClean(this.logs, { secrets: [this.fake.token, ...(webhookSecret ? [webhookSecret] : [])], store: this.store });
    expectOutboundClean(this.fake.calls.map((c) => c.params));
  }

  advance(ms: number): void {
    this.now = new Date(this.now.getTime() + ms);
  }

  /** A Telegram user; `extra.language_code` is the language their app is set to. */
  telegramUser(id: number, firstName: string, extra: Partial<TgUser> = {}): TelegramPerson {
    return new TelegramPerson(this, person(id, firstName, extra));
  }

  discordUser(id: string, name: string): DiscordPerson {
    return new DiscordPerson(this, id, name);
  }

  group(id: number, title: string): TgChat {
    return group(id, title);
  }

  /** Every text the bot sent anywhere, for the no-coordinates check. */
  everythingSent(): string[] {
    const texts = this.fake.calls.flatMap((c) => [c.params.text, c.params.caption].filter((t): t is string => typeof t === 'string'));
    return [...texts, ...this.discordInbox.map((d) => [d.reply.title ?? '', d.reply.text, ...(d.reply.fields ?? []).map((f) => f.value)].join('\n'))];
  }
}

/** Someone on Telegram: what they type, share and press goes through the fake as real updates. */
export class TelegramPerson {
  readonly chat: TgChat;

  constructor(
    private readonly world: TelegramWorld,
    readonly user: TgUser,
  ) {
    this.chat = privateChatOf(user);
  }

  get id(): string {
    return String(this.user.id);
  }

  says(text: string, where: TgChat = this.chat): Promise<Delivery> {
    return this.world.fake.deliver(textMessage(this.user, text, where));
  }

  /** Replies to one of the bot's messages (swipe-reply) with text. */
  repliesTo(message: TgMessage, text: string): Promise<Delivery> {
    return this.world.fake.deliver(replyMessage(this.user, text, message));
  }

  sharesLocation(lat: number, lng: number): Promise<Delivery> {
    return this.world.fake.deliver(locationMessage(this.user, lat, lng));
  }

  /** A complete profile, typed as one-line commands. */
  async ready(place = 'Berlin, DE', activities = 'running', level = 'intermediate'): Promise<this> {
    for (const line of [`/set_location ${place}`, `/set_activities ${activities}`, `/set_level ${level}`]) {
      await this.says(line);
      if (this.lastText().startsWith('⚠️')) throw new Error(`${this.user.first_name}: ${line} failed: ${this.lastText()}`);
    }
    return this;
  }

  /** Presses the newest button with this label in a chat (default: my private chat). */
  press(label: string | RegExp, where: TgChat = this.chat): Promise<Delivery> {
    const { message, button } = this.world.fake.state.findButton(where.id, label);
    if (!button.callback_data) throw new Error(`"${button.text}" is a link button`);
    return this.world.fake.deliver(callbackQuery(this.user, message, button.callback_data));
  }

  pressOn(message: TgMessage, label: string | RegExp): Promise<Delivery> {
    const button = message.reply_markup?.inline_keyboard?.flat().find((b) => (typeof label === 'string' ? b.text === label : label.test(b.text)));
    if (!button?.callback_data) throw new Error(`no button "${label}" on message ${message.message_id}`);
    return this.world.fake.deliver(callbackQuery(this.user, message, button.callback_data));
  }

  /** The bot's messages in my private chat. */
  inbox(): TgMessage[] {
    return this.world.fake.state.messagesIn(this.user.id);
  }

  lastText(): string {
    return this.world.fake.state.lastMessageIn(this.user.id).text ?? '';
  }

  async profile(): Promise<Profile> {
    const p = await this.world.store.people.findByIdentity(userKey('telegram', this.id));
    if (!p) throw new Error(`${this.user.first_name} has no profile`);
    return p;
  }
}

/** Someone on Discord, driven through the dispatcher; what the core sends them lands in the world's Discord inbox. */
export class DiscordPerson {
  constructor(
    private readonly world: TelegramWorld,
    readonly id: string,
    readonly name: string,
  ) {}

  run(command: string, text = ''): Promise<Outcome> {
    return this.send({ kind: 'line', command, text });
  }

  /** Presses a button of a message the core sent me (as the Discord adapter would). */
  press(reply: Reply, label: string): Promise<Outcome> {
    const button = (reply.buttons ?? []).flat().find((b) => b.label === label);
    if (!button) throw new Error(`no button "${label}" on "${reply.title ?? reply.text}"`);
    return this.send({ kind: 'action', id: button.action });
  }

  async ready(place = 'Berlin, DE'): Promise<this> {
    for (const [command, text] of [['set-location', place], ['set-activities', 'running'], ['set-level', 'intermediate']] as const) {
      const out = await this.run(command, text);
      if (out.outcome !== 'ok') throw new Error(`${this.name}: /${command} failed`);
    }
    return this;
  }

  send(inbound: Inbound): Promise<Outcome> {
    return this.world.dispatcher.handle({ platform: 'discord', user: { key: userKey('discord', this.id), displayName: this.name }, community: null }, inbound);
  }

  inbox(): Reply[] {
    return this.world.discordInbox.filter((d) => d.userId === this.id).map((d) => d.reply);
  }
}

export const telegramCommunity = (chat: TgChat): CommunityKey => communityKey('telegram', String(chat.id));

/** The texts of the messages the bot sent to a chat in one delivery. */
export const textsTo = (delivery: Delivery, chatId: number | string): string[] =>
  delivery.calls
    .filter((c) => c.status === 200 && /^send(Message|Document)$/.test(c.method) && String(c.params.chat_id) === String(chatId))
    .map((c) => String(c.params.text ?? c.params.caption ?? ''));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
