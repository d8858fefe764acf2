import type { Community } from '../domain/community.js';
import type { Platform } from '../domain/platform.js';
import type { Announcement } from '../domain/session.js';
import type { Reply } from './reply.js';
import type { EventMade, SessionEvent } from './platform-events.js';
import type { PlaceDelivery } from './platform-places.js';

/** How an adapter takes messages nobody asked for (notifications, announcements): its port to delivery. */

export type DeliveryOutcome =
  | { readonly kind: 'sent' }
  /** DMs closed, bot blocked or never started: recorded, not retried. */
  | { readonly kind: 'unreachable'; readonly reason: string }
  /** Rate limited: try again after this long. */
  | { readonly kind: 'throttled'; readonly retryAfterMs: number };

/** A token bucket: `perSecond` sustained, `burst` at most at once. */
export interface Rate {
  readonly perSecond: number;
  readonly burst: number;
}

/** How fast one platform may be sent to: overall, and to any one chat (its plug-in declares them). */
export interface PlatformLimits {
  readonly global: Rate;
  readonly perChat: Rate;
  /** Sends in flight at once (waiting for the platform's answer). */
  readonly concurrency: number;
}

/** What a platform adapter offers the core for messages it did not ask for (and, optionally, places for session chats). */
export interface PlatformDelivery {
  readonly platform: Platform;
  /** Places for session chats (Discord's private threads, Telegram's forum topics), when the platform has them. */
  readonly places?: PlaceDelivery;
  /** How fast the sender may send here, a little inside what the platform allows; unset: no limit (a terminal, a test double). */
  readonly limits?: PlatformLimits;
  sendToUser(platformUserId: string, message: Reply): Promise<DeliveryOutcome>;
  /** Posts a public message in a community's announcement place; null if it has none. */
  announce?(community: Community, message: Reply): Promise<Omit<Announcement, 'community'> | null>;
  editAnnouncement?(announcement: Announcement, message: Reply): Promise<void>;
  /** Makes the community's own event for an announced session (Discord: a Guild Scheduled Event). */
  createEvent?(community: Community, event: SessionEvent): Promise<EventMade>;
  /** Brings the event in line with the session (details, status); an event gone is left alone. */
  updateEvent?(announcement: Announcement, eventId: string, event: SessionEvent): Promise<void>;
}
