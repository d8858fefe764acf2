import type { PersonId, SessionId } from '../../domain/ids.js';
import type { CommunityKey } from '../../domain/platform.js';
import type { ChatPlace, ChatPlaceMember } from '../../domain/session-chat-place.js';
import type { ChatPlacesRepo } from '../port-chat-places.js';
import { assertValid } from '../validate.js';
import { checkChatPlace, checkChatPlaceMembers } from '../validate-chat-places.js';

/** Session chat places by session, handed out as copies as MongoDB would. */
export class MemoryChatPlaces implements ChatPlacesRepo {
  private readonly bySession = new Map<SessionId, ChatPlace>();
  private readonly told = new Set<CommunityKey>();

  async open(place: ChatPlace): Promise<boolean> {
    assertValid('chat place', checkChatPlace(place));
    if (this.bySession.has(place.sessionId)) return false;
    this.bySession.set(place.sessionId, structuredClone(place));
    return true;
  }

  async get(sessionId: SessionId): Promise<ChatPlace | null> {
    const place = this.bySession.get(sessionId);
    return place ? structuredClone(place) : null;
  }

  async findByPlace(community: CommunityKey, placeId: string): Promise<ChatPlace | null> {
    for (const place of this.bySession.values()) if (place.community === community && place.placeId === placeId) return structuredClone(place);
    return null;
  }

  async setMembers(sessionId: SessionId, members: readonly ChatPlaceMember[]): Promise<void> {
    assertValid('chat place members', checkChatPlaceMembers(members));
    const place = this.bySession.get(sessionId);
    if (place) this.bySession.set(sessionId, { ...place, members: structuredClone([...members]) });
  }

  async close(sessionId: SessionId, at: Date): Promise<boolean> {
    const place = this.bySession.get(sessionId);
    if (!place || place.closedAt) return false;
    this.bySession.set(sessionId, { ...place, closedAt: new Date(at) });
    return true;
  }

  async markPermissionTold(community: CommunityKey, told: boolean): Promise<boolean> {
    if (this.told.has(community) === told) return false;
    if (told) this.told.add(community);
    else this.told.delete(community);
    return true;
  }

  async erasePerson(personId: PersonId): Promise<void> {
    for (const [id, place] of this.bySession)
      if (place.members.some((m) => m.personId === personId)) this.bySession.set(id, { ...place, members: place.members.filter((m) => m.personId !== personId) });
  }
}
