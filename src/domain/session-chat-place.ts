import type { PersonId, SessionId } from './ids.js';
import type { CommunityKey } from './platform.js';

/**
 * A session chat's home on the community's own platform (a private thread): where the
 * members on that platform talk, instead of hearing each other through private messages.
 * `members` is who the bot added there (a person and their account on that platform), so the
 * place follows the seats: people let in as they get one, taken out when they go.
 */
export interface ChatPlace {
  readonly sessionId: SessionId;
  readonly community: CommunityKey;
  /** The platform's id of the place (a thread's channel id). */
  readonly placeId: string;
  readonly members: readonly ChatPlaceMember[];
  readonly openedAt: Date;
  /** When it was locked (a day after the session, or when it was called off); null while open. */
  readonly closedAt: Date | null;
}

export interface ChatPlaceMember {
  readonly personId: PersonId;
  /** Their account's id on the place's platform. */
  readonly userId: string;
}

/** A session as its place names it: the host's title, when it starts, and the zone it is set in (for platforms that write times out). */
export interface PlaceSessionCard {
  readonly title: string;
  readonly startsAt: Date;
  readonly timeZone: string;
}

/**
 * What Spotter says in a session's place, as facts: the community's platform says them in the
 * community's language. Mentions are platform user ids of members of the place.
 */
export type PlaceNotice =
  /** The chat opened: everyone let in is named, so they notice it. */
  | { readonly kind: 'opened'; readonly session: PlaceSessionCard; readonly mention: readonly string[]; readonly board: boolean }
  /**
   * Someone got a seat or gave it up; `mention`: their account here, when they are let in. On a
   * board (read by the whole community) nobody is named: `who` is null.
   */
  | { readonly kind: 'seat'; readonly session: PlaceSessionCard; readonly who: string | null; readonly change: 'joined' | 'left'; readonly mention: readonly string[] }
  /** The session starts in `leadMinutes`. */
  | { readonly kind: 'reminder'; readonly session: PlaceSessionCard; readonly leadMinutes: number }
  /** A member who is not in the place (another platform, or kept apart) wrote to the chat. */
  | { readonly kind: 'message'; readonly session: PlaceSessionCard; readonly from: string; readonly body: string }
  /**
   * The first member on another platform got a seat (or was there when it opened): they read the
   * place only as the bot relays it. Said only where the bot can't read what members write
   * there, so what they read is only what is sent with a command.
   */
  | { readonly kind: 'elsewhere'; readonly session: PlaceSessionCard }
  /** The place closes: the session was called off, or it ended a day ago. */
  | { readonly kind: 'closed'; readonly session: PlaceSessionCard; readonly cancelled: boolean };

/**
 * What a platform's places are: a `home` the chat's members talk in, only they can read (a private
 * thread), or a `board` the whole community reads (a forum topic), where
 * Spotter only posts what concerns the session and the conversation stays relayed.
 */
export type PlaceKind = 'home' | 'board';

/**
 * What the bot lacks when a platform refuses it a place: the admin right to manage a forum's
 * topics, or the permissions to make and keep private threads. The platform says which; the
 * moderators are told in that platform's words.
 */
export type PlaceRights = 'topic-rights' | 'thread-permissions';

/** What became of an attempt to open a place: opened (its id), refused for want of `missing`, or failed otherwise (logged). */
export type PlaceMade =
  | { readonly kind: 'opened'; readonly placeId: string }
  | { readonly kind: 'refused'; readonly missing: PlaceRights }
  | { readonly kind: 'failed' };
