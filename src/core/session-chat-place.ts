/**
 * A session chat's place on its community's own platform: the port the platform implements, and
 * what the core decides about it. In a home (a Discord private thread) the members on the
 * community's platform talk; everyone else (another platform, or one of a pair kept apart by a
 * block) stays on the relay through private chats, and the two are joined: relayed messages are
 * posted in the place with their author's name, and messages written in the place are relayed out.
 *
 * A board (a Telegram forum topic) is read by the whole group: Telegram can't keep a topic to
 * the session's people, and a blocked pair would read each other there. So Spotter posts only what
 * concerns the session (opened, seats taken or given up without names, reminders, closed) and the
 * conversation itself stays relayed, as a forum's members expect of a session's topic.
 */
import type { Community } from '../domain/community.js';
import type { PersonId, SessionId } from '../domain/ids.js';
import { decodeCommunityKey, decodeUserKey, type Platform } from '../domain/platform.js';
import type { Profile } from '../domain/profile.js';
import type { Announcement, WorkoutSession } from '../domain/session.js';
import { chatMembers, keptApart } from '../domain/session-chat.js';
import type { ChatPlace, ChatPlaceMember, PlaceKind, PlaceMade, PlaceNotice, PlaceRights, PlaceSessionCard } from '../domain/session-chat-place.js';
import { isLive } from '../domain/session.js';
import type { CoreDeps } from './deps.js';
import { tellModeratorsOnce } from './moderation-reports.js';


/** The platforms' places for session chats; the delivery side routes each call to the community's platform. */
export interface ChatPlaces {
  /** What the community's platform's places are; null when it has none. */
  kind(community: Community): PlaceKind | null;
  /** Opens the place of a session announced in `announcement` (the thread lives beside the post). */
  open(community: Community, announcement: Announcement, session: PlaceSessionCard): Promise<PlaceMade>;
  /** Lets a member in; false when the platform would not (they left the server, the place is gone). */
  add(place: ChatPlace, userId: string): Promise<boolean>;
  remove(place: ChatPlace, userId: string): Promise<void>;
  /** Says something in the place, in the community's language. */
  tell(place: ChatPlace, community: Community, notice: PlaceNotice): Promise<void>;
  /** Locks and archives it: nobody writes there any more, and it leaves the members' lists. */
  close(place: ChatPlace): Promise<void>;
}

export const placeCard = (s: WorkoutSession): PlaceSessionCard => ({ title: s.title, startsAt: s.startsAt, timeZone: s.timeZone });

/** A person's account on `platform`, if they have one linked. */
const accountOn = (p: Profile, platform: Platform): string | null => {
  for (const key of p.identities) {
    const ref = decodeUserKey(key);
    if (ref.platform === platform) return ref.id;
  }
  return null;
};

/** A session's place as it stands after a seat change: who is at home there, and whether it just opened. */
export interface PlaceState {
  readonly place: ChatPlace;
  readonly community: Community;
  readonly opened: boolean;
  /** The whole community reads it: nobody is at home there, and nobody is named. */
  readonly board: boolean;
  /** Who was taken out of it by this sync (left their seat, or now kept apart from someone there). */
  readonly removed: readonly PersonId[];
}

export class ChatPlaceKeeper {
  constructor(private readonly deps: CoreDeps) {}

  /** The session's open place, with its community; null when it has none or it is closed. */
  async current(sessionId: SessionId): Promise<{ place: ChatPlace; community: Community } | null> {
    if (!this.deps.chatPlaces) return null;
    const place = await this.deps.store.chatPlaces.get(sessionId);
    if (!place || place.closedAt) return null;
    const community = await this.deps.store.communities.getByKey(place.community);
    return community ? { place, community } : null;
  }

  /**
   * Makes the place follow the seats: opened with the first seat when the session is announced
   * where places exist, members let in and taken out. A person is at home there when their
   * account is on the community's platform and nobody in the chat is kept apart from them by a
   * block (such a pair is relayed around each other). `chatPeople` are the chat's people as the
   * caller read them (`chatMembers(s)`), an erased one already missing. `open: false` only keeps
   * an existing place in step (a block changed, not a seat). Never throws: the relay carries on.
   */
  async sync(s: WorkoutSession, chatPeople: readonly Profile[], { open = true } = {}): Promise<PlaceState | null> {
    const places = this.deps.chatPlaces;
    if (!places) return null;
    try {
      let opened = false;
      let found = await this.current(s.id);
      if (!found) {
        if (!open) return null;
        const made = await this.open(places, s);
        if (!made) return null;
        found = made;
        opened = true;
      }
      const { place, community } = found;
      const board = places.kind(community) === 'board';
      const platform = decodeCommunityKey(community.key).platform;
      const people = board ? [] : chatPeople;
      const wanted: ChatPlaceMember[] = [];
      for (const p of people) {
        const userId = accountOn(p, platform);
        if (userId && !people.some((other) => other.id !== p.id && keptApart(p, other))) wanted.push({ personId: p.id, userId });
      }
      const members = place.members.filter((m) => wanted.some((w) => w.personId === m.personId && w.userId === m.userId));
      const removed = place.members.filter((m) => !members.includes(m));
      for (const gone of removed) await places.remove(place, gone.userId);
      const kept = members.length;
      for (const w of wanted) {
        if (members.some((m) => m.personId === w.personId)) continue;
        if (await places.add(place, w.userId)) members.push(w);
      }
      if (opened || removed.length > 0 || members.length > kept) await this.deps.store.chatPlaces.setMembers(s.id, members);
      return { place: { ...place, members }, community, opened, board, removed: removed.map((m) => m.personId) };
    } catch (error) {
      this.deps.log.warn({ sessionId: s.id, err: (error as Error).message }, 'session chat place not kept in step');
      return null;
    }
  }

  private async open(places: ChatPlaces, s: WorkoutSession): Promise<{ place: ChatPlace; community: Community } | null> {
    if (!isLive(s) || !s.communityId || chatMembers(s).length < 2) return null;
    const community = await this.deps.store.communities.get(s.communityId);
    const announcement = community ? s.announcements.find((a) => a.community === community.key) : undefined;
    if (!community || !announcement || !places.kind(community)) return null;
    const made = await places.open(community, announcement, placeCard(s));
    if (made.kind !== 'opened') {
      if (made.kind === 'refused') await this.permissionMissing(community, made.missing);
      return null;
    }
    await this.deps.store.chatPlaces.markPermissionTold(community.key, false);
    const place: ChatPlace = { sessionId: s.id, community: community.key, placeId: made.placeId, members: [], openedAt: this.deps.clock(), closedAt: null };
    if (!(await this.deps.store.chatPlaces.open(place))) {
      // Another seat opened one at the same moment: this one goes, theirs is the chat's.
      await places.close(place);
      return this.current(s.id);
    }
    this.deps.log.info({ sessionId: s.id, community: community.key }, 'session chat place opened');
    return { place, community };
  }

  /** The moderators hear once that the bot may not open places; opening one again clears that. */
  private async permissionMissing(community: Community, missing: PlaceRights): Promise<void> {
    await tellModeratorsOnce(this.deps, {
      claim: () => this.deps.store.chatPlaces.markPermissionTold(community.key, true),
      community: async () => community,
      notification: (c) => ({ kind: 'chat-place-permission-missing', community: c.name, missing }),
      logged: 'moderators told the bot may not open session chat places',
    });
  }

  /** Says something in the open place the caller found (`current`, or `sync`'s state), if any; never throws. */
  async tell(found: { place: ChatPlace; community: Community } | null, notice: PlaceNotice): Promise<void> {
    if (!found) return;
    try {
      await this.deps.chatPlaces?.tell(found.place, found.community, notice);
    } catch (error) {
      this.deps.log.warn({ sessionId: found.place.sessionId, err: (error as Error).message }, 'session chat place notice failed');
    }
  }

  /** Says goodbye and locks the place (once); never throws. */
  async close(s: WorkoutSession, cancelled: boolean): Promise<void> {
    try {
      const found = await this.current(s.id);
      if (!found || !(await this.deps.store.chatPlaces.close(s.id, this.deps.clock()))) return;
      await this.deps.chatPlaces?.tell(found.place, found.community, { kind: 'closed', session: placeCard(s), cancelled });
      await this.deps.chatPlaces?.close(found.place);
    } catch (error) {
      this.deps.log.warn({ sessionId: s.id, err: (error as Error).message }, 'session chat place not closed');
    }
  }
}

/** The people with no account on the platform of the community `place` is in: they read it only as relayed. */
export const elsewhere = (found: { community: Community }, people: readonly Profile[]): Profile[] => {
  const platform = decodeCommunityKey(found.community.key).platform;
  return people.filter((p) => accountOn(p, platform) === null);
};

/** The members at home in a place (by person). */
export const atHome = (place: ChatPlace | null | undefined): ReadonlySet<PersonId> => new Set((place?.members ?? []).map((m) => m.personId));
