import { EventEmitter } from 'node:events';
import type { ModalInput } from './validate.js';
import { type Embed, type FakeAttachment, type FakeChannel, type FakeGuild, type FakeMessage, type FakeUser, type Row, snowflake } from './state.js';

/** One request the bot made, as the fake answered it. */
export interface RecordedRequest {
  readonly method: string;
  /** Path without the `/api/v10` prefix, e.g. `/channels/123/messages`. */
  readonly path: string;
  readonly query: string;
  readonly body: unknown;
  readonly files: readonly { name: string; data: Buffer }[];
  status: number;
  readonly at: number;
}

export interface FakeInteraction {
  readonly id: string;
  readonly token: string;
  /** 2 command, 3 component, 4 autocomplete, 5 modal submit. */
  readonly type: 2 | 3 | 4 | 5;
  readonly userId: string;
  readonly channelId: string;
  readonly guildId: string | null;
  readonly createdAt: number;
  /** The message whose component was used (components, modals opened from a message). */
  readonly source: FakeMessage | null;
  ack: { readonly type: number; readonly at: number } | null;
  /** The response message (for an update, the component's message). */
  original: FakeMessage | null;
  readonly followups: FakeMessage[];
  modal: ModalInput | null;
  choices: { name: string; value: string | number }[] | null;
}

/** State shared by the REST side, the gateway and the test-facing API. */
export class World extends EventEmitter {
  readonly bot: FakeUser;
  readonly users = new Map<string, FakeUser>();
  readonly guilds = new Map<string, FakeGuild>();
  readonly channels = new Map<string, FakeChannel>();
  readonly messages = new Map<string, FakeMessage>();
  readonly interactions = new Map<string, FakeInteraction>();
  readonly byToken = new Map<string, FakeInteraction>();
  readonly requests: RecordedRequest[] = [];
  /** Requests to routes the fake doesn't know (to spot what discord.js sends). */
  readonly unknownRoutes: string[] = [];
  /** Users whose DMs are closed: a DM to them answers 403 / 50007. */
  readonly closedDms = new Set<string>();
  /** Registered application commands: `global` or a guild id → commands (with ids). */
  readonly commands = new Map<string, ({ id: string; name: string } & Record<string, unknown>)[]>();
  /** Failures to answer instead of the real thing, for the next matching requests. */
  readonly faults: { method: string; path: RegExp; status: number; code: number; message: string; times: number }[] = [];
  /** 401, 403 and 429 answers (Discord bans a bot for 10,000 of them in 10 minutes). */
  invalidRequests = 0;
  rateLimited = 0;

  constructor(
    readonly token: string,
    readonly applicationId: string,
  ) {
    super();
    this.setMaxListeners(0);
    this.bot = { id: applicationId, username: 'Spotter', global_name: 'Spotter', bot: true };
    this.users.set(this.bot.id, this.bot);
  }

  dmChannelOf(userId: string): FakeChannel {
    for (const c of this.channels.values()) if (c.type === 1 && c.recipientId === userId) return c;
    const channel: FakeChannel = { id: snowflake(), type: 1, guildId: null, name: null, recipientId: userId };
    this.channels.set(channel.id, channel);
    return channel;
  }

  createMessage(channelId: string, input: { content?: string; embeds?: Embed[]; components?: Row[]; flags?: number }, attachments: FakeAttachment[], interactionId: string | null): FakeMessage {
    const m: FakeMessage = {
      id: snowflake(),
      channelId,
      content: input.content ?? '',
      embeds: input.embeds ?? [],
      components: input.components ?? [],
      attachments,
      flags: input.flags ?? 0,
      interactionId,
      deleted: false,
      history: [],
      createdAt: Date.now(),
    };
    this.messages.set(m.id, m);
    this.emit('message', m);
    return m;
  }

  /** Applies an edit: only the fields given are replaced. */
  editMessage(m: FakeMessage, input: { content?: string; embeds?: Embed[]; components?: Row[]; attachments?: unknown[] }, files: FakeAttachment[]): void {
    m.history.push({ content: m.content, embeds: m.embeds, components: m.components });
    if (input.content !== undefined && input.content !== null) m.content = input.content;
    if (input.embeds !== undefined) m.embeds = input.embeds ?? [];
    if (input.components !== undefined) m.components = input.components ?? [];
    if (input.attachments !== undefined && files.length === 0) m.attachments = [];
    if (files.length) m.attachments = files;
    this.emit('message', m);
  }

  /** Messages in a channel, oldest first, without deleted ones. */
  channelMessages(channelId: string): FakeMessage[] {
    return [...this.messages.values()].filter((m) => m.channelId === channelId && !m.deleted);
  }

  record(r: RecordedRequest): void {
    this.requests.push(r);
    this.emit('request', r);
  }

  /** Resolves when `check` passes (re-checked after every request and message, and every 20 ms), or rejects after `ms`. */
  waitFor<T>(check: () => T | undefined | null | false, ms = 5_000, what = 'condition'): Promise<T> {
    const now = check();
    if (now) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const listener = () => {
        const value = check();
        if (value) {
          cleanup();
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake discord: timed out after ${ms} ms waiting for ${what}`));
      }, ms);
      // Some conditions (connections, the bot's own state) change without a request: poll too.
      const poll = setInterval(listener, 20);
      const cleanup = () => {
        clearTimeout(timer);
        clearInterval(poll);
        this.off('request', listener);
        this.off('message', listener);
        this.off('interaction', listener);
      };
      this.on('request', listener);
      this.on('message', listener);
      this.on('interaction', listener);
    });
  }
}

/**
 * A part of one fake Discord kept beside it (scheduled events, threads), made on first use, so the
 * world itself needn't know every area of the API the fake serves.
 */
export function partOfWorld<T>(make: (world: World) => T): (world: World) => T {
  const parts = new WeakMap<World, T>();
  return (world) => {
    let part = parts.get(world);
    if (part === undefined) {
      part = make(world);
      parts.set(world, part);
    }
    return part;
  };
}
