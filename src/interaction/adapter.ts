import type { Clock } from '../core/deps.js';
import type { PlatformDelivery } from './platform-delivery.js';
import type { CommunityKey, Platform, UserKey } from '../domain/platform.js';
import type { Reply } from './reply.js';
import type { Logger } from '../logger.js';
import type { RouteHandler } from '../ops/http.js';
import type { Durability } from '../store/open.js';
import type { KvStore } from '../store/port-kv.js';
import type { Dispatcher } from './dispatcher.js';

/**
 * A platform adapter (one folder under `bots/`): it turns platform events into `Inbound`s for the
 * dispatcher, renders the replies, and delivers the core's notifications. It holds no rules.
 */
export interface PlatformAdapter {
  readonly platform: Platform;
  readonly delivery: PlatformDelivery;
  start(): Promise<void>;
  /** Resolves when the adapter ends by itself (the terminal was closed); most never do. */
  readonly done?: Promise<void>;
  /** Stops taking updates; resolves when the connection is closed. */
  stop(): Promise<void>;
  /** Connected and taking updates (for readiness checks). */
  isReady(): boolean;
}

export interface AdapterDeps {
  readonly dispatcher: Dispatcher;
  /** The adapter's own short-lived state (pending modals, select choices), in its own namespace: never the whole store. */
  readonly kv: KvStore;
  readonly clock: Clock;
  readonly log: Logger;
  /** Whether the data survives a restart: the offline chat says so when it won't. */
  readonly durability?: Durability;
  /** The service's HTTP server, when `HTTP_PORT` is set: adapters that take HTTP (webhooks) share it. */
  readonly http?: HttpMount;
  /** Someone showed interest in a session's platform event (Discord's "Interested"): the DM for them, if any. */
  readonly eventInterest?: EventInterest;
  /** Someone wrote in a session chat's place on the platform (a Discord thread): relayed to the chat's other members. */
  readonly placeMessage?: PlaceMessage;
}

export type PlaceMessage = (community: CommunityKey, placeId: string, author: UserKey, text: string) => Promise<void>;

export type EventInterest = (community: CommunityKey, eventId: string, user: UserKey) => Promise<InterestOffer | null>;

/** The DM for one "Interested", sent once per member and session (the mark is in the store). */
export interface InterestOffer {
  readonly reply: Reply;
  /** The DM did not reach them (DMs closed, platform down): the next press may offer it again. */
  notDelivered(): Promise<void>;
}

/** Adds a route to the service's HTTP server; the route returns false for requests not its own. */
export interface HttpMount {
  mount(route: RouteHandler): void;
}
