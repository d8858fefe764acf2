/**
 * What every part of the sessions service shares: finding a session a person named and may see,
 * telling people, and keeping a session's public announcements in step with it.
 */
import { type Community, isBanned } from '../domain/community.js';
import type { Profile } from '../domain/profile.js';
import { type Announcement, isLive, type WorkoutSession } from '../domain/session.js';
import type { ActionId, PersonId, SessionId } from '../domain/ids.js';
import type { Notification } from '../domain/notification.js';
import { type AnnouncementFacts, phaseAt, sessionCard } from '../domain/notifications/sessions.js';
import { tellModeratorsOnce } from './moderation-reports.js';
import type { Announced } from './notify.js';
import { phrase } from '../domain/phrase.js';
import { err, ok, type Result, userError } from '../result.js';
import { bannedFrom } from './moderation-rules.js';
import type { Actions } from './actions.js';
import type { CoreDeps } from './deps.js';
import { NO_HOOKS, type SchedulerHooks } from './hooks.js';

const HOUR_MS = 3_600_000;

export const notFound = () => err(userError('not-found', phrase('session-not-found')));

export class SessionKit {
  /** Announcement refreshes per session, one after another, so the last edit shows the last state. */
  private readonly refreshes = new Map<SessionId, Promise<void>>();

  constructor(
    readonly deps: CoreDeps,
    readonly actions: Actions,
  ) {}

  /** The scheduler's hooks (reminders, alerts, check-ins); nothing when no scheduler runs. */
  get hooks(): SchedulerHooks {
    return this.deps.hooks ?? NO_HOOKS;
  }

  now(): Date {
    return this.deps.clock();
  }

  /** Hours until the session ends (at least one): how long its buttons stay valid. */
  ttlHours(s: WorkoutSession): number {
    const end = s.startsAt.getTime() + s.durationMinutes * 60_000;
    return Math.max(1, Math.ceil((end - this.now().getTime()) / HOUR_MS));
  }

  /** A session named by its number in my last list, or by id; any status. */
  async resolve(me: Profile, ref: string): Promise<Result<WorkoutSession>> {
    const id = await this.actions.resolveRef(me.id, ['sessions', 'my-sessions'], ref);
    const session = id ? await this.deps.store.sessions.get(id as SessionId) : null;
    return session ? ok(session) : notFound();
  }

  /**
   * Whether `me` may see the session: not if its host and I blocked each other (silently: it just
   * isn't there) nor if I'm banned in its community; a private one only if I'm in it.
   */
  async visible(me: Profile, s: WorkoutSession): Promise<boolean> {
    if (s.hostId === me.id) return true;
    // A private session (a /plan for two) is there only for the two in it.
    if (s.visibility === 'private' && !s.participants.includes(me.id)) return false;
    if (me.blocked.includes(s.hostId)) return false;
    const host = await this.deps.store.people.get(s.hostId);
    if (!host || host.blocked.includes(me.id)) return false;
    if (s.communityId) {
      const community = await this.deps.store.communities.get(s.communityId);
      if (community && isBanned(community, me)) return false;
    }
    return true;
  }

  /**
   * `resolve` + `visible`: what every command that shows or joins a session starts with. A
   * session of a community that banned me is refused as such (lists simply leave it out); one
   * hidden by a block just isn't there.
   */
  async find(me: Profile, ref: string): Promise<Result<WorkoutSession>> {
    const found = await this.resolve(me, ref);
    if (!found.ok) return found;
    const s = found.value;
    if (s.communityId && s.hostId !== me.id) {
      const community = await this.deps.store.communities.get(s.communityId);
      if (isBanned(community, me)) return err(bannedFrom(community));
    }
    return (await this.visible(me, s)) ? found : notFound();
  }

  /** A person's name as others see it; empty for someone gone (the presentation says "Someone"). */
  async nameOf(id: PersonId): Promise<string> {
    return (await this.deps.store.people.get(id))?.displayName ?? '';
  }

  async notify(personId: PersonId, notification: Notification): Promise<void> {
    try {
      await this.deps.notifier.notify(personId, notification);
    } catch (error) {
      this.deps.log.warn({ personId, err: (error as Error).message }, 'session notification failed');
    }
  }

  async notifyAll(ids: Iterable<PersonId>, notification: Notification): Promise<void> {
    for (const id of new Set(ids)) await this.notify(id, notification);
  }

  /** The actions of a person's buttons about a session they are in: get it into their calendar, or leave it. */
  async memberActions(personId: PersonId, s: WorkoutSession): Promise<{ calendar: ActionId; leave: ActionId }> {
    const ttl = this.ttlHours(s);
    return {
      calendar: await this.actions.offer(personId, { kind: 'calendar', session: s.id }, ttl),
      leave: await this.actions.offer(personId, { kind: 'leave', session: s.id }, ttl),
    };
  }

  /** What an announcement of the session tells, as of `now`: its card, its host and, while it takes people, "Request to join". */
  async announcement(s: WorkoutSession, now: Date = this.now()): Promise<AnnouncementFacts> {
    const join = isLive(s) ? await this.actions.offer(null, { kind: 'join', session: s.id }, this.ttlHours(s)) : null;
    return { session: sessionCard(s), hostName: await this.nameOf(s.hostId), join, phase: phaseAt(s, now) };
  }

  /** Posts a new session in its community's announcement place, if it has one (`series`: see Announcer). */
  async announce(s: WorkoutSession, community: Community | null, series: readonly Announcement[] = []): Promise<boolean> {
    const announcer = this.deps.announcer;
    if (!announcer || !community) return false;
    try {
      const posted = await announcer.announce(community, await this.announcement(s), series);
      if (!posted) return false;
      await this.deps.store.sessions.addAnnouncement(s.id, posted.announcement);
      await this.eventOutcome(community, posted.event);
      return true;
    } catch (error) {
      this.deps.log.warn({ sessionId: s.id, err: (error as Error).message }, 'announcement failed');
      return false;
    }
  }

  /**
   * After an announcement: a refused platform event tells the community's moderators how to grant
   * the permission, once; an event made again clears that, so losing the permission later tells
   * them again. Never fails the announcement.
   */
  private async eventOutcome(community: Community, event: Announced['event']): Promise<void> {
    const { store } = this.deps;
    try {
      if (event === 'created') await store.communities.markEventsPermissionTold(community.id, false);
      if (event !== 'refused') return;
      await tellModeratorsOnce(this.deps, {
        claim: () => store.communities.markEventsPermissionTold(community.id, true),
        community: async () => (await store.communities.get(community.id)) ?? community,
        notification: (c) => ({ kind: 'events-permission-missing', community: c.name }),
        logged: 'moderators told the bot may not make events',
      });
    } catch (error) {
      this.deps.log.warn({ communityId: community.id, err: (error as Error).message }, 'events permission notice failed');
    }
  }

  /** Edits every announcement of the session to show its current state (seats, time, cancelled). */
  refresh(id: SessionId): Promise<void> {
    const previous = this.refreshes.get(id) ?? Promise.resolve();
    const next = previous
      .then(() => this.refreshNow(id))
      .catch((error: unknown) => this.deps.log.warn({ sessionId: id, err: (error as Error).message }, 'announcement refresh failed'));
    this.refreshes.set(id, next);
    void next.finally(() => {
      if (this.refreshes.get(id) === next) this.refreshes.delete(id);
    });
    return next;
  }

  private async refreshNow(id: SessionId): Promise<void> {
    const announcer = this.deps.announcer;
    if (!announcer) return;
    const s = await this.deps.store.sessions.get(id);
    if (!s || s.announcements.length === 0) return;
    const facts = await this.announcement(s);
    const community = s.communityId ? await this.deps.store.communities.get(s.communityId) : null;
    for (const a of s.announcements) {
      try {
        await announcer.edit(a, facts, community);
      } catch (error) {
        this.deps.log.warn({ sessionId: id, err: (error as Error).message }, 'announcement edit failed');
      }
    }
  }
}

export { isBanned };
