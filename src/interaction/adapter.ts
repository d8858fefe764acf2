import type { Clock } from '../core/deps.js';
import type { PlatformDelivery } from './platform-delivery.js';
import type { CommunityKey, Platform, UserKey } from '../domain/platform.js';
import type { Reply } from './reply.js';
import type { Logger } from '../logger.js';
import type { RouteHandler } from '../ops/http.js';
import type { Store } from '../store/port.js';
import type { Dispatcher } from './dispatcher.js';

/**
 * A platform adapter (one folder under `bots/`): it turns platform events into `Inbound`s for the
 * dispatcher, renders the replies, and delivers the core's notifications. It holds no rules.
 */
export interface PlatformAdapter {
  readonly platform: Platform;
  readonly delivery: PlatformDelivery;
  start(): Promise<void>;
  /** Stops taking updates; resolves when the connection is closed. */
  stop(): Promise<void>;
  /** Connected and taking updates (for readiness checks). */
  isReady(): boolean;
}

export interface AdapterDeps {
  readonly dispatcher: Dispatcher;
  readonly store: Store;
  readonly clock: Clock;
  readonly log: Logger;
  /** The service's HTTP server, when `HTTP_PORT` is set: adapters that take HTTP (webhooks) share it. */
  readonly http?: HttpMount;
  /** Someone showed interest in a session's platform event (Discord's "Interested"): the DM for them, if any. */
  readonly eventInterest?: EventInterest;
  /** Someone wrote in a session chat's place on the platform (a Discord thread): relayed to the chat's other members. */
  readonly placeMessage?: PlaceMessage;
}

export type PlaceMessage = (community: CommunityKey, placeId: string, author: UserKey, text: string) => Promise<void>;

export type EventInterest = (community: CommunityKey, eventId: string, user: UserKey) => Promise<Reply | null>;

/** Adds a route to the service's HTTP server; the route returns false for requests not its own. */
export interface HttpMount {
  mount(route: RouteHandler): void;
}
