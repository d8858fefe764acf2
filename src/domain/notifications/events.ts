import type { PlaceRights } from '../session-chat-place.js';

/** What the community's own events (a server's scheduled events) give people to hear. */
export type EventsNotification =
  /**
   * To the community's moderators, once until it is fixed: the bot may not make the platform's
   * events there, so sessions are announced without them.
   */
  | { readonly kind: 'events-permission-missing'; readonly community: string }
  /**
   * To the community's moderators, once until it is fixed: the bot may not open a private thread
   * for each session's chat there, so its chats are relayed through private messages.
   */
  | { readonly kind: 'chat-place-permission-missing'; readonly community: string; readonly missing: PlaceRights };
