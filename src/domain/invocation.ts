import type { CommunityKey, Platform, UserKey } from './platform.js';

/** Platform facts about where and by whom a command was run, supplied by the adapter. */
export interface Invocation {
  readonly platform: Platform;
  readonly user: { readonly key: UserKey; readonly displayName: string };
  /**
   * The language the platform says the person uses (Discord's interaction `locale`, Telegram's
   * `language_code`, the terminal's LANG), as the platform spells it.
   */
  readonly locale?: string | null;
  /** Present when run inside a community (guild channel, Telegram group). */
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
  /** The member's platform role ids (Discord) — trusted platform data, never from a button. */
  readonly roleIds: readonly string[];
  /** Platform-level admin (Discord Manage Server, Telegram group administrator). */
  readonly isAdmin: boolean;
}
