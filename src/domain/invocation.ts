import type { CommunityKey, Platform, UserKey } from './platform.js';

/** Platform facts about where and by whom a command was run, supplied by the adapter. */
export interface Invocation {
  readonly platform: Platform;
  readonly user: {
    readonly key: UserKey;
    readonly displayName: string;
    /**
     * The account's unique handle as the platform reports it with this event: null when the
     * account has none (any more), absent when the platform has no handles at all.
     */
    readonly handle?: string | null;
  };
  /**
   * The language the platform says the person uses (an interaction's `locale`, a user's
   * `language_code`, the terminal's LANG), as the platform spells it.
   */
  readonly locale?: string | null;
  /** Present when run inside a community (a server's channel, a group). */
  readonly community: CommunityMembership | null;
  /**
   * A community the person acts for from a private chat (the one they last used, or the one a
   * deep link named), so `session create` in a DM still knows where to announce.
   */
  readonly homeCommunity?: CommunityKey | null;
}

export interface CommunityMembership {
  readonly key: CommunityKey;
  readonly name: string;
  /** The member's platform role ids, where the platform has roles — trusted platform data, never from a button. */
  readonly roleIds: readonly string[];
  /** Platform-level admin (may manage the server, administers the group). */
  readonly isAdmin: boolean;
  /**
   * The platform's id of the channel it was run in (a server channel, or a thread in one), where
   * the platform says; a command written in a session chat's own place knows its session by it.
   */
  readonly channelId?: string | null;
}
