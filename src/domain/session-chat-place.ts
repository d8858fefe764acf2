import type { PersonId, SessionId } from './ids.js';
import type { CommunityKey } from './platform.js';

/**
 * A session chat's home on the community's own platform (a Discord private thread): where the
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
