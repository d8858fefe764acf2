import type { PersonId, SessionId } from '../domain/ids.js';
import type { CommunityKey } from '../domain/platform.js';
import type { ChatPlace, ChatPlaceMember } from '../domain/session-chat-place.js';

/** The session chat places part of the storage port (src/store/port.ts holds the rules every adapter keeps). */
export interface ChatPlacesRepo {
  /**
   * Keeps the place of a session that has none yet; false (nothing changed) when the session
   * already has one: two first seats at once make one place. StoreInvalid for a malformed one.
   */
  open(place: ChatPlace): Promise<boolean>;
  get(sessionId: SessionId): Promise<ChatPlace | null>;
  /** The place a message on the platform was posted in. */
  findByPlace(community: CommunityKey, placeId: string): Promise<ChatPlace | null>;
  /** Replaces who is in it; nothing for a session without a place. */
  setMembers(sessionId: SessionId, members: readonly ChatPlaceMember[]): Promise<void>;
  /** Marks it closed at `at`; true only for the call that closed it (a closed one stays as it was). */
  close(sessionId: SessionId, at: Date): Promise<boolean>;
  /**
   * Whether the community's moderators were told the bot may not open places there, set in one
   * conditional step: true only for the call that changed it (telling them once).
   */
  markPermissionTold(community: CommunityKey, told: boolean): Promise<boolean>;
  /** The person is taken out of every place's members. */
  erasePerson(personId: PersonId): Promise<void>;
}
