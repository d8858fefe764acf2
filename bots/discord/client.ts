import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, type Interaction, Options, Partials, type RateLimitData, Status } from 'discord.js';
import { trimChars } from '../../src/domain/text.js';
import type { AdapterDeps, PlatformAdapter } from '../../src/interaction/adapter.js';
import { createWorkQueue, TurnBudget } from '../../src/interaction/work-queue.js';
import { buildCommandTable } from './commands.js';
import { createDelivery, DmChannels } from './delivery.js';
import { createInteractionHandler } from './interactions.js';
import { createEventDelivery, onInterested } from './scheduled-events.js';
import { onPlaceMessage } from './thread-messages.js';
import { createThreadDelivery } from './threads.js';

export interface DiscordConfig {
  readonly token: string;
  readonly applicationId: string;
  /** Register commands in this one server (development); otherwise globally. */
  readonly guildId?: string;
  /** REST base such as `https://discord.com/api` or a rate-limit proxy; the gateway address is learned from it. */
  readonly apiUrl?: string;
  /** The client-side global REST limit (Discord allows 50 per second per bot). */
  readonly restRequestsPerSecond?: number;
  /** Command work run at once; the rest waits its turn (already acknowledged). */
  readonly workConcurrency?: number;
  /**
   * The shards this process runs: 'auto' (default) runs as many as Discord recommends; several
   * instances split them, each with its own ids of the same total.
   */
  readonly shards?: 'auto' | { readonly ids: readonly number[]; readonly count: number };
  /**
   * The Message Content intent is granted to this bot (privileged: Developer Portal → Bot): then
   * what people write in session chat threads is relayed to members on other platforms.
   */
  readonly messageContent?: boolean;
}

export interface DiscordBot extends PlatformAdapter {
  /** Resolves when no interaction is being handled (tests, benchmarks, shutdown). */
  idle(): Promise<void>;
}

/**
 * Enough to overlap store round trips (MongoDB), few enough that a burst can't flood the event
 * loop with half-done commands while acknowledgements wait.
 */
const DEFAULT_WORK_CONCURRENCY = 8;
/** Acknowledgements started per turn of the event loop (each is a REST call, ~0.5 ms to start). */
const ACKS_PER_TURN = 20;
const STOP_WAIT_MS = 5_000;
/** A DM that would wait longer than this for the rate limit is handed back as "throttled". */
const DM_MAX_WAIT_MS = 2_000;

/** `…/api/v10/` → `…/api`: discord.js adds the version itself. */
export const restBase = (apiUrl: string): string => trimChars(apiUrl, '/').replace(/\/v\d+$/, '');

export function createDiscordBot(config: DiscordConfig, deps: AdapterDeps): DiscordBot {
  const log = deps.log.child({ platform: 'discord' });
  const dms = new DmChannels();
  const client = new Client({
    // Interactions arrive without privileged intents; Guilds keeps server names and roles cached;
    // GuildScheduledEvents (not privileged) brings "Interested" on the sessions' events.
    // Guild Messages + Message Content (privileged, only when granted) bring what is written in threads.
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildScheduledEvents,
      ...(config.messageContent ? [GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] : []),
    ],
    // "Interested" may come from someone, or for an event, the cache never saw: the ids suffice.
    partials: [Partials.User, Partials.GuildScheduledEvent],
    // As many shards as Discord recommends (GET /gateway/bot), all in this process, unless told
    // which: from 2,500 servers on, Discord refuses a single connection.
    ...(config.shards && config.shards !== 'auto' ? { shards: [...config.shards.ids], shardCount: config.shards.count } : { shards: 'auto' as const }),
    rest: {
      ...(config.apiUrl ? { api: restBase(config.apiUrl) } : {}),
      ...(config.restRequestsPerSecond ? { globalRequestsPerSecond: config.restRequestsPerSecond } : {}),
      rejectOnRateLimit: (data: RateLimitData) => data.timeToReset > DM_MAX_WAIT_MS && (data.route === '/users/@me/channels' || dms.isDm(data.majorParameter)),
    },
    allowedMentions: { parse: [] },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      GuildMemberManager: { maxSize: 1_000, keepOverLimit: (member) => member.id === member.client.user.id },
    }),
  });
  client.rest.setToken(config.token);

  const inFlight = new InFlight();
  const acks = new TurnBudget(ACKS_PER_TURN);
  const handle = createInteractionHandler({
    ...deps,
    log,
    table: buildCommandTable(deps.dispatcher.registry),
    // Acknowledgements go first: command work starts only when none is waiting to be sent.
    work: createWorkQueue(config.workConcurrency ?? DEFAULT_WORK_CONCURRENCY, () => acks.idle()),
    acks,
  });
  client.on(Events.InteractionCreate, (i: Interaction) => inFlight.track(handle(i)));
  client.on(Events.Error, (error) => log.error({ err: error.message }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'discord gateway disconnected for good'));
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, 'discord gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'discord gateway resumed'));
  client.on(Events.ShardError, (error, shard) => log.warn({ shard, err: error.message }, 'discord gateway error'));
  const delivery = { ...createDelivery(client.rest, dms, log), ...createEventDelivery(client, deps.clock, log), places: createThreadDelivery(client, log, config.messageContent === true) };
  onInterested(client, { ...deps, log }, delivery, (work) => inFlight.track(work));
  if (config.messageContent) onPlaceMessage(client, { ...deps, log }, (work) => inFlight.track(work));
  client.rest.on('rateLimited', (data) => log.info({ route: data.route, global: data.global, ms: data.timeToReset }, 'discord rate limited'));

  return {
    platform: 'discord',
    delivery,

    async start() {
      const ready = once(client, Events.ClientReady);
      await client.login(config.token);
      await ready;
      log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord ready');
    },

    async stop() {
      // Answer what is in hand before leaving, so nobody sees "This interaction failed".
      await Promise.race([inFlight.idle(), new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref())]);
      await client.destroy();
    },

    isReady: () => client.isReady() && client.ws.status === Status.Ready,

    idle: () => inFlight.idle(),
  };
}

/** Counts interactions being handled. */
class InFlight {
  private count = 0;
  private waiters: (() => void)[] = [];

  track(work: Promise<void>): void {
    this.count++;
    work
      .catch(() => {})
      .finally(() => {
        this.count--;
        if (this.count === 0) for (const w of this.waiters.splice(0)) w();
      });
  }

  idle(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}
