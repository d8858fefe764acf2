import type { AttendanceNotification } from './notifications/attendance.js';
import type { BuddyNotification } from './notifications/buddies.js';
import type { EventsNotification } from './notifications/events.js';
import type { LiveNotification } from './notifications/live.js';
import type { MatchNotification } from './notifications/matching.js';
import type { MeetingNotification } from './notifications/meetings.js';
import type { ModerationNotification } from './notifications/moderation.js';
import type { PeopleNotification } from './notifications/people.js';
import type { PlanNotification } from './notifications/plan.js';
import type { RoundNotification } from './notifications/rounds.js';
import type { SessionNotification } from './notifications/sessions.js';
import type { SessionChatNotification } from './notifications/session-chat.js';

export type { PersonCard } from './notifications/people.js';
export { personCard } from './notifications/people.js';

/**
 * What the core tells one person, as facts (ids, names, instants, counts) and never as words.
 * It may wait in the outbox; the presentation layer (src/views/notifications) says it when it is
 * delivered, in the recipient's language and zone, for the platform that carries it.
 * Each area keeps its kinds in `notifications/<area>.ts`.
 */
export type Notification =
  | AttendanceNotification
  | BuddyNotification
  | EventsNotification
  | LiveNotification
  | MatchNotification
  | MeetingNotification
  | ModerationNotification
  | PeopleNotification
  | PlanNotification
  | RoundNotification
  | SessionNotification
  | SessionChatNotification
  | PrerenderedNotification;

export type NotificationKind = Notification['kind'];

/**
 * A message whose words were written before it was queued: outbox rows from before notifications
 * were facts. Shown as written.
 */
export interface PrerenderedNotification {
  readonly kind: 'prerendered';
  readonly reply: Readonly<Record<string, unknown>>;
}

export const prerendered = (reply: object): PrerenderedNotification => ({ kind: 'prerendered', reply: { ...reply } });
