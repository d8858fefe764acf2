import type { Community } from '../domain/community.js';
import type { PersonId } from '../domain/ids.js';
import type { Notification } from '../domain/notification.js';
import type { AnnouncementFacts } from '../domain/notifications/sessions.js';
import type { Announcement } from '../domain/session.js';

/**
 * Notifications leave the core through this port: facts for one person. Which platform carries
 * them, and in which words, is the delivery side's business (src/delivery), not the caller's.
 */
export interface Notifier {
  notify(personId: PersonId, notification: Notification): Promise<void>;
}

/**
 * A post made, and what became of the platform's own event for it: made (its id is in the
 * announcement), none (the platform has none, or the community turned them off), or refused for
 * want of the bot's permission (the moderators are told how to grant it).
 */
export interface Announced {
  readonly announcement: Announcement;
  readonly event: 'created' | 'none' | 'refused';
}

/**
 * Public posts about sessions in a community's announcement place, and their later edits (seats
 * taken, time moved, cancelled). The core hands over facts; the presentation side
 * (src/delivery/announcer.ts) says them in the community's language for its platform.
 */
export interface Announcer {
  /** Posts in the community's announcement place; null when it has none or the platform can't post. */
  /**
   * `series`: the announcements of the weekly session's previous occurrence, whose platform event
   * (recurring) the new occurrence carries on instead of making another.
   */
  announce(community: Community, facts: AnnouncementFacts, series?: readonly Announcement[]): Promise<Announced | null>;
  /** `community`: the session's, whose language the post speaks (null: it is gone, English). */
  edit(announcement: Announcement, facts: AnnouncementFacts, community: Community | null): Promise<void>;
}
