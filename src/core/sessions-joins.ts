/**
 * Asking to join, the host's answer, seats and the waitlist, and leaving. Seats are only ever
 * given by the store's atomic `seatOrWaitlist` / `leave` / `fillFromWaitlist`, so however many
 * answers arrive at once a session is never overbooked. Host-only steps are checked here against
 * `session.hostId`, whatever button or command led to them.
 */
import { levelRank } from '../domain/activities.js';
import { type JoinRequestId, newId, type PersonId } from '../domain/ids.js';
import { pausedAt, type Profile } from '../domain/profile.js';
import { isLive, type WorkoutSession } from '../domain/session.js';
import type { JoinRequest } from '../domain/social.js';
import { levelsPhrase, sessionCard, titleEnds } from '../domain/notifications/sessions.js';
import { type Phrase, phrase } from '../domain/phrase.js';
import { err, ok, type Result, userError } from '../result.js';
import { type SeatOutcome, StoreConflict } from '../store/port.js';
import { isBanned, type SessionKit } from './sessions-kit.js';
import { bannedFrom } from './moderation-rules.js';
import { checkText, MESSAGE_MAX } from './sessions-input.js';

export interface JoinOutcome {
  readonly request: JoinRequest;
  readonly session: WorkoutSession;
}

export interface AnswerOutcome {
  readonly request: JoinRequest;
  readonly session: WorkoutSession;
  readonly requesterName: string;
  /** For an accepted request: seated, or waitlisted at `position`. */
  readonly seat: 'seated' | 'waitlisted' | 'declined';
  readonly position: number;
}

export type LeaveResult =
  | { readonly kind: 'left-seat'; readonly session: WorkoutSession; readonly promoted: PersonId | null }
  | { readonly kind: 'left-waitlist'; readonly session: WorkoutSession }
  | { readonly kind: 'withdrawn'; readonly session: WorkoutSession };

export interface PendingRequest {
  readonly request: JoinRequest;
  readonly session: WorkoutSession;
  readonly requester: Profile | null;
}

const conflict = (message: Phrase) => err(userError('conflict', message));
const forbidden = (message: Phrase) => err(userError('forbidden', message));

/** Why a session can't take anyone (new) right now, or null when it can. */
export function closedReason(s: WorkoutSession, now: Date): 'cancelled' | 'over' | null {
  if (s.status === 'cancelled') return 'cancelled';
  if (s.status === 'completed' || s.startsAt <= now) return 'over';
  return null;
}

/** The facts every message about a session's title needs: the title and whether it ends a sentence itself. */
export const titled = (s: Pick<WorkoutSession, 'title'>) => ({ title: s.title, ends: titleEnds(s.title) });

export class SessionJoins {
  constructor(private readonly kit: SessionKit) {}

  private get store() {
    return this.kit.deps.store;
  }

  /** Asks the host to let me in; the host gets Accept / Decline buttons that only they can press. */
  async join(me: Profile, ref: string, message: string): Promise<Result<JoinOutcome>> {
    const found = await this.kit.find(me, ref);
    if (!found.ok) return found;
    const s = found.value;
    const now = this.kit.now();
    if (s.hostId === me.id) return conflict(phrase('session-join-own', { title: s.title }));
    // Three no-shows in a row: no new join requests until the pause ends (said in my zone).
    if (pausedAt(me, now)) return forbidden(phrase('attendance-paused-join', { until: me.noShowPause!.until }));
    const closed = closedReason(s, now);
    if (closed) return conflict(phrase('session-join-closed', { title: s.title, state: closed }));
    if (s.participants.includes(me.id)) return conflict(phrase('session-already-in', titled(s)));
    if (s.waitlist.includes(me.id)) return conflict(phrase('session-already-waitlisted', { title: s.title, position: s.waitlist.indexOf(me.id) + 1 }));
    const community = s.communityId ? await this.store.communities.get(s.communityId) : null;
    if (isBanned(community, me)) return err(bannedFrom(community));
    const range = s.levels;
    if (!(range.min === 'beginner' && range.max === 'advanced')) {
      if (!me.level) return err(userError('incomplete-profile', phrase('session-level-unset', { title: s.title, levels: levelsPhrase(range) })));
      const rank = levelRank(me.level);
      if (rank < levelRank(range.min) || rank > levelRank(range.max))
        return forbidden(phrase('session-level-mismatch', { title: s.title, levels: levelsPhrase(range), level: phrase(`level-${me.level}`), typed: me.level }));
    }
    const text = checkText(message, MESSAGE_MAX, 'message', true);
    if (!text.ok) return text;

    const request: JoinRequest = {
      id: newId<JoinRequestId>(),
      sessionId: s.id,
      communityId: s.communityId,
      requesterId: me.id,
      status: 'pending',
      message: text.value,
      createdAt: now,
      decidedAt: null,
    };
    try {
      await this.store.joinRequests.insert(request);
    } catch (error) {
      if (error instanceof StoreConflict && error.rule === 'live-join-request') {
        const live = await this.store.joinRequests.findLive(s.id, me.id);
        return conflict(live?.status === 'accepted' ? phrase('session-already-in', titled(s)) : phrase('session-already-asked', { title: s.title }));
      }
      throw error;
    }
    const ttl = this.kit.ttlHours(s);
    await this.kit.notify(s.hostId, {
      kind: 'session-join-request',
      session: sessionCard(s),
      from: { name: me.displayName, level: me.level, attended: me.attendance.attended, missed: me.attendance.missed },
      message: request.message,
      accept: await this.kit.actions.offer(s.hostId, { kind: 'request-accept', request: request.id }, ttl),
      decline: await this.kit.actions.offer(s.hostId, { kind: 'request-decline', request: request.id }, ttl),
    });
    return ok({ request, session: s });
  }

  /** The request a host named (by number in their last /requests list, or id) and its session, if they host it. */
  private async hostsRequest(me: Profile, ref: string, verb: 'accept' | 'decline'): Promise<Result<{ request: JoinRequest; session: WorkoutSession }>> {
    const { request, session } = await this.namedRequest(me, ref);
    if (!request || !session) return err(userError('not-found', phrase('session-request-not-found')));
    if (session.hostId !== me.id) return forbidden(phrase('session-request-not-host', { title: session.title, verb }));
    if (request.status !== 'pending') return conflict(phrase('session-request-answered', { name: await this.kit.nameOf(request.requesterId), status: request.status }));
    return ok({ request, session });
  }

  /** The session of the join request I named (by number in my last /requests list, or id), whoever hosts it. */
  async requestedSession(me: Profile, ref: string): Promise<WorkoutSession | null> {
    return (await this.namedRequest(me, ref)).session;
  }

  /** The join request I named in my last /requests list (or by id) and its session, whichever is found. */
  private async namedRequest(me: Profile, ref: string): Promise<{ request: JoinRequest | null; session: WorkoutSession | null }> {
    const id = await this.kit.actions.resolveRef(me.id, ['requests'], ref);
    const request = id ? await this.store.joinRequests.get(id as JoinRequestId) : null;
    return { request, session: request ? await this.store.sessions.get(request.sessionId) : null };
  }

  /** Accepts a pending request and seats the person, or puts them on the waitlist when full. */
  async accept(me: Profile, ref: string): Promise<Result<AnswerOutcome>> {
    const named = await this.hostsRequest(me, ref, 'accept');
    if (!named.ok) return named;
    const { request, session } = named.value;
    const now = this.kit.now();
    const closed = closedReason(session, now);
    if (closed) return conflict(phrase('session-accept-closed', { title: session.title, state: closed }));
    const accepted = await this.store.joinRequests.transition(request.id, ['pending'], 'accepted', now);
    if (!accepted) return conflict(phrase('session-request-raced'));
    const outcome: SeatOutcome = await this.store.sessions.seatOrWaitlist(session.id, request.requesterId);
    if (outcome === 'closed') {
      await this.store.joinRequests.transition(request.id, ['accepted'], 'expired', now);
      return conflict(phrase('session-closed-meanwhile', { title: session.title }));
    }
    const after = (await this.store.sessions.get(session.id)) ?? session;
    const seated = after.participants.includes(request.requesterId);
    const position = after.waitlist.indexOf(request.requesterId) + 1;
    const buttons = await this.kit.memberActions(request.requesterId, after);
    await this.kit.notify(
      request.requesterId,
      seated ? { kind: 'session-seated', session: sessionCard(after), how: 'accepted', ...buttons } : { kind: 'session-waitlisted', session: sessionCard(after), position, ...buttons },
    );
    // After "you're in": the session chat's welcome follows it.
    if (seated) await this.kit.hooks.participantJoined(session.id, request.requesterId);
    await this.kit.refresh(session.id);
    return ok({ request: accepted, session: after, requesterName: await this.kit.nameOf(request.requesterId), seat: seated ? 'seated' : 'waitlisted', position });
  }

  async decline(me: Profile, ref: string): Promise<Result<AnswerOutcome>> {
    const named = await this.hostsRequest(me, ref, 'decline');
    if (!named.ok) return named;
    const { request, session } = named.value;
    const declined = await this.store.joinRequests.transition(request.id, ['pending'], 'declined', this.kit.now());
    if (!declined) return conflict(phrase('session-request-raced'));
    await this.kit.notify(request.requesterId, { kind: 'session-declined', session: sessionCard(session) });
    return ok({ request: declined, session, requesterName: await this.kit.nameOf(request.requesterId), seat: 'declined', position: 0 });
  }

  /** Pending requests for one session I host, or for all of them. */
  async pending(me: Profile, ref: string | undefined): Promise<Result<PendingRequest[]>> {
    let sessions: WorkoutSession[];
    if (ref) {
      const found = await this.kit.resolve(me, ref);
      if (!found.ok) return found;
      if (found.value.hostId !== me.id) return forbidden(phrase('session-requests-not-host', { title: found.value.title }));
      sessions = [found.value];
    } else {
      sessions = (await this.store.sessions.listForPerson(me.id, ['open', 'full'], this.kit.now())).filter((s) => s.hostId === me.id);
    }
    const out: PendingRequest[] = [];
    for (const s of sessions) {
      const requests = await this.store.joinRequests.listForSession(s.id, ['pending']);
      const people = await this.store.people.getMany(requests.map((r) => r.requesterId));
      for (const r of requests) out.push({ request: r, session: s, requester: people.find((p) => p.id === r.requesterId) ?? null });
    }
    return ok(out);
  }

  /** Frees my seat or waitlist place (the first waitlisted moves up and is told), or withdraws my request. */
  async leave(me: Profile, ref: string): Promise<Result<LeaveResult>> {
    const found = await this.kit.resolve(me, ref);
    if (!found.ok) return found;
    const s = found.value;
    if (s.hostId === me.id) return conflict(phrase('session-leave-own', titled(s)));
    const now = this.kit.now();
    if (!isLive(s)) return conflict(phrase('session-leave-over', { title: s.title, state: s.status === 'cancelled' ? 'cancelled' : 'over' }));
    // Seated at the start is committed (reliability counts it): from then on the host marks who came.
    if (s.startsAt <= now) return conflict(phrase('attendance-leave-started', { title: s.title }));
    const hadSeat = s.participants.includes(me.id);
    const left = await this.store.sessions.leave(s.id, me.id);
    const live = await this.store.joinRequests.findLive(s.id, me.id);
    if (live) await this.store.joinRequests.transition(live.id, ['pending', 'accepted'], 'withdrawn', now);
    if (!left.left) {
      if (live?.status === 'pending') return ok({ kind: 'withdrawn', session: s });
      return err(userError('not-found', phrase('session-leave-not-in', { title: s.title })));
    }
    const after = (await this.store.sessions.get(s.id)) ?? s;
    if (hadSeat) await this.kit.hooks.participantLeft(s.id, me.id);
    if (left.promoted) await this.kit.hooks.participantJoined(s.id, left.promoted);
    if (left.promoted)
      await this.kit.notify(left.promoted, { kind: 'session-seated', session: sessionCard(after), how: 'promoted', ...(await this.kit.memberActions(left.promoted, after)) });
    if (hadSeat)
      await this.kit.notify(s.hostId, {
        kind: 'session-member-left',
        session: sessionCard(after),
        who: me.displayName,
        promoted: left.promoted ? await this.kit.nameOf(left.promoted) : null,
      });
    await this.kit.refresh(s.id);
    return ok(hadSeat ? { kind: 'left-seat', session: after, promoted: left.promoted } : { kind: 'left-waitlist', session: after });
  }

  /** After capacity grew: waitlisted people take the new seats and are told. */
  async promoteWaiting(s: WorkoutSession): Promise<PersonId[]> {
    const moved = await this.store.sessions.fillFromWaitlist(s.id);
    if (moved.length === 0) return moved;
    const after = (await this.store.sessions.get(s.id)) ?? s;
    for (const id of moved) await this.kit.hooks.participantJoined(s.id, id);
    for (const id of moved) await this.kit.notify(id, { kind: 'session-seated', session: sessionCard(after), how: 'promoted', ...(await this.kit.memberActions(id, after)) });
    return moved;
  }
}
