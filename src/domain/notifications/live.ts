import type { SessionCard } from './sessions.js';

/**
 * While a session happens. A late notice names who and how many minutes: never where they are.
 * `toHost`: the recipient hosts the session (the words differ a little).
 */
export type LiveNotification = {
  readonly kind: 'session-running-late';
  readonly session: SessionCard;
  readonly who: string;
  readonly minutes: number;
  readonly toHost: boolean;
};
