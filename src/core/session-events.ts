/**
 * The platform's own events for announced sessions (Discord's scheduled events): what the core
 * decides about them. The events themselves are made and kept in step by the delivery side with
 * each announcement (SessionKit.announce tells the moderators once when the bot may not make
 * them); here, a member who showed interest in one gets the session's "Request to join".
 */
import { markKeys } from '../domain/marks.js';
import { type Community, isBanned } from '../domain/community.js';
import type { SessionId } from '../domain/ids.js';
import type { AnnouncementFacts } from '../domain/notifications/sessions.js';
import type { CommunityKey, UserKey } from '../domain/platform.js';
import type { Profile } from '../domain/profile.js';
import { endsAt, isLive } from '../domain/session.js';
import type { Actions } from './actions.js';
import type { CoreDeps } from './deps.js';
import { SessionKit } from './sessions-kit.js';

/**
 * The mark that a member was sent the DM for a session's event: one per member and occurrence,
 * kept in the store so a restart (or a second process) does not send it again. It lapses when
 * the session ends, after which nobody is offered a seat in it anyway.
 */

/** A session someone showed interest in on the platform, as its announcement tells of it. */
export interface Interest {
  readonly facts: AnnouncementFacts;
  readonly community: Community;
  /** The person, when they already use Spotter (their language, their zone). */
  readonly person: Profile | null;
}

export class SessionEventsService {
  private readonly kit: SessionKit;

  constructor(
    private readonly deps: CoreDeps,
    actions: Actions,
  ) {
    this.kit = new SessionKit(deps, actions);
  }

  /**
   * Someone pressed "Interested" on the event of a session announced in `communityKey`: the
   * session's card with the same "Request to join" action its announcement carries. Nothing for a
   * session no longer taking people, a host of their own session, someone banned there or
   * someone the host and they blocked (silently, as if it were not there), and nothing the
   * second time for the same member and session (see interestNotDelivered when a DM failed).
   */
  async interested(communityKey: CommunityKey, eventId: string, user: UserKey): Promise<Interest | null> {
    const { store } = this.deps;
    const s = await store.sessions.findByEvent(communityKey, eventId);
    if (!s || !isLive(s) || s.visibility !== 'public' || !s.communityId) return null;
    const now = this.kit.now();
    if (s.startsAt <= now) return null;
    const community = await store.communities.get(s.communityId);
    if (!community) return null;
    const person = await store.people.findByIdentity(user);
    if (person) {
      if (person.id === s.hostId || s.participants.includes(person.id) || isBanned(community, person)) return null;
      if (!(await this.kit.visible(person, s))) return null;
    }
    // Claimed before anything is sent: of two presses at once (or two processes), one DMs.
    const mark = { kind: 'event-interest', session: s.id, user, personId: person?.id ?? null, createdAt: now, expiresAt: endsAt(s) } as const;
    if (await store.marks.claim(mark, now)) return null;
    return { facts: await this.kit.announcement(s, now), community, person };
  }

  /** The DM offered for an "Interested" did not reach the member: a later press may try again. */
  async interestNotDelivered(sessionId: SessionId, user: UserKey): Promise<void> {
    await this.deps.store.marks.delete(markKeys.eventInterest(sessionId, user));
  }
}
