/**
 * After a session: it is marked completed, its participants are asked whether they came, and
 * each answer (once per person) moves their streak and attendance rate, which `stats` shows and
 * matching reads as reliability.
 */
import type { SessionId } from '../domain/ids.js';
import type { AttendanceRecord, Profile } from '../domain/profile.js';
import { endsAt, type WorkoutSession } from '../domain/session.js';
import { err, ok, type Result, userError } from '../result.js';
import { sessionCard } from '../domain/notifications/sessions.js';
import { at, phrase } from '../domain/phrase.js';
import { HERE_OPENS_MINUTES, hereOpensAt, takesPart } from '../domain/session-live.js';
import type { SessionStats } from './session-types.js';
import { titled } from './sessions-joins.js';
import { otherParty } from '../domain/social.js';
import { calendarStart, trainingHistory } from './progress.js';
import type { SessionKit } from './sessions-kit.js';
import type { Reliability } from './reliability.js';

/** How long after a session ends its participants can still check in. */
export const CHECK_IN_DAYS = 7;
const DAY_MS = 86_400_000;

export interface CheckInOutcome {
  readonly session: WorkoutSession;
  readonly attended: boolean;
  readonly attendance: AttendanceRecord;
}

export class SessionAttendance {
  constructor(
    private readonly kit: SessionKit,
    private readonly reliability: Reliability,
  ) {}

  private get store() {
    return this.kit.deps.store;
  }

  /** Marks a session that has ended as completed; its unanswered join requests expire. */
  async complete(sessionId: SessionId): Promise<WorkoutSession | null> {
    const now = this.kit.now();
    const s = await this.store.sessions.get(sessionId);
    if (!s || endsAt(s) > now) return null;
    const done = await this.store.sessions.transition(sessionId, ['open', 'full'], 'completed', now);
    if (!done) return null;
    await this.store.joinRequests.expirePending(sessionId, now);
    await this.kit.refresh(sessionId);
    return done;
  }

  /** Asks every participant who hasn't answered yet whether they came; returns how many were asked. */
  async sendCheckIns(sessionId: SessionId): Promise<number> {
    const s = await this.store.sessions.get(sessionId);
    if (!s || s.status === 'cancelled') return 0;
    const answered = new Set(s.checkIns.map((c) => c.personId));
    const ask = s.participants.filter((p) => !answered.has(p));
    const ttl = CHECK_IN_DAYS * 24 + 24;
    for (const personId of ask) {
      await this.kit.notify(personId, {
        kind: 'session-check-in',
        session: sessionCard(s),
        attended: await this.kit.actions.offer(personId, { kind: 'checkin', session: s.id, attended: true }, ttl),
        missed: await this.kit.actions.offer(personId, { kind: 'checkin', session: s.id, attended: false }, ttl),
      });
    }
    return ask.length;
  }

  /**
   * My answer for a session I had a seat in or hosted: counted once. "I'm here" opens an hour
   * before the start (src/domain/session-live.ts); "I missed it" once it has started.
   */
  async checkIn(me: Profile, ref: string, attended: boolean): Promise<Result<CheckInOutcome>> {
    const found = await this.kit.resolve(me, ref);
    if (!found.ok) return found;
    const s = found.value;
    const now = this.kit.now();
    if (s.status === 'cancelled') return err(userError('conflict', phrase('session-check-in-cancelled', { title: s.title })));
    if (attended && now < hereOpensAt(s))
      return err(userError('conflict', phrase('live-here-early', { title: s.title, minutes: HERE_OPENS_MINUTES, opens: at(hereOpensAt(s), 'R') })));
    if (!attended && s.startsAt > now) return err(userError('conflict', phrase('live-missed-early', { title: s.title, starts: at(s.startsAt, 'R') })));
    if (now.getTime() > endsAt(s).getTime() + CHECK_IN_DAYS * DAY_MS)
      return err(userError('expired', phrase('session-check-in-closed', { title: s.title, days: CHECK_IN_DAYS })));
    if (!takesPart(s, me.id)) return err(userError('forbidden', phrase('session-check-in-not-seated', { title: s.title })));
    const change = await this.store.sessions.addCheckIn(s.id, { personId: me.id, attended, at: now, by: 'self' });
    if (!change) return err(userError('conflict', phrase('session-check-in-twice', titled(s))));
    await this.reliability.count(me.id, change, s);
    const after = await this.store.people.get(me.id);
    return ok({ session: s, attended, attendance: after?.attendance ?? me.attendance });
  }

  /** My record, my training calendar of the last year (in my zone) and who I trained with. */
  async stats(me: Profile): Promise<SessionStats> {
    const now = this.kit.now();
    const [all, attended, connections] = await Promise.all([
      this.store.sessions.listForPerson(me.id, ['open', 'full', 'completed'], new Date(0)),
      this.store.sessions.attendedBy(me.id, calendarStart(now, me.timeZone)),
      this.store.connections.listForPerson(me.id),
    ]);
    const buddies = new Set(connections.filter((c) => c.status === 'accepted').map((c) => otherParty(c, me.id)));
    return {
      history: trainingHistory(attended, me.id, buddies, now, me.timeZone),
      attendance: me.attendance,
      hosted: all.filter((s) => s.hostId === me.id).length,
      joined: all.filter((s) => s.participants.includes(me.id)).length,
      upcoming: all.filter((s) => s.startsAt > now && (s.status === 'open' || s.status === 'full')).length,
    };
  }
}
