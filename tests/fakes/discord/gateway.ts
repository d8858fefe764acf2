import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { guildJson, shardOf, userJson } from './state.js';
import { eventsOf } from './scheduled-events.js';
import type { World } from './world.js';

/**
 * The gateway half of the fake Discord (JSON encoding, no compression): HELLO, IDENTIFY → READY
 * (+ GUILD_CREATE for each server), heartbeats acknowledged, dispatches numbered in sequence.
 * Events dispatched while the bot is disconnected are kept and replayed on RESUME, as Discord
 * does; `drop()` cuts the connection the ways Discord does.
 *
 * Sharding as Discord does it: IDENTIFY carries `shard: [shard_id, num_shards]` (none means
 * [0, 1]); each shard is a session of its own and gets the events of the servers whose
 * `(guild_id >> 22) % num_shards` is its id; DMs go to shard 0. A shard id out of range closes
 * the connection with 4010 (Invalid shard).
 */

interface Session {
  readonly id: string;
  readonly shard: readonly [number, number];
  seq: number;
  /** Dispatched events, for replay on resume. */
  readonly events: { s: number; t: string; d: unknown }[];
  socket: WebSocket | null;
}

export type DropMode =
  /** Close code 4000 (unknown error): the client resumes. */
  | 'close-4000'
  /** The TCP connection dies without a close frame (1006): the client resumes. */
  | 'socket'
  /** Op 7 RECONNECT: the client closes and resumes. */
  | 'reconnect'
  /** Op 9 INVALID_SESSION (not resumable): the client identifies again. */
  | 'invalid-session';

const HEARTBEAT_MS = 41_250;
/** GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT: the bot may ask for them only once granted. */
const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);
const REPLAY_LIMIT = 1_000;

export class FakeGateway {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Map<string, Session>();
  /** The live session of each shard id. */
  private readonly shards = new Map<number, Session>();
  /** The shard count the bot identified with (1 until it says otherwise). */
  private shardCount = 1;
  identifies = 0;
  /** The `shard` of each IDENTIFY, in order. */
  readonly identified: (readonly [number, number])[] = [];
  resumes = 0;
  connections = 0;
  /** Intents the bot identified with. */
  intents: number | null = null;
  /** Privileged intents turned on for the bot in the Developer Portal (none by default). */
  grantedIntents = 0;

  constructor(
    private readonly world: World,
    private readonly url: () => string,
  ) {
    this.wss.on('connection', (socket) => this.onConnection(socket));
  }

  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (!(req.url ?? '').startsWith('/gateway')) {
      socket.destroy();
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  }

  /** Is every shard identified, with its socket open? */
  get connected(): boolean {
    if (this.shards.size < this.shardCount) return false;
    return [...this.shards.values()].every((s) => s.socket?.readyState === WebSocket.OPEN);
  }

  /** The shard that gets events of `guildId` (DMs: shard 0). */
  shardFor(guildId: string | null): number {
    return guildId === null ? 0 : shardOf(guildId, this.shardCount);
  }

  /** Sends an event to the bot on the shard of its server (or keeps it for the resume when that shard is away). */
  dispatch(t: string, d: unknown): void {
    const guildId = typeof d === 'object' && d !== null && 'guild_id' in d && typeof d.guild_id === 'string' ? d.guild_id : null;
    this.dispatchOn(this.shardFor(guildId), t, d);
  }

  private dispatchOn(shard: number, t: string, d: unknown): void {
    const session = this.shards.get(shard);
    if (!session) throw new Error(`fake discord: no gateway session on shard ${shard} (is the bot started?)`);
    const event = { s: ++session.seq, t, d };
    session.events.push(event);
    if (session.events.length > REPLAY_LIMIT) session.events.shift();
    if (session.socket?.readyState === WebSocket.OPEN) session.socket.send(JSON.stringify({ op: 0, ...event }));
  }

  /** Cuts one shard's connection (shard 0 unless told). */
  drop(mode: DropMode, shard = 0): void {
    const current = this.shards.get(shard);
    const socket = current?.socket;
    if (!current || !socket) throw new Error('fake discord: nothing to drop');
    switch (mode) {
      case 'close-4000':
        socket.close(4000, 'Unknown error');
        break;
      case 'socket':
        socket.terminate();
        break;
      case 'reconnect':
        socket.send(JSON.stringify({ op: 7, d: null, s: null, t: null }));
        break;
      case 'invalid-session':
        this.sessions.delete(current.id);
        socket.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
        break;
    }
    if (mode === 'close-4000' || mode === 'socket') current.socket = null;
  }

  close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }

  private onConnection(socket: WebSocket): void {
    this.connections++;
    const send = (payload: object) => socket.readyState === WebSocket.OPEN && socket.send(JSON.stringify(payload));
    send({ op: 10, d: { heartbeat_interval: HEARTBEAT_MS, _trace: ['fake-discord'] }, s: null, t: null });
    socket.on('message', (raw) => {
      let payload: { op: number; d: Record<string, unknown> | number | null };
      try {
        payload = JSON.parse(String(raw));
      } catch {
        socket.close(4002, 'Decode error');
        return;
      }
      const d = (payload.d ?? {}) as Record<string, unknown>;
      switch (payload.op) {
        case 1:
          send({ op: 11, d: null, s: null, t: null });
          break;
        case 2:
          if (d.token !== this.world.token) {
            socket.close(4004, 'Authentication failed.');
            return;
          }
          {
            const shard = Array.isArray(d.shard) ? [Number(d.shard[0]), Number(d.shard[1])] as const : ([0, 1] as const);
            if (!(Number.isInteger(shard[0]) && Number.isInteger(shard[1]) && shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1])) {
              socket.close(4010, 'Invalid shard.');
              return;
            }
            // Privileged intents the Developer Portal has not turned on: Discord closes with 4014.
            if (Number(d.intents) & PRIVILEGED_INTENTS & ~this.grantedIntents) {
              socket.close(4014, 'Disallowed intent(s).');
              return;
            }
            this.identifies++;
            this.identified.push(shard);
            this.intents = Number(d.intents);
            this.identify(socket, shard);
          }
          break;
        case 6: {
          const session = this.sessions.get(String(d.session_id));
          if (d.token !== this.world.token || !session) {
            send({ op: 9, d: false, s: null, t: null });
            return;
          }
          this.resumes++;
          if (session.socket && session.socket !== socket) session.socket.terminate();
          session.socket = socket;
          this.shards.set(session.shard[0], session);
          for (const e of session.events.filter((e) => e.s > Number(d.seq))) send({ op: 0, ...e });
          this.dispatchOn(session.shard[0], 'RESUMED', { _trace: ['fake-discord'] });
          break;
        }
        default:
          // Presence updates, member requests…: accepted, ignored.
          break;
      }
    });
    socket.on('close', () => {
      for (const s of this.sessions.values()) if (s.socket === socket) s.socket = null;
    });
  }

  private identify(socket: WebSocket, shard: readonly [number, number]): void {
    const previous = this.shards.get(shard[0]);
    if (previous?.socket && previous.socket !== socket) previous.socket.terminate();
    const session: Session = { id: `session-${Math.random().toString(36).slice(2)}`, shard, seq: 0, events: [], socket };
    this.sessions.set(session.id, session);
    this.shardCount = shard[1];
    this.shards.set(shard[0], session);
    const guilds = [...this.world.guilds.values()].filter((g) => shardOf(g.id, shard[1]) === shard[0]);
    this.dispatchOn(shard[0], 'READY', {
      v: 10,
      user: { ...userJson(this.world.bot), verified: true, mfa_enabled: false, flags: 0 },
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.url(),
      shard,
      application: { id: this.world.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
    });
    for (const g of guilds) this.dispatchOn(shard[0], 'GUILD_CREATE', eventsOf(this.world).guildCreate(guildJson(g)));
  }
}
