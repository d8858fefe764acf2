import type { Locale } from '../../../src/i18n/languages.js';
import { LocalePolicy } from '../../../src/i18n/locale-policy.js';
import { announcerFrom } from '../../../src/delivery/announcer.js';
import { chatPlacesFrom } from '../../../src/delivery/chat-places.js';
import { eventInterestFrom } from '../../../src/delivery/event-interest.js';
import { presenterFor } from '../../../src/views/notifications/index.js';
import { testPictures } from '../../support/pictures.js';
import { createDiscordBot, type DiscordBot, registerDiscordCommands } from '../../../bots/discord/index.js';
import { Core } from '../../../src/core/core.js';
import { DEFAULT_CORE_SETTINGS } from '../../../src/core/deps.js';
import { DeliveryRegistry } from '../../../src/delivery/platforms.js';
import { OutboxDelivery } from '../../support/outbox-delivery.js';
import { communityKey, userKey } from '../../../src/domain/platform.js';
import type { Invocation } from '../../../src/interaction/command.js';
import { Dispatcher } from '../../../src/interaction/dispatcher.js';
import type { CommandRegistry } from '../../../src/interaction/registry.js';
import { expectLogsClean, expectOutboundClean, type LogLine, recordingLogger } from '../../support/log-capture.js';
import { createMemoryStore } from '../../../src/store/memory/index.js';
import type { Store } from '../../../src/store/port.js';
import { FakeDiscord, type FakeGuild, type FakeInteraction, type FakeMessage, type FakeUser, type Place, textOfMessages } from '../../fakes/discord/index.js';
import { T0 } from '../../support/fixtures.js';
import { testRegistry } from '../../support/harness.js';
import { DEFAULT_LIMITS } from '../../../src/core/limits.js';
import { createMemoryRateLimits } from '../../../src/store/rate-limits.js';
import { warmGazetteer } from '../../../src/core/parse/location.js';
import { createTelegramBot } from '../../../bots/telegram/index.js';
import type { PlatformAdapter } from '../../../src/interaction/adapter.js';
import { FakeTelegram } from '../../fakes/telegram/index.js';

export type { LogLine };

export interface Person {
  readonly user: FakeUser;
  /** In the server's #general. */
  readonly here: Place;
  /** In a DM with the bot. */
  readonly dm: Place;
}

export interface WorldOptions {
  /** The fake's global limit (Discord: 50/s). */
  readonly limitPerSecond?: number;
  readonly restRequestsPerSecond?: number;
  readonly registry?: CommandRegistry;
  /** The shard count the fake recommends; from 2, `guilds[i]` is a server on shard i. */
  readonly shards?: number;
  /** The shards this bot runs (DISCORD_SHARDS), instead of all it is recommended. */
  readonly ownShards?: { readonly ids: readonly number[]; readonly count: number };
  /** Telegram beside Discord, as in production: one store and core, both adapters, a fake Bot API. */
  readonly telegram?: boolean;
  /** The Message Content intent is granted in the portal and the bot asks for it (DISCORD_MESSAGE_CONTENT). */
  readonly messageContent?: boolean;
  /** Everything said in this one, the adapter's own words too (the pseudo-locale run). */
  readonly locale?: Locale;
}

/** The Telegram side of a world that runs both platforms. */
export interface TelegramSide {
  readonly fake: FakeTelegram;
  readonly adapter: PlatformAdapter;
}

/**
 * How long a story waits for Discord to see an answer before it fails: a guard against a hang,
 * not a deadline (deadlines are asserted from the recorded times). Generous, because two busy
 * cores can hold a process back for seconds.
 */
const ANSWER_GUARD_MS = 20_000;
/** The warm-up runs in a hook (60 s), before any story starts its own waits. */
const WARM_UP_GUARD_MS = 45_000;

/**
 * The whole product on the in-memory store, driven through the real discord.js client and the
 * real Discord adapter against the fake Discord — the way a server member uses it.
 */
export class DiscordWorld {
  private constructor(
    readonly logs: LogLine[],
    private readonly time: { now: Date },
    readonly fake: FakeDiscord,
    readonly guild: FakeGuild,
    /** Every server, `guilds[0]` being `guild`; with shards, `guilds[i]` is on shard i. */
    readonly guilds: readonly FakeGuild[],
    readonly store: Store,
    readonly core: Core,
    readonly dispatcher: Dispatcher,
    readonly bot: DiscordBot,
    private readonly registry: CommandRegistry,
    private readonly options: WorldOptions,
    /** With `telegram: true`: the fake Bot API and the Telegram adapter of this process. */
    readonly telegram: TelegramSide | null,
    private readonly delivery: OutboxDelivery,
  ) {}

  static async start(options: WorldOptions = {}): Promise<DiscordWorld> {
    const shards = options.shards ?? 1;
    // 16 shards may identify at once (as for large bots), so starting 2 takes no 5 s pause.
    const fake = await FakeDiscord.start({
      limitPerSecond: options.limitPerSecond ?? 50,
      shards,
      ...(shards > 1 ? { maxConcurrency: 16 } : {}),
      ...(options.messageContent ? { messageContentIntent: true } : {}),
    });
    try {
      return await DiscordWorld.assemble(fake, options);
    } catch (error) {
      await fake.close();
      throw error;
    }
  }

  private static async assemble(fake: FakeDiscord, options: WorldOptions): Promise<DiscordWorld> {
    const sharded = fake.shards > 1;
    const guild = fake.addGuild('Berlin Runners', { channels: ['general', 'sessions'], roles: ['Moderators', 'Runners'], ...(sharded ? { shard: 0 } : {}) });
    const guilds = [guild];
    for (let shard = 1; shard < fake.shards; shard++) guilds.push(fake.addGuild(`Hamburg Lifters ${shard}`, { channels: ['general'], shard }));
    // As the app does at start (src/app.ts): the place index is built before the first command.
    warmGazetteer();
    const registry = options.registry ?? (await testRegistry());
    const time = { now: T0 };
    // "In the past" for scheduled events is the product's time, which stories move.
    fake.events.clock = () => time.now.getTime();
    const telegram = options.telegram ? await FakeTelegram.start({ limits: { perChat: { perSecond: 1, burst: 30 } } }) : undefined;
    const world = await DiscordWorld.boot({ fake, guild, guilds, store: createMemoryStore(), logs: [], time, ...(telegram ? { telegram } : {}) }, registry, options);
    await world.warmUp(guilds[options.ownShards?.ids[0] ?? 0] ?? guild);
    return world;
  }

  /** One process of the product: core, dispatcher and bot over a store and the fake Discord. */
  private static async boot(
    kept: { fake: FakeDiscord; guild: FakeGuild; guilds: readonly FakeGuild[]; store: Store; logs: LogLine[]; time: { now: Date }; telegram?: FakeTelegram },
    registry: CommandRegistry,
    options: WorldOptions,
  ): Promise<DiscordWorld> {
    const { fake, store, logs, time } = kept;
    const log = recordingLogger(logs);
    const clock = () => time.now;
    const deliveries = new DeliveryRegistry();
    const locales = new LocalePolicy(options.locale ?? null);
    // Production's outbox and sender; the notifier waits until what it wrote went out.
    const delivery = new OutboxDelivery(store, deliveries, clock, log, presenterFor(locales));
    const core = new Core({
      store,
      clock,
      log,
      notifier: delivery.notifier,
      announcer: announcerFrom(deliveries, locales),
      chatPlaces: chatPlacesFrom(deliveries, locales),
      settings: DEFAULT_CORE_SETTINGS,
      limits: createMemoryRateLimits(DEFAULT_LIMITS),
    });
    const dispatcher = new Dispatcher(registry, core, log, undefined, testPictures(log), locales);
    const config = {
      token: fake.token,
      applicationId: fake.applicationId,
      apiUrl: fake.apiUrl,
      ...(options.restRequestsPerSecond ? { restRequestsPerSecond: options.restRequestsPerSecond } : {}),
      ...(options.ownShards ? { shards: options.ownShards } : {}),
      ...(options.messageContent ? { messageContent: true } : {}),
    };
    await registerDiscordCommands(config, registry);
    const placeMessage = core.sessionChat.fromPlace.bind(core.sessionChat);
    const bot = createDiscordBot(config, { dispatcher, kv: store.kv.namespace('discord'), clock, log, eventInterest: eventInterestFrom(core, locales), placeMessage });
    deliveries.register(bot.delivery);
    let telegram: TelegramSide | null = null;
    try {
      await bot.start();
      if (kept.telegram) {
        const adapter = createTelegramBot({ token: kept.telegram.token, apiRoot: kept.telegram.apiRoot, webhook: null }, { dispatcher, kv: store.kv.namespace('telegram'), clock, log });
        deliveries.register(adapter.delivery);
        await adapter.start();
        telegram = { fake: kept.telegram, adapter };
      }
    } catch (error) {
      await bot.stop();
      await kept.telegram?.close();
      throw error;
    }
    return new DiscordWorld(logs, time, fake, kept.guild, kept.guilds, store, core, dispatcher, bot, registry, options, telegram, delivery);
  }

  /**
   * A restart: this process stops, and a new one (fresh core, dispatcher and bot, nothing kept in
   * memory) starts over the same store and the same Discord. Use the world it returns.
   */
  async restart(): Promise<DiscordWorld> {
    await this.bot.stop();
    await this.telegram?.adapter.stop();
    const { fake, guild, guilds, store, logs, time } = this;
    return DiscordWorld.boot({ fake, guild, guilds, store, logs, time, ...(this.telegram ? { telegram: this.telegram.fake } : {}) }, this.registry, this.options);
  }

  /**
   * What the scheduler's jobs wrote into the outbox goes out now, through this process's sender
   * (the job's own notifications are durable, and any process's sender delivers them).
   */
  async delivered(): Promise<void> {
    this.delivery.sender.kick();
    await this.delivery.settle();
    await this.bot.idle();
  }

  /**
   * A process's first interactions pay for loading and compiling their code paths (discord.js's
   * handlers, the dispatcher, the catalogues, the error rendering): seconds on a busy machine.
   * They are paid here, in the start hook, before any story's own waits begin: a /help and a
   * refused input, by someone no story knows, whose profile (made on first use) is then erased.
   */
  private async warmUp(guild: FakeGuild): Promise<void> {
    const user = this.fake.addUser('Warm-up');
    const here = this.fake.member(user, guild);
    for (const run of [() => this.fake.slash(here, 'help'), () => this.fake.slash(here, 'set-activities', { activities: 'quidditch' })]) {
      await this.fake.acked(run(), WARM_UP_GUARD_MS);
      await this.bot.idle();
    }
    const stored = await this.store.people.findByIdentity(userKey('discord', user.id));
    if (stored) await this.store.erasePerson(stored.id, this.now);
  }

  /**
   * Between stories: what one left running finishes (or is given up on) before the next starts
   * its waits, and faults it planted but did not use are dropped.
   */
  async isolate(): Promise<void> {
    await Promise.race([this.bot.idle(), new Promise((resolve) => setTimeout(resolve, ANSWER_GUARD_MS).unref())]);
    this.fake.world.faults.length = 0;
  }

  /** The product's clock (Discord's own deadlines run on real time). */
  get now(): Date {
    return this.time.now;
  }

  advance(ms: number): void {
    this.time.now = new Date(this.time.now.getTime() + ms);
  }

  /** A member of the server; `locale`: the language their Discord app is set to. */
  person(name: string, options: { manageGuild?: boolean; roles?: string[]; guild?: FakeGuild; locale?: string; username?: string; discriminator?: string } = {}): Person {
    const user = this.fake.addUser(name, options.locale, { ...(options.username ? { username: options.username } : {}), ...(options.discriminator ? { discriminator: options.discriminator } : {}) });
    return { user, here: this.fake.member(user, options.guild ?? this.guild, options), dm: this.fake.dm(user) };
  }

  /** Waits for the answer and for the bot to finish (follow-ups, DMs, announcements). */
  async settle(ix: FakeInteraction): Promise<FakeInteraction> {
    await this.fake.acked(ix, ANSWER_GUARD_MS);
    await this.bot.idle();
    return ix;
  }

  slash(place: Place, path: string, options: Record<string, string | number | boolean> = {}, extra: { force?: boolean } = {}): Promise<FakeInteraction> {
    return this.settle(this.fake.slash(place, path, options, extra));
  }

  click(place: Place, message: FakeMessage, button: string | RegExp): Promise<FakeInteraction> {
    return this.settle(this.fake.click(place, message, button));
  }

  choose(place: Place, message: FakeMessage, value: string): Promise<FakeInteraction> {
    return this.settle(this.fake.choose(place, message, value));
  }

  submit(place: Place, opened: FakeInteraction, values: Record<string, string>): Promise<FakeInteraction> {
    return this.settle(this.fake.submit(place, opened, values));
  }

  /** The last message an interaction showed (its response or last follow-up). */
  /** The last DM the bot sent this person. */
  lastDm(p: Person): FakeMessage {
    const dms = this.fake.dms(p.user);
    const last = dms[dms.length - 1];
    if (!last) throw new Error(`${p.user.username} has no DM`);
    return last;
  }

  lastShown(ix: FakeInteraction): FakeMessage {
    const shown = this.fake.shown(ix);
    const last = shown[shown.length - 1];
    if (!last) throw new Error(`interaction ${ix.id} showed nothing (ack: ${ix.ack?.type ?? 'none'})`);
    return last;
  }

  text(ix: FakeInteraction): string {
    return textOfMessages(this.fake.shown(ix));
  }

  /** A finished profile, set up through the dispatcher (quicker than clicking through /setup). */
  async profile(p: Person, setup: { place?: string; activities?: string; level?: string; radius?: number; bio?: string } = {}): Promise<void> {
    const invocation: Invocation = {
      platform: 'discord',
      user: { key: userKey('discord', p.user.id), displayName: p.user.global_name ?? p.user.username },
      community: { key: communityKey('discord', this.guild.id), name: this.guild.name, roleIds: [], isAdmin: false },
    };
    const steps: [string, string][] = [
      ['set-location', setup.place ?? 'Berlin, DE'],
      ['set-activities', setup.activities ?? 'running'],
      ['set-level', setup.level ?? 'intermediate'],
      ['set-radius', String(setup.radius ?? 15)],
    ];
    if (setup.bio) steps.push(['set-bio', setup.bio]);
    for (const [command, text] of steps) {
      const out = await this.dispatcher.handle(invocation, { kind: 'line', command, text });
      if (out.outcome !== 'ok') throw new Error(`${p.user.username}: /${command} ${text} failed: ${JSON.stringify(out.replies)}`);
    }
  }

  errors(): LogLine[] {
    return this.logs.filter((l) => l.level === 'error');
  }

  async stop(): Promise<void> {
    await this.bot.stop();
    await this.fake.close();
    if (this.telegram) {
      await this.telegram.adapter.stop();
      await this.telegram.fake.close();
      expectOutboundClean(this.telegram.fake.calls.map((c) => c.params));
    }
    // Every scenario's logs: no bodies, bios, tokens or coordinates.
    expectLogsClean(this.logs, { secrets: [this.fake.token, ...(this.telegram ? [this.telegram.fake.token] : [])], store: this.store });
    expectOutboundClean(this.fake.requests('POST', /./).concat(this.fake.requests('PATCH', /./)).map((r) => r.body));
  }
}
