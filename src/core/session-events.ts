/**
 * The platform's own events for announced sessions (Discord's scheduled events): what the core
 * decides about them. The events themselves are made and kept in step by the delivery side with
 * each announcement; here, the moderators hear once when the bot may not make them, and a member
 * who showed interest in one gets the session's "Request to join".
 */
import { type Community, isBanned } from '../domain/community.js';
import type { ActionId, PersonId, SessionId } from '../domain/ids.js';
import type { AnnouncementFacts } from '../domain/notifications/sessions.js';
import type { CommunityKey, UserKey } from '../domain/platform.js';
import type { Profile } from '../domain/profile.js';
import { endsAt, isLive } from '../domain/session.js';
import type { Actions } from './actions.js';
import type { CoreDeps } from './deps.js';
import { MODERATOR_FRESH_DAYS } from './moderation-reports.js';
import type { Announced } from './notify.js';
import { SessionKit } from './sessions-kit.js';

const DAY_MS = 86_400_000;

/**
 * After an announcement: a refused event tells the community's moderators how to grant the
 * permission, once; an event made again clears that, so losing the permission later tells them
 * again. Never fails the announcement.
 */
export async function eventOutcome(deps: CoreDeps, community: Community, event: Announced['event']): Promise<void> {
  try {
    if (event === 'created') await deps.store.communities.markEventsPermissionTold(community.id, false);
    // Only the announcement that flips the mark tells: two at once tell the moderators once.
    if (event !== 'refused' || !(await deps.store.communities.markEventsPermissionTold(community.id, true))) return;
    const current = (await deps.store.communities.get(community.id)) ?? community;
    const recipients = await moderatorsOf(deps, current);
    for (const id of recipients) await deps.notifier.notify(id, { kind: 'events-permission-missing', community: current.name });
    deps.log.info({ communityId: current.id, told: recipients.length }, 'moderators told the bot may not make events');
  } catch (error) {
    deps.log.warn({ communityId: community.id, err: (error as Error).message }, 'events permission notice failed');
  }
}

/** Who moderates the community, as reports reach them: those seen moderating lately, else the owners. */
export async function moderatorsOf(deps: CoreDeps, community: Community): Promise<PersonId[]> {
  const now = deps.clock().getTime();
  const fresh = community.moderators.filter((m) => now - m.seenAt.getTime() < MODERATOR_FRESH_DAYS * DAY_MS).map((m) => m.personId);
  if (fresh.length > 0) return [...new Set(fresh)];
  const owners = await Promise.all(deps.settings.owners.map((key) => deps.store.people.findByIdentity(key)));
  return [...new Set(owners.filter((p): p is Profile => p !== null).map((p) => p.id))];
}

/**
 * The mark that a member was sent the DM for a session's event: one per member and occurrence,
 * kept in the store so a restart (or a second process) does not send it again. It lapses when
 * the session ends, after which nobody is offered a seat in it anyway.
 */
const interestMarker = (sessionId: SessionId, user: UserKey): ActionId => `interest-${sessionId}-${user}` as ActionId;

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
    const mark = { id: interestMarker(s.id, user), actorId: person?.id ?? null, command: 'interest-dm', args: {}, createdAt: now, expiresAt: endsAt(s) };
    if (await store.actions.claim(mark, now)) return null;
    return { facts: await this.kit.announcement(s, now), community, person };
  }

  /** The DM offered for an "Interested" did not reach the member: a later press may try again. */
  async interestNotDelivered(sessionId: SessionId, user: UserKey): Promise<void> {
    await this.deps.store.actions.delete(interestMarker(sessionId, user));
  }
}
