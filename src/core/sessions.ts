import type { ActivityId, Level } from '../domain/activities.js';
import type { Community } from '../domain/community.js';
import { distanceKm } from '../domain/geo.js';
import type { CommunityId, PersonId, SessionId } from '../domain/ids.js';
import type { NearSessionsFilter } from '../store/port.js';
import type { Profile } from '../domain/profile.js';
import { isLive, type WorkoutSession } from '../domain/session.js';
import { trimChars } from '../domain/text.js';
import { type Phrase, phrase } from '../domain/phrase.js';
import { err, ok, type Result, userError } from '../result.js';
import { limitedError } from './limits.js';
import type { MyRole, SessionStats, SessionView } from './session-types.js';
import type { Actions } from './actions.js';
import { calendarEntries, type FeedEntry, roleIn } from './calendar-feed.js';
import type { CoreDeps } from './deps.js';
import { type CheckInOutcome, SessionAttendance } from './sessions-attendance.js';
import { AttendanceSheets } from './attendance-sheet.js';
import { Reliability } from './reliability.js';
import type { AttendanceSheet } from '../domain/notifications/attendance.js';
import { type CancelOptions, type CreateInput, type CreateOutcome, type EditInput, type EditOutcome, SessionHosting } from './sessions-hosting.js';
import { parseDay } from './sessions-input.js';
import { type AnswerOutcome, type JoinOutcome, type LeaveResult, type PendingRequest, SessionJoins } from './sessions-joins.js';
import { bannedFrom } from './moderation-rules.js';
import { isBanned, SessionKit } from './sessions-kit.js';
import { type CurrentSession, type LateOutcome, type LiveButtons, type LivePurpose, SessionLive } from './sessions-live.js';

export type { CurrentSession, LateOutcome, LiveButtons, LivePurpose } from './sessions-live.js';
export type { AnswerOutcome, CheckInOutcome, CreateInput, CreateOutcome, EditInput, EditOutcome, JoinOutcome, LeaveResult, PendingRequest };
export type { MyRole, SessionStats, SessionView } from './session-types.js';

/** The sessions a calendar file holds; `one` when it was asked for a single session. */
export interface CalendarSelection {
  readonly one: WorkoutSession | null;
  readonly entries: readonly FeedEntry[];
}

/** How many sessions a list counts at most ("200 sessions within 10 km", 40 pages). */
export const SESSION_POOL = 200;
export const BROWSE_PAGE_SIZE = 5;
export const MAX_BROWSE_KM = 200;

export interface BrowseFilters {
  readonly activity?: ActivityId;
  /** "today", "tomorrow", "sat", "2026-12-05": read in my zone. */
  readonly day?: string;
  readonly level?: Level;
  /** Default: my radius. */
  readonly distanceKm?: number;
}

export interface BrowsePage {
  readonly items: readonly { readonly session: WorkoutSession; readonly distanceKm: number }[];
  /** The ids of this page and every one before it, in order, so "join 7" works after seeing page 2. */
  readonly allIds: readonly SessionId[];
  readonly page: number;
  readonly pages: number;
  readonly total: number;
  readonly radiusKm: number;
  /** The day searched, as the reader's calendar names it ("Sat 28 Nov"); null for any day. */
  readonly day: Phrase | null;
}

/** What a ban took from the person in one community. */
export interface CommunityWithdrawal {
  readonly cancelled: number;
  /** Seats and waitlist places freed. */
  readonly left: number;
  /** Pending join requests withdrawn. */
  readonly withdrawn: number;
}

export interface MySession {
  readonly session: WorkoutSession;
  /** `requested`: I asked to join and the host hasn't answered yet. */
  readonly role: MyRole;
  /** My place on the waitlist (1 = next), when waitlisted; else 0. */
  readonly position: number;
  /** Set from an hour before its start until a day after its end, while I host or sit in it. */
  readonly live?: CurrentSession;
}

/**
 * Workout sessions: create, browse, join requests, seats and waitlist, edits, check-ins.
 * The parts live in sessions-*.ts; this is the one face the commands and the scheduler use.
 */
export class SessionsService {
  private readonly kit: SessionKit;
  private readonly joins: SessionJoins;
  private readonly hosting: SessionHosting;
  private readonly attendance: SessionAttendance;
  private readonly reliability: Reliability;
  private readonly sheets: AttendanceSheets;
  private readonly live: SessionLive;

  constructor(
    private readonly deps: CoreDeps,
    actions: Actions,
  ) {
    this.kit = new SessionKit(deps, actions);
    this.joins = new SessionJoins(this.kit);
    this.hosting = new SessionHosting(this.kit, this.joins);
    this.reliability = new Reliability(this.kit);
    this.attendance = new SessionAttendance(this.kit, this.reliability);
    this.sheets = new AttendanceSheets(this.kit, this.reliability);
    this.live = new SessionLive(this.kit);
  }

  // ------------------------------------------------------------------ while it happens

  /** The sessions a check-in or late notice that names none could mean (src/core/sessions-live.ts). */
  currentFor(me: Profile, purpose: LivePurpose): Promise<CurrentSession[]> {
    return this.live.candidates(me, purpose);
  }

  /** Scheduler: "I'm here" and "Running late" for one person's reminder. */
  liveButtons(s: WorkoutSession, personId: PersonId): Promise<LiveButtons> {
    return this.live.buttons(s, personId);
  }

  lateAllowed(me: Profile, ref: string): Promise<Result<WorkoutSession>> {
    return this.live.lateAllowed(me, ref);
  }

  runningLate(me: Profile, ref: string, minutes: number): Promise<Result<LateOutcome>> {
    return this.live.late(me, ref, minutes);
  }

  /** Live sessions I host, sit in or wait for, soonest first. */
  async upcomingFor(me: Profile): Promise<WorkoutSession[]> {
    return this.deps.store.sessions.listForPerson(me.id, ['open', 'full'], this.deps.clock());
  }

  // ------------------------------------------------------------------ hosting

  create(me: Profile, community: Community | null, input: CreateInput): Promise<Result<CreateOutcome>> {
    return this.hosting.create(me, community, input);
  }

  edit(me: Profile, ref: string, input: EditInput): Promise<Result<EditOutcome>> {
    return this.hosting.edit(me, ref, input);
  }

  cancelByHost(me: Profile, ref: string, reason: string): Promise<Result<WorkoutSession>> {
    return this.hosting.cancelByHost(me, ref, reason);
  }

  /** Cancels without a permission check: for the host path above and for moderators' removals. */
  cancel(session: WorkoutSession, reason: string, by: PersonId, options?: CancelOptions): Promise<Result<WorkoutSession>> {
    return this.hosting.cancel(session, reason, by, options);
  }

  /**
   * A ban's consequences: the person's upcoming sessions in the community are cancelled (everyone
   * in or waiting told, not the person), their seats and waitlist places there are freed (the
   * waitlist moves up and is told) and their join requests there withdrawn.
   */
  async withdrawFromCommunity(person: Profile, community: Community, reason: string, by: PersonId): Promise<CommunityWithdrawal> {
    const { store, clock } = this.deps;
    const here = (await this.upcomingFor(person)).filter((s) => s.communityId === community.id);
    let cancelled = 0;
    let left = 0;
    for (const s of here) {
      if (s.hostId === person.id) {
        if ((await this.hosting.cancel(s, reason, by, { tellHost: false })).ok) cancelled++;
      } else if ((await this.joins.leave(person, s.id)).ok) left++;
    }
    let withdrawn = 0;
    for (const r of await store.joinRequests.listForRequester(person.id, ['pending'])) {
      if (r.communityId !== community.id) continue;
      if (await store.joinRequests.transition(r.id, ['pending'], 'withdrawn', clock())) withdrawn++;
    }
    return { cancelled, left, withdrawn };
  }

  /** Brings a session's public announcements in line with it (after a change made elsewhere). */
  refreshAnnouncements(id: SessionId): Promise<void> {
    return this.kit.refresh(id);
  }

  /** Scheduler: the next weekly occurrence (idempotent). */
  createNextOccurrence(sessionId: SessionId): Promise<WorkoutSession | null> {
    return this.hosting.createNextOccurrence(sessionId);
  }

  // ------------------------------------------------------------------ joining

  join(me: Profile, ref: string, message = ''): Promise<Result<JoinOutcome>> {
    return this.joins.join(me, ref, message);
  }

  pendingRequests(me: Profile, ref?: string): Promise<Result<PendingRequest[]>> {
    return this.joins.pending(me, ref);
  }

  accept(me: Profile, requestRef: string): Promise<Result<AnswerOutcome>> {
    return this.joins.accept(me, requestRef);
  }

  decline(me: Profile, requestRef: string): Promise<Result<AnswerOutcome>> {
    return this.joins.decline(me, requestRef);
  }

  leave(me: Profile, ref: string): Promise<Result<LeaveResult>> {
    return this.joins.leave(me, ref);
  }

  // ------------------------------------------------------------------ after the session

  /** Scheduler: marks an ended session completed and expires its unanswered requests. */
  completeSession(sessionId: SessionId): Promise<WorkoutSession | null> {
    return this.attendance.complete(sessionId);
  }

  /** Scheduler: asks each participant who hasn't answered whether they came; returns how many. */
  sendCheckIns(sessionId: SessionId): Promise<number> {
    return this.attendance.sendCheckIns(sessionId);
  }

  /** Scheduler: the host's attendance sheet after a completed session; false when nobody held a seat. */
  sendAttendanceSheet(sessionId: SessionId): Promise<boolean> {
    return this.sheets.send(sessionId);
  }

  /** The host flips one participant between came and no-show. */
  toggleAttendance(me: Profile, sessionId: string, personId: string): Promise<Result<AttendanceSheet>> {
    return this.sheets.toggle(me, sessionId, personId);
  }

  /** The host confirms the sheet as it shows. */
  confirmAttendance(me: Profile, sessionId: string): Promise<Result<AttendanceSheet>> {
    return this.sheets.done(me, sessionId);
  }

  /** A moderator cleared the appeal, or the pause's week is over (`until`): true when this ended it. */
  liftPause(personId: PersonId, how: 'over' | 'cleared', until?: Date): Promise<boolean> {
    return this.reliability.lift(personId, how, until);
  }

  /** Scheduler, daily: tells each newly inactive person once; returns how many. */
  sweepInactive(batch = 200): Promise<number> {
    return this.reliability.sweepInactive(batch);
  }

  checkIn(me: Profile, ref: string, attended: boolean): Promise<Result<CheckInOutcome>> {
    return this.attendance.checkIn(me, ref, attended);
  }

  stats(me: Profile): Promise<SessionStats> {
    return this.attendance.stats(me);
  }

  // ------------------------------------------------------------------ looking

  /** A session I may see, by list number or id. */
  find(me: Profile, ref: string): Promise<Result<WorkoutSession>> {
    return this.kit.find(me, ref);
  }

  /** The session a command names, itself or through a join request for it, whoever hosts it (null: none). */
  async named(me: Profile, ref: string, via: 'session' | 'request'): Promise<WorkoutSession | null> {
    if (via === 'request') return this.joins.requestedSession(me, ref);
    const found = await this.kit.resolve(me, ref);
    return found.ok ? found.value : null;
  }

  /** Everything the detail view shows me about one session. */
  async view(me: Profile, ref: string): Promise<Result<SessionView>> {
    const found = await this.kit.find(me, ref);
    if (!found.ok) return found;
    const s = found.value;
    const { store } = this.deps;
    const host = s.hostId === me.id;
    const seated = s.participants.includes(me.id);
    const live = host || seated ? null : await store.joinRequests.findLive(s.id, me.id);
    const role: SessionView['role'] = host ? 'host' : seated ? 'participant' : s.waitlist.includes(me.id) ? 'waitlisted' : live?.status === 'pending' ? 'requested' : 'none';
    const going = host || seated ? (await store.people.getMany(s.participants)).map((p) => ({ id: p.id, displayName: p.displayName, area: p.area })) : null;
    return ok({
      session: s,
      hostName: await this.kit.nameOf(s.hostId),
      distanceKm: me.location ? distanceKm(me.location, s.place.point) : null,
      role,
      waitlistPosition: s.waitlist.indexOf(me.id) + 1,
      going,
      pendingRequests: host ? (await store.joinRequests.listForSession(s.id, ['pending'])).length : 0,
    });
  }

  /**
   * Live sessions near my home area, nearest first, found by the geo index; without those whose
   * host and I blocked each other, those in communities that banned me, and my own. Refused
   * outright when `community` (where I ask from) banned me.
   */
  async browse(me: Profile, filters: BrowseFilters, page: number, community: Community | null = null): Promise<Result<BrowsePage>> {
    const { store, clock, limits } = this.deps;
    // Asked in (or for) a community that banned me: said plainly, not an empty list.
    if (isBanned(community, me)) return err(bannedFrom(community));
    if (!me.location) return err(userError('incomplete-profile', phrase('session-browse-no-area')));
    const now = clock();
    const day = filters.day ? parseDay(filters.day, me.timeZone, now) : null;
    if (day && !day.ok) return day;
    const allowed = await limits.take('browse', me.id);
    if (!allowed.ok) return err(limitedError(allowed.error));
    const radiusKm = Math.min(MAX_BROWSE_KM, filters.distanceKm ?? me.radiusKm);
    const excludeHostIds: PersonId[] = [me.id, ...me.blocked];
    const excludeCommunityIds: CommunityId[] = [];
    // The store filters and counts; hosts who blocked me and communities that banned me are
    // known only once their sessions are read, so any found among the page are left out and the
    // page and count asked again (rare: each round leaves out at least one more).
    for (;;) {
      const filter: NearSessionsFilter = {
        from: me.location,
        maxKm: radiusKm,
        statuses: ['open', 'full'],
        startsAfter: day?.value.from ?? now,
        ...(day ? { startsBefore: day.value.to } : {}),
        ...(filters.activity ? { activity: filters.activity } : {}),
        ...(filters.level ? { level: filters.level } : {}),
        excludeHostIds,
        excludeCommunityIds,
      };
      const total = await store.sessions.countNear(filter, SESSION_POOL);
      const pages = Math.max(1, Math.ceil(total / BROWSE_PAGE_SIZE));
      const index = Math.min(Math.max(1, page), pages);
      // Within the radius, the soonest first: tomorrow's run before next month's, however close.
      // Every page up to this one, so the numbers shown so far ("join 7") all name a session.
      const shown = await store.sessions.near({ ...filter, order: 'soonest', limit: index * BROWSE_PAGE_SIZE });
      const hosts = await store.people.getMany([...new Set(shown.map((n) => n.item.hostId))]);
      const blockers = hosts.filter((h) => h.blocked.includes(me.id)).map((h) => h.id);
      const banning: CommunityId[] = [];
      for (const id of new Set(shown.map((n) => n.item.communityId).filter((c) => c !== null))) {
        if (isBanned(await store.communities.get(id), me)) banning.push(id);
      }
      if (blockers.length > 0 || banning.length > 0) {
        excludeHostIds.push(...blockers);
        excludeCommunityIds.push(...banning);
        continue;
      }
      return ok({
        items: shown.slice((index - 1) * BROWSE_PAGE_SIZE).map((n) => ({ session: n.item, distanceKm: n.distanceKm })),
        allIds: shown.map((n) => n.item.id),
        page: index,
        pages,
        total,
        radiusKm,
        day: day?.value.label ?? null,
      });
    }
  }

  /**
   * The sessions I host or sit in that are happening or ended less than a day ago (to check in);
   * then upcoming sessions I host, have a seat in, or wait for, soonest first (those within the
   * hour carry their live state too); then the live upcoming ones I asked to join where the host
   * hasn't answered yet, soonest first.
   */
  async mine(me: Profile): Promise<MySession[]> {
    const { store } = this.deps;
    const now = this.deps.clock();
    const [upcoming, requests, current] = await Promise.all([this.upcomingFor(me), store.joinRequests.listForRequester(me.id, ['pending']), this.live.current(me)]);
    const liveOf = new Map(current.map((c) => [c.session.id, c]));
    const started = current.filter((c) => c.phase !== 'soon').map((c) => c.session);
    const mine: MySession[] = [...started, ...upcoming].map((s) => {
      const live = liveOf.get(s.id);
      return {
        session: s,
        role: s.hostId === me.id ? 'host' : s.participants.includes(me.id) ? 'participant' : 'waitlisted',
        position: s.waitlist.indexOf(me.id) + 1,
        ...(live ? { live } : {}),
      };
    });
    const listed = new Set<SessionId>(upcoming.map((s) => s.id));
    const asked = [...new Set(requests.map((r) => r.sessionId).filter((id) => !listed.has(id)))];
    const requested = (await Promise.all(asked.map((id) => store.sessions.get(id))))
      .filter((s): s is WorkoutSession => s !== null && isLive(s) && s.startsAt >= now)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    return [...mine, ...requested.map((s) => ({ session: s, role: 'requested' as const, position: 0 }))];
  }

  /**
   * What a calendar file holds: one session I can see, or all of mine — the sessions I host or
   * have a seat or waitlist place in, requests still waiting, and cancelled ones until they would
   * have started (so a calendar that imported them shows them cancelled). The presentation layer
   * writes the file (src/views/calendar.ts).
   */
  async calendar(me: Profile, ref: string | undefined): Promise<Result<CalendarSelection>> {
    if (ref) {
      const found = await this.kit.find(me, ref);
      if (!found.ok) return found;
      const s = found.value;
      const live = await this.deps.store.joinRequests.findLive(s.id, me.id);
      const role = s.hostId === me.id || s.participants.includes(me.id) || s.waitlist.includes(me.id) ? roleIn(s, me.id) : live?.status === 'pending' ? 'requested' : 'looking';
      return ok({ one: s, entries: [{ session: s, role, hostName: await this.kit.nameOf(s.hostId) }] });
    }
    const entries = await calendarEntries(this.deps.store, me.id, this.deps.clock());
    if (entries.length === 0) return err(userError('not-found', phrase('session-calendar-none')));
    return ok({ one: null, entries });
  }
}
