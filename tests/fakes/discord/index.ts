import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type DropMode, FakeGateway } from './gateway.js';
import { componentOf, envelope, findCommand, memberPermissions, modalSubmitData, type OptionValue, optionsPayload, type Place, type Resolved } from './interactions.js';
import { createRestHandler } from './rest.js';
import { eventsOf, type FakeEvents } from './scheduled-events.js';
import { type FakeThread, type FakeThreads, threadsOf } from './threads.js';
import { allComponents, EPHEMERAL, type FakeGuild, type FakeMessage, type FakeUser, LOADING, messageText, snowflake, snowflakeOnShard } from './state.js';
import { type FakeInteraction, World } from './world.js';

export type { DropMode } from './gateway.js';
export type { Place } from './interactions.js';
export { allComponents, EPHEMERAL, type FakeGuild, type FakeMessage, type FakeUser, messageText } from './state.js';
export type { FakeInteraction, RecordedRequest } from './world.js';
export { EVENT_STATUS, type FakeEvents, type FakeScheduledEvent } from './scheduled-events.js';
export type { FakeThread, FakeThreads } from './threads.js';

/**
 * A local Discord for tests: REST (node:http) and gateway (ws) on 127.0.0.1 at a random port.
 * The real discord.js client connects to it through its REST base (`apiUrl`) and learns the
 * gateway address from `GET /gateway/bot`. Tests act as people (slash commands, buttons, selects,
 * modals, autocomplete) and read what the bot answered, posted and sent by DM.
 */
export class FakeDiscord {
  readonly world: World;
  readonly gateway: FakeGateway;
  private constructor(
    private readonly server: Server,
    world: World,
    gateway: FakeGateway,
    /** The shard count GET /gateway/bot recommends. */
    readonly shards: number,
  ) {
    this.world = world;
    this.gateway = gateway;
  }

  /**
   * `shards`: the count GET /gateway/bot recommends (1); `maxConcurrency`: its
   * `session_start_limit.max_concurrency`, how many shards may identify at once (1, as for most bots).
   */
  static async start(
    options: { limitPerSecond?: number; token?: string; applicationId?: string; shards?: number; maxConcurrency?: number; messageContentIntent?: boolean } = {},
  ): Promise<FakeDiscord> {
    const world = new World(options.token ?? `fake-token-${snowflake()}`, options.applicationId ?? snowflake());
    let port = 0;
    const gatewayUrl = () => `ws://127.0.0.1:${port}/gateway`;
    const gateway = new FakeGateway(world, gatewayUrl);
    // Developer Portal → Bot → Message Content Intent.
    if (options.messageContentIntent) gateway.grantedIntents |= 1 << 15;
    // Events happen whether or not a bot listens: one not connected simply misses them.
    eventsOf(world).connect((t, d) => gateway.intents !== null && gateway.dispatch(t, d), () => gateway.intents);
    threadsOf(world).connect((t, d) => gateway.intents !== null && gateway.dispatch(t, d), () => gateway.intents);
    const shards = options.shards ?? 1;
    const rest = createRestHandler(world, { limitPerSecond: options.limitPerSecond ?? 50, gatewayUrl, shards, maxConcurrency: options.maxConcurrency ?? 1 });
    const server = createServer((req, res) => void rest(req, res));
    server.on('upgrade', (req, socket, head) => gateway.upgrade(req, socket, head));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    return new FakeDiscord(server, world, gateway, shards);
  }

  /** The servers' scheduled events, and the bot's permission to make them. */
  get events(): FakeEvents {
    return eventsOf(this.world);
  }

  /** The servers' threads, and the bot's permission to make them. */
  get threads(): FakeThreads {
    return threadsOf(this.world);
  }

  get token(): string {
    return this.world.token;
  }

  get applicationId(): string {
    return this.world.applicationId;
  }

  /** The REST base to give the bot (`DISCORD_API_URL`). */
  get apiUrl(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/api`;
  }

  /**
   * A Discord user; `locale` is their app's language (Discord's codes: de, es-ES, ru…); `username`
   * their unique username (else one made from the name); `discriminator` a legacy account's digits.
   */
  addUser(name: string, locale?: string, account: { username?: string; discriminator?: string } = {}): FakeUser {
    const username = account.username ?? name.toLowerCase().replace(/\W+/g, '_');
    if (account.username !== undefined) checkUsername(username);
    const user: FakeUser = { id: snowflake(), username, global_name: name, ...(locale ? { locale } : {}), ...(account.discriminator ? { discriminator: account.discriminator } : {}) };
    this.world.users.set(user.id, user);
    return user;
  }

  /** The user after changing their username in Discord's settings: every later interaction carries the new one. */
  renameUser(user: FakeUser, username: string): FakeUser {
    checkUsername(username);
    const renamed: FakeUser = { ...user, username, discriminator: '0' };
    this.world.users.set(user.id, renamed);
    return renamed;
  }

  /**
   * A server with text channels and roles (add it before the bot starts: it arrives in READY).
   * `shard` picks an id that lands on that shard of the recommended count.
   */
  addGuild(name: string, options: { channels?: string[]; roles?: string[]; owner?: FakeUser; shard?: number } = {}): FakeGuild {
    const guild: FakeGuild = {
      id: options.shard === undefined ? snowflake() : snowflakeOnShard(options.shard, this.shards),
      name,
      ownerId: options.owner?.id ?? snowflake(),
      roles: (options.roles ?? []).map((r) => ({ id: snowflake(), name: r })),
      channels: new Map(),
      commandRoles: new Map(),
    };
    for (const channel of options.channels ?? ['general']) {
      const id = snowflake();
      guild.channels.set(channel, id);
      this.world.channels.set(id, { id, type: 0, guildId: guild.id, name: channel, recipientId: null });
    }
    this.world.guilds.set(guild.id, guild);
    return guild;
  }

  roleId(guild: FakeGuild, name: string): string {
    const role = guild.roles.find((r) => r.name === name);
    if (!role) throw new Error(`fake discord: no role ${name}`);
    return role.id;
  }

  channelId(guild: FakeGuild, name: string): string {
    const id = guild.channels.get(name);
    if (!id) throw new Error(`fake discord: no channel #${name}`);
    return id;
  }

  /** Server Settings → Integrations: let members with `role` see a restricted command. */
  allowCommand(guild: FakeGuild, command: string, role: string): void {
    const roles = guild.commandRoles.get(command) ?? new Set<string>();
    roles.add(this.roleId(guild, role));
    guild.commandRoles.set(command, roles);
  }

  /** `user` acting in a server channel. */
  member(user: FakeUser, guild: FakeGuild, options: { roles?: string[]; manageGuild?: boolean; administrator?: boolean; channel?: string } = {}): Place {
    return {
      user,
      guild,
      channelId: this.channelId(guild, options.channel ?? [...guild.channels.keys()][0]!),
      roles: (options.roles ?? []).map((r) => this.roleId(guild, r)),
      permissions: memberPermissions(options.manageGuild ?? false, options.administrator ?? false),
    };
  }

  /** `user` acting in a thread of a server (a slash command there carries the thread's id). */
  inThread(user: FakeUser, thread: FakeThread, options: { manageGuild?: boolean } = {}): Place {
    const guild = this.world.guilds.get(thread.guildId);
    if (!guild) throw new Error(`fake discord: no server ${thread.guildId}`);
    return { user, guild, channelId: thread.id, roles: [], permissions: memberPermissions(options.manageGuild ?? false) };
  }

  /** `user` in their DM with the bot. */
  dm(user: FakeUser): Place {
    return { user, guild: null, channelId: this.world.dmChannelOf(user.id).id, roles: [], permissions: 0n };
  }

  /** Runs `/path` with options; `force` skips the app's visibility checks (a stale client, a crafted request). */
  slash(place: Place, path: string, options: Record<string, OptionValue> = {}, { force = false } = {}): FakeInteraction {
    const { command, sub } = findCommand(this.world, place, path, force);
    const resolved: Resolved = {};
    const given = optionsPayload((sub ? sub.options : command.options) ?? [], options, null, place.guild, resolved, this.world.users);
    const data = {
      id: command.id,
      name: command.name,
      type: 1,
      ...(place.guild ? { guild_id: place.guild.id } : {}),
      options: sub ? [{ type: 1, name: sub.name, options: given }] : given,
      ...(Object.keys(resolved).length ? { resolved } : {}),
    };
    return this.send(place, 2, data, null);
  }

  /** Types `partial` into option `focused` of `/path` (other options already filled in `options`). */
  autocomplete(place: Place, path: string, focused: string, partial: string, options: Record<string, OptionValue> = {}): FakeInteraction {
    const { command, sub } = findCommand(this.world, place, path, false);
    const given = optionsPayload((sub ? sub.options : command.options) ?? [], { ...options, [focused]: partial }, focused);
    const data = { id: command.id, name: command.name, type: 1, options: sub ? [{ type: 1, name: sub.name, options: given }] : given };
    return this.send(place, 4, data, null);
  }

  /** Presses a button (by label or custom id) on a message. */
  click(place: Place, message: FakeMessage, button: string | RegExp): FakeInteraction {
    this.mayUse(place, message);
    const c = componentOf(message, button);
    if (c.type !== 2) throw new Error('fake discord: that component is not a button');
    return this.send(place, 3, { custom_id: c.custom_id, component_type: 2 }, message);
  }

  /** Picks `value` in the select menu of a message. */
  choose(place: Place, message: FakeMessage, value: string): FakeInteraction {
    this.mayUse(place, message);
    const menu = allComponents(message.components).find((c) => c.type === 3);
    if (!menu) throw new Error('fake discord: no select menu on that message');
    if (!(menu.options ?? []).some((o) => o.value === value)) throw new Error(`fake discord: "${value}" is not an option of the select`);
    return this.send(place, 3, { custom_id: menu.custom_id, component_type: 3, values: [value] }, message);
  }

  /** Submits the modal that `opened` answered with. */
  submit(place: Place, opened: FakeInteraction, values: Record<string, string>): FakeInteraction {
    if (!opened.modal) throw new Error('fake discord: that interaction did not open a modal');
    return this.send(place, 5, modalSubmitData(opened.modal, values), opened.type === 3 ? opened.source : null);
  }

  /** Waits until Discord got the interaction's first answer (callback). */
  acked(ix: FakeInteraction, ms = 5_000): Promise<FakeInteraction> {
    return this.world.waitFor(() => (ix.ack ? ix : null), ms, `an answer to interaction ${ix.id}`);
  }

  /** Messages the person saw from an interaction: the response and the follow-ups. */
  shown(ix: FakeInteraction): FakeMessage[] {
    return [ix.original, ...ix.followups].filter((m): m is FakeMessage => m !== null && !m.deleted && !(m.flags & LOADING));
  }

  /** DMs the bot sent to `user`. */
  dms(user: FakeUser): FakeMessage[] {
    return this.world.channelMessages(this.world.dmChannelOf(user.id).id).filter((m) => m.interactionId === null);
  }

  messagesIn(guild: FakeGuild, channel: string): FakeMessage[] {
    return this.world.channelMessages(this.channelId(guild, channel)).filter((m) => !(m.flags & EPHEMERAL));
  }

  closeDms(user: FakeUser): void {
    this.world.closedDms.add(user.id);
  }

  openDms(user: FakeUser): void {
    this.world.closedDms.delete(user.id);
  }

  /** Answers the next `times` requests to `method path` with this error instead. */
  fail(method: string, path: RegExp, error: { status: number; code: number; message: string }, times = 1): void {
    this.world.faults.push({ method, path, ...error, times });
  }

  /** Cuts a shard's gateway connection (shard 0 unless told). */
  drop(mode: DropMode, shard = 0): void {
    this.gateway.drop(mode, shard);
  }

  /** Every request to `method path` (path relative to /api/v10, a RegExp or a prefix). */
  requests(method: string, path: string | RegExp) {
    return this.world.requests.filter((r) => r.method === method && (typeof path === 'string' ? r.path.startsWith(path) : path.test(r.path)));
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private mayUse(place: Place, message: FakeMessage): void {
    if (message.deleted) throw new Error('fake discord: that message is gone');
    if (message.channelId !== place.channelId) throw new Error('fake discord: that message is in another channel');
    if (message.flags & EPHEMERAL && message.interactionId && this.world.interactions.get(message.interactionId)?.userId !== place.user.id)
      throw new Error("fake discord: that ephemeral message is someone else's");
  }

  private send(place: Place, type: FakeInteraction['type'], data: unknown, source: FakeMessage | null): FakeInteraction {
    const { record, payload } = envelope(this.world, place, type, data, source);
    this.gateway.dispatch('INTERACTION_CREATE', payload);
    return record;
  }
}

export const textOfMessages = (messages: readonly FakeMessage[]): string => messages.map(messageText).join('\n---\n');

/**
 * Discord refuses a username outside 2–32 of lower-case letters, digits, "_" and "." (and two
 * dots in a row): so does the fake, so no story rests on a name no real account can have.
 */
function checkUsername(username: string): void {
  if (!/^[a-z0-9_.]{2,32}$/.test(username) || username.includes('..')) throw new Error(`fake discord: "${username}" is not a username Discord allows`);
}
