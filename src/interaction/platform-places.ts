import type { Community } from '../domain/community.js';
import type { CommunityKey } from '../domain/platform.js';
import type { Announcement } from '../domain/session.js';
import type { PlaceKind, PlaceMade } from '../domain/session-chat-place.js';
import type { Reply } from './reply.js';

/**
 * A platform's places for session chats (Discord: private threads), as delivery offers them.
 * Every call names the community the place is in; ids are the platform's own.
 */
export interface PlaceDelivery {
  /** A home the members talk in (Discord threads), or a board the community reads (Telegram topics). */
  readonly placeKind: PlaceKind;
  /**
   * Whether what members write in a place reaches the bot (Discord: with the privileged Message
   * Content intent). When not, members elsewhere read only what is sent with a command.
   */
  readonly readsPlace: boolean;
  /** Opens a place named `name` beside the session's announcement. */
  openPlace(community: Community, announcement: Announcement, name: string): Promise<PlaceMade>;
  /** False when the platform would not let them in (left the server, the place is gone). */
  addToPlace(community: CommunityKey, placeId: string, userId: string): Promise<boolean>;
  removeFromPlace(community: CommunityKey, placeId: string, userId: string): Promise<void>;
  /** Posts in the place; `mention`: members it names and notifies (nobody else is ever pinged). */
  postInPlace(community: CommunityKey, placeId: string, message: Reply, mention: readonly string[]): Promise<void>;
  /** Locks and archives it. */
  closePlace(community: CommunityKey, placeId: string): Promise<void>;
}
