import type { CommunityKey, Platform, UserKey } from './platform.js';

/**
 * Platform facts about who acts and where, as the core needs them: the core reads these and no
 * interaction type (src/interaction's `Invocation` has this very shape, so an adapter's event passes
 * as it is).
 */
export interface Invocation {
  readonly platform: Platform;
  readonly user: { readonly key: UserKey; readonly displayName: string };
  /** The language the platform says the person uses, as the platform spells it. */
  readonly locale?: string | null;
  /** Present when run inside a community (guild channel, Telegram group). */
  readonly community: CommunityMembership | null;
  /** A community the person acts for from a private chat. */
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
