/** What the community's own events (a server's scheduled events) give people to hear. */
export type EventsNotification =
  /**
   * To the community's moderators, once until it is fixed: the bot may not make the platform's
   * events there, so sessions are announced without them.
   */
  { readonly kind: 'events-permission-missing'; readonly community: string };
