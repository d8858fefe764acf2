import { type FakeChannel, type FakeGuild, type FakeMessage, type FakeUser, snowflake, userJson } from './state.js';
import { CREATE_PRIVATE_THREADS, eventsOf, MANAGE_THREADS, SEND_MESSAGES_IN_THREADS } from './scheduled-events.js';
import { ApiError } from './validate.js';
import { partOfWorld, type World } from './world.js';

/**
 * Private threads in the fake Discord, as the bot makes and keeps them: POST
 * /channels/{id}/threads (start without a message), thread members (PUT/DELETE), PATCH of
 * archived/locked/name, messages posted in a thread, and people writing in one (MESSAGE_CREATE
 * with `channel_id` the thread's, to a bot with the GUILD_MESSAGES intent; its content only with
 * MESSAGE_CONTENT, a privileged intent: empty otherwise, as Discord sends it).
 *
 * Refuses what Discord refuses: a missing permission (403, 50013: Create Private Threads to make
 * one, Manage Threads to lock one or take someone out unless the bot owns it), names outside
 * 1-100 characters, an auto-archive duration other than 60, 1440, 4320 or 10080 minutes, a thread
 * type other than 11/12 under a text channel (50024 elsewhere), `invitable` on a public thread,
 * member changes and edits in an archived thread (50083) and posting in a locked one (160005
 * while open; 50083 once also archived). A post in an archived thread that is not locked brings it
 * back, as Discord does.
 */

export interface FakeThread {
  readonly id: string;
  readonly guildId: string;
  readonly parentId: string;
  readonly ownerId: string;
  readonly type: 11 | 12;
  name: string;
  archived: boolean;
  locked: boolean;
  invitable: boolean;
  autoArchiveDuration: number;
  /** User ids of its members (the bot joins the threads it makes). */
  readonly members: Set<string>;
  /** The body of the create and of each PATCH the bot sent, in order (for assertions). */
  readonly bodies: Record<string, unknown>[];
  readonly createdAt: number;
}

type Body = Record<string, unknown>;
type Route = (m: RegExpMatchArray, body: Body) => { status: number; json?: unknown };

const ARCHIVE_DURATIONS = [60, 1440, 4320, 10080];
const INTENT_GUILD_MESSAGES = 1 << 9;
const INTENT_MESSAGE_CONTENT = 1 << 15;
const invalid = (what: string) => new ApiError(400, 50035, `Invalid Form Body: ${what}`);
const archivedError = () => new ApiError(400, 50083, 'Thread is archived');

export class FakeThreads {
  readonly byId = new Map<string, FakeThread>();
  private dispatch: (t: string, d: unknown) => void = () => {};
  private intents: () => number | null = () => null;

  constructor(private readonly world: World) {}

  connect(dispatch: (t: string, d: unknown) => void, intents: () => number | null): void {
    this.dispatch = dispatch;
    this.intents = intents;
  }

  /** Server Settings → Roles → Spotter: grant or take away the thread permissions. */
  allowThreads(guild: FakeGuild, allowed: boolean): void {
    eventsOf(this.world).allow(guild, CREATE_PRIVATE_THREADS | SEND_MESSAGES_IN_THREADS | MANAGE_THREADS, allowed);
  }

  /** Messages posted in a thread, oldest first. */
  messages(thread: FakeThread): FakeMessage[] {
    return this.world.channelMessages(thread.id);
  }

  /** A member writes in a thread: refused as Discord's client would, told to a bot that listens. */
  say(user: FakeUser, thread: FakeThread, content: string): void {
    if (!thread.members.has(user.id)) throw new Error(`fake discord: ${user.global_name} can't see that private thread`);
    if (thread.locked) throw new Error('fake discord: the thread is locked');
    if (thread.archived) thread.archived = false;
    const intents = this.intents() ?? 0;
    if (!(intents & INTENT_GUILD_MESSAGES)) return;
    const id = snowflake();
    this.dispatch('MESSAGE_CREATE', {
      id,
      channel_id: thread.id,
      guild_id: thread.guildId,
      author: userJson(user),
      member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
      content: intents & INTENT_MESSAGE_CONTENT ? content : '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
    });
  }

  /** Called by the messages route before the bot posts in a channel that may be a thread. */
  beforePost(channel: FakeChannel): void {
    const thread = this.byId.get(channel.id);
    if (!thread) return;
    const may = this.permissions(thread.guildId);
    if (!(may & SEND_MESSAGES_IN_THREADS)) throw new ApiError(403, 50013, 'Missing Permissions');
    if (thread.locked && thread.archived) throw archivedError();
    if (thread.locked && !(may & MANAGE_THREADS)) throw new ApiError(403, 160005, 'Thread is locked');
    if (thread.archived) thread.archived = false;
  }

  routes(): [string, RegExp, Route][] {
    return [
      ['POST', /^\/channels\/(\d+)\/threads$/, (m, body) => ({ status: 201, json: this.create(m[1]!, body) })],
      ['PUT', /^\/channels\/(\d+)\/thread-members\/(\d+)$/, (m) => {
        const thread = this.thread(m[1]!);
        if (thread.archived) throw archivedError();
        if (!this.world.users.has(m[2]!)) throw new ApiError(404, 10013, 'Unknown User');
        const may = this.permissions(thread.guildId);
        if (!(may & SEND_MESSAGES_IN_THREADS)) throw new ApiError(403, 50013, 'Missing Permissions');
        if (thread.type === 12 && !thread.invitable && !(may & MANAGE_THREADS) && thread.ownerId !== this.world.bot.id) throw new ApiError(403, 50013, 'Missing Permissions');
        thread.members.add(m[2]!);
        return { status: 204 };
      }],
      ['DELETE', /^\/channels\/(\d+)\/thread-members\/(\d+)$/, (m) => {
        const thread = this.thread(m[1]!);
        if (thread.archived) throw archivedError();
        const owner = thread.type === 12 && thread.ownerId === this.world.bot.id;
        if (!(this.permissions(thread.guildId) & MANAGE_THREADS) && !owner) throw new ApiError(403, 50013, 'Missing Permissions');
        if (!thread.members.delete(m[2]!)) throw new ApiError(404, 10007, 'Unknown Member');
        return { status: 204 };
      }],
      ['PATCH', /^\/channels\/(\d+)$/, (m, body) => ({ status: 200, json: this.modify(m[1]!, body) })],
    ];
  }

  private permissions(guildId: string): bigint {
    return eventsOf(this.world).botPermissions(guildId);
  }

  private thread(id: string): FakeThread {
    const thread = this.byId.get(id);
    if (!thread) {
      if (this.world.channels.has(id)) throw new ApiError(400, 50024, 'Cannot execute action on this channel type');
      throw new ApiError(404, 10003, 'Unknown Channel');
    }
    return thread;
  }

  private create(parentId: string, body: Body): unknown {
    const parent = this.world.channels.get(parentId);
    if (!parent) throw new ApiError(404, 10003, 'Unknown Channel');
    if (parent.type !== 0 || !parent.guildId) throw new ApiError(400, 50024, 'Cannot execute action on this channel type');
    // Without a type, v10 makes a private thread (discord-api-types: "defaults to PRIVATE_THREAD").
    const type = body.type === undefined ? 12 : Number(body.type);
    if (type !== 11 && type !== 12) throw invalid('type: must be 11 or 12 under a text channel');
    if (typeof body.name !== 'string' || body.name.length < 1 || body.name.length > 100) throw invalid('name: must be 1-100 characters');
    const duration = body.auto_archive_duration === undefined ? 4320 : Number(body.auto_archive_duration);
    if (!ARCHIVE_DURATIONS.includes(duration)) throw invalid('auto_archive_duration: must be 60, 1440, 4320 or 10080');
    if (body.invitable !== undefined && (type !== 12 || typeof body.invitable !== 'boolean')) throw invalid('invitable: only a boolean, on a private thread');
    const need = type === 12 ? CREATE_PRIVATE_THREADS : 1n << 35n;
    if (!(this.permissions(parent.guildId) & need)) throw new ApiError(403, 50013, 'Missing Permissions');
    const thread: FakeThread = {
      id: snowflake(),
      guildId: parent.guildId,
      parentId,
      ownerId: this.world.bot.id,
      type,
      name: body.name,
      archived: false,
      locked: false,
      invitable: body.invitable === undefined ? true : body.invitable === true,
      autoArchiveDuration: duration,
      members: new Set([this.world.bot.id]),
      bodies: [body],
      createdAt: Date.now(),
    };
    this.byId.set(thread.id, thread);
    this.world.channels.set(thread.id, { id: thread.id, type: 12, guildId: thread.guildId, name: thread.name, recipientId: null });
    const json = this.json(thread);
    this.dispatch('THREAD_CREATE', { ...json, newly_created: true });
    return json;
  }

  private modify(id: string, body: Body): unknown {
    const thread = this.thread(id);
    const may = this.permissions(thread.guildId);
    const unarchives = body.archived === false;
    if (thread.archived && !unarchives) throw archivedError();
    if (body.locked !== undefined && body.locked !== thread.locked && !(may & MANAGE_THREADS)) throw new ApiError(403, 50013, 'Missing Permissions');
    if (unarchives && thread.locked && body.locked !== false && !(may & MANAGE_THREADS)) throw new ApiError(403, 50013, 'Missing Permissions');
    if (body.name !== undefined && (typeof body.name !== 'string' || body.name.length < 1 || body.name.length > 100)) throw invalid('name: must be 1-100 characters');
    if (body.auto_archive_duration !== undefined && !ARCHIVE_DURATIONS.includes(Number(body.auto_archive_duration))) throw invalid('auto_archive_duration: must be 60, 1440, 4320 or 10080');
    for (const flag of ['archived', 'locked', 'invitable'] as const)
      if (body[flag] !== undefined && typeof body[flag] !== 'boolean') throw invalid(`${flag}: must be a boolean`);
    thread.bodies.push(body);
    if (typeof body.name === 'string') thread.name = body.name;
    if (body.auto_archive_duration !== undefined) thread.autoArchiveDuration = Number(body.auto_archive_duration);
    if (typeof body.locked === 'boolean') thread.locked = body.locked;
    if (typeof body.invitable === 'boolean') thread.invitable = body.invitable;
    if (typeof body.archived === 'boolean') thread.archived = body.archived;
    const json = this.json(thread);
    this.dispatch('THREAD_UPDATE', json);
    return json;
  }

  /** The thread as the API returns it (enough for discord.js to build its ThreadChannel). */
  json(t: FakeThread) {
    return {
      id: t.id,
      type: t.type,
      guild_id: t.guildId,
      parent_id: t.parentId,
      owner_id: t.ownerId,
      name: t.name,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0,
      message_count: this.world.channelMessages(t.id).length,
      member_count: Math.min(t.members.size, 50),
      total_message_sent: this.world.channelMessages(t.id).length,
      thread_metadata: {
        archived: t.archived,
        auto_archive_duration: t.autoArchiveDuration,
        archive_timestamp: new Date(t.createdAt).toISOString(),
        locked: t.locked,
        ...(t.type === 12 ? { invitable: t.invitable } : {}),
        create_timestamp: new Date(t.createdAt).toISOString(),
      },
      member: { id: t.id, user_id: this.world.bot.id, join_timestamp: new Date(t.createdAt).toISOString(), flags: 0 },
    };
  }
}

/** The threads of one fake Discord (made on first use). */
export const threadsOf = partOfWorld((world) => new FakeThreads(world));
