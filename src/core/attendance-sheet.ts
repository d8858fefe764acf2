/**
 * After a session the host confirms who came, on one sheet: a row per seated participant,
 * pre-filled from their own answers, each flipped by a button, and "Done". The host's mark wins
 * over the person's own answer (src/domain/session.ts `outcomeOf`), so every figure agrees; each
 * change moves the person's attendance once (a correction moves a count, it never adds one).
 */
import type { PersonId, SessionId } from '../domain/ids.js';
import type { AttendanceRow, AttendanceSheet } from '../domain/notifications/attendance.js';
import { sessionCard } from '../domain/notifications/sessions.js';
import { phrase } from '../domain/phrase.js';
import type { Profile } from '../domain/profile.js';
import { endsAt, outcomeOf, sourceOf, type WorkoutSession } from '../domain/session.js';
import { err, ok, type Result, userError } from '../result.js';
import type { Reliability } from './reliability.js';
import { CHECK_IN_DAYS } from './sessions-attendance.js';
import type { SessionKit } from './sessions-kit.js';

const DAY_MS = 86_400_000;

/** Pre-filled as came unless they said they missed it: the host marks no-shows, nobody is one by default. */
const preFilled = (s: WorkoutSession, personId: PersonId): boolean => outcomeOf(s, personId) ?? true;

const hostMarked = (s: WorkoutSession, personId: PersonId): boolean =>
  s.checkIns.some((c) => c.personId === personId && sourceOf(c) === 'host');

export class AttendanceSheets {
  constructor(
    private readonly kit: SessionKit,
    private readonly reliability: Reliability,
  ) {}

  private get store() {
    return this.kit.deps.store;
  }

  /** The buttons of a sheet last as long as check-ins do (a day more, for a late press). */
  private ttlHours(s: WorkoutSession): number {
    return Math.max(1, Math.ceil((endsAt(s).getTime() + (CHECK_IN_DAYS + 1) * DAY_MS - this.kit.now().getTime()) / 3_600_000));
  }

  private async sheet(s: WorkoutSession, confirmed: boolean): Promise<AttendanceSheet> {
    const ttl = this.ttlHours(s);
    const people = await this.store.people.getMany(s.participants);
    const names = new Map(people.map((p) => [p.id, p.displayName]));
    const rows: AttendanceRow[] = [];
    for (const personId of s.participants) {
      rows.push({
        personId,
        name: names.get(personId) ?? '',
        came: preFilled(s, personId),
        confirmed: hostMarked(s, personId),
        toggle: await this.kit.actions.offer(s.hostId, { kind: 'attendance-toggle', session: s.id, person: personId }, ttl),
      });
    }
    return { session: sessionCard(s), rows, done: await this.kit.actions.offer(s.hostId, { kind: 'attendance-done', session: s.id }, ttl), confirmed };
  }

  /** Scheduler: the host's one message after a session with seated participants; false when there is none to ask. */
  async send(sessionId: SessionId): Promise<boolean> {
    const s = await this.store.sessions.get(sessionId);
    if (!s || s.status !== 'completed' || s.participants.length === 0) return false;
    await this.kit.notify(s.hostId, { kind: 'attendance-sheet', ...(await this.sheet(s, false)) });
    return true;
  }

  /** The session a host may confirm: theirs, completed, and within the check-in days. */
  private async confirmable(me: Profile, sessionId: string): Promise<Result<WorkoutSession>> {
    const s = await this.store.sessions.get(sessionId as SessionId);
    if (!s) return err(userError('not-found', phrase('session-not-found')));
    if (s.hostId !== me.id) return err(userError('forbidden', phrase('attendance-not-host', { title: s.title })));
    if (s.status !== 'completed') return err(userError('conflict', phrase('attendance-not-over', { title: s.title })));
    if (this.kit.now().getTime() > endsAt(s).getTime() + CHECK_IN_DAYS * DAY_MS)
      return err(userError('expired', phrase('attendance-closed', { title: s.title, days: CHECK_IN_DAYS })));
    return ok(s);
  }

  /** The host flips one person's mark (came ↔ no-show); the sheet as it is now. */
  async toggle(me: Profile, sessionId: string, personId: string): Promise<Result<AttendanceSheet>> {
    const found = await this.confirmable(me, sessionId);
    if (!found.ok) return found;
    const s = found.value;
    const who = personId as PersonId;
    if (!s.participants.includes(who)) return err(userError('not-found', phrase('attendance-not-seated', { title: s.title })));
    await this.mark(s, who, !preFilled(s, who));
    const after = (await this.store.sessions.get(s.id)) ?? s;
    return ok(await this.sheet(after, false));
  }

  /** The host confirms the sheet: every row not yet marked by them is marked as it shows. */
  async done(me: Profile, sessionId: string): Promise<Result<AttendanceSheet>> {
    const found = await this.confirmable(me, sessionId);
    if (!found.ok) return found;
    const s = found.value;
    for (const personId of s.participants) if (!hostMarked(s, personId)) await this.mark(s, personId, preFilled(s, personId));
    const after = (await this.store.sessions.get(s.id)) ?? s;
    return ok(await this.sheet(after, true));
  }

  private async mark(s: WorkoutSession, personId: PersonId, attended: boolean): Promise<void> {
    const change = await this.store.sessions.addCheckIn(s.id, { personId, attended, at: this.kit.now(), by: 'host' });
    if (change) await this.reliability.count(personId, change, s);
  }
}
