import type { ActionId, PersonId, SessionId } from '../ids.js';
import type { SessionStatus } from '../session.js';

/**
 * What a report is about, as moderators are shown it: names and ids, never positions. `name` is
 * null when that person has left Spotter.
 */
export type ReportSubject =
  | { readonly kind: 'person'; readonly id: PersonId; readonly name: string | null }
  /** An appeal against a no-show pause: whose, and until when it runs (null once over). */
  | { readonly kind: 'pause'; readonly id: PersonId; readonly name: string | null; readonly until: Date | null }
  | { readonly kind: 'message'; readonly authorId: PersonId; readonly authorName: string | null; readonly excerpt: string }
  | {
      readonly kind: 'session';
      readonly id: SessionId;
      readonly title: string;
      readonly startsAt: Date;
      readonly status: SessionStatus;
      readonly hostId: PersonId;
      readonly hostName: string | null;
    }
  | { readonly kind: 'session-gone'; readonly id: SessionId };

/** Bans, reports, and what moderators and the people concerned are told of them. */
export type ModerationNotification =
  /** Told once, privately, to the person banned: not who did it, nor why. */
  | { readonly kind: 'banned'; readonly community: string }
  /** Pushed to a moderator: a new report; `reporter` is null when they have left. */
  | {
      readonly kind: 'report-arrived';
      readonly community: string;
      readonly reporter: string | null;
      readonly filedAt: Date;
      readonly subject: ReportSubject;
      readonly reason: string;
      readonly open: ActionId;
    }
  /** To the reporter: a moderator has looked at it (not who, nor what was done). */
  | { readonly kind: 'report-reviewed'; readonly community: string };
