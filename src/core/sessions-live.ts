/**
 * While a session happens: the sessions a person is in right now (or was in a moment ago), the
 * buttons a reminder carries ("I'm here", "Running late"), and late notices to the others. A
 * late notice says who and how many minutes, never where anyone is.
 */
import type { ActionId, PersonId } from '../domain/ids.js';
import { sessionCard } from '../domain/notifications/sessions.js';
import { at, phrase } from '../domain/phrase.js';
import type { Profile } from '../domain/profile.js';
import { isLive, sourceOf, type WorkoutSession } from '../domain/session.js';
import {
  HERE_OPENS_MINUTES,
  hereOpensAt,
  LATE_CLOSES_MINUTES,
  LATE_EVERY_MINUTES,
  LATE_MAX_MINUTES,
  LATE_MIN_MINUTES,
  lateClosesAt,
  type LivePhase,
  phaseOf,
  shownUntil,
  takesPart,
} from '../domain/session-live.js';
import { err, ok, type Result, userError } from '../result.js';
import { retryIn } from './limits.js';
import type { SessionKit } from './sessions-kit.js';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
/** Far enough back to find every session still shown: the longest (10 h) plus the day after it. */
const LOOK_BACK_MS = 48 * HOUR_MS;

/** A session I host or sit in, from an hour before its start until a day after its end. */
export interface CurrentSession {
  readonly session: WorkoutSession;
  readonly role: 'host' | 'participant';
  readonly phase: Extract<LivePhase, 'soon' | 'now' | 'ended'>;
  /** I said whether I came already (my own answer). */
  readonly answered: boolean;
  /** "Running late" is still open for it. */
  readonly lateOpen: boolean;
}

/** What a check-in or a late notice without a session is about. */
export type LivePurpose = 'here' | 'missed' | 'late';

export interface LateOutcome {
  readonly session: WorkoutSession;
  readonly minutes: number;
  /** How many were told. */
  readonly told: number;
}

/** The buttons a reminder carries for one person. */
export interface LiveButtons {
  readonly here: ActionId;
  readonly late: ActionId;
}

const answeredBy = (s: WorkoutSession, personId: PersonId): boolean => s.checkIns.some((c) => c.personId === personId && sourceOf(c) === 'self');

/** The id of the marker that holds back a person's next late notice for a session. */

export class SessionLive {
  constructor(private readonly kit: SessionKit) {}

  private get store() {
    return this.kit.deps.store;
  }

  /** My sessions from an hour before their start until a day after their end, soonest first. */
  async current(me: Profile): Promise<CurrentSession[]> {
    const now = this.kit.now();
    const mine = await this.store.sessions.listForPerson(me.id, ['open', 'full', 'completed'], new Date(now.getTime() - LOOK_BACK_MS));
    const out: CurrentSession[] = [];
    for (const s of mine) {
      const phase = phaseOf(s, now);
      if (!takesPart(s, me.id) || (phase !== 'soon' && phase !== 'now' && phase !== 'ended')) continue;
      out.push({
        session: s,
        role: s.hostId === me.id ? 'host' : 'participant',
        phase,
        answered: answeredBy(s, me.id),
        lateOpen: isLive(s) && now <= lateClosesAt(s),
      });
    }
    return out;
  }

  /** The current sessions a check-in or late notice without a session could mean. */
  async candidates(me: Profile, purpose: LivePurpose): Promise<CurrentSession[]> {
    const all = await this.current(me);
    if (purpose === 'late') return all.filter((c) => c.lateOpen);
    return all.filter((c) => !c.answered && (purpose === 'here' || c.phase !== 'soon'));
  }

  /** "I'm here" and "Running late" for a reminder: they last until the session leaves my current ones. */
  async buttons(s: WorkoutSession, personId: PersonId): Promise<LiveButtons> {
    const ttl = Math.max(1, Math.ceil((shownUntil(s).getTime() - this.kit.now().getTime()) / HOUR_MS));
    return {
      here: await this.kit.actions.offer(personId, { kind: 'checkin', session: s.id, attended: true }, ttl),
      late: await this.kit.actions.offer(personId, { kind: 'running-late', session: s.id }, ttl),
    };
  }

  /** Whether I may say I'm running late for the session now: the session, or why not. */
  async lateAllowed(me: Profile, ref: string): Promise<Result<WorkoutSession>> {
    const found = await this.kit.resolve(me, ref);
    if (!found.ok) return found;
    const s = found.value;
    const now = this.kit.now();
    if (s.status === 'cancelled') return err(userError('conflict', phrase('live-late-cancelled', { title: s.title })));
    if (!takesPart(s, me.id)) return err(userError('forbidden', phrase('live-late-not-seated', { title: s.title })));
    if (now < hereOpensAt(s))
      return err(userError('conflict', phrase('live-late-early', { title: s.title, minutes: HERE_OPENS_MINUTES, opens: at(hereOpensAt(s), 'R') })));
    if (now > lateClosesAt(s)) return err(userError('expired', phrase('live-late-closed', { title: s.title, minutes: LATE_CLOSES_MINUTES })));
    return ok(s);
  }

  /**
   * Tells the host and the other seated participants that I'm `minutes` late: at most once per
   * person and session within LATE_EVERY_MINUTES. Nobody in a block with me is told.
   */
  async late(me: Profile, ref: string, minutes: number): Promise<Result<LateOutcome>> {
    const allowed = await this.lateAllowed(me, ref);
    if (!allowed.ok) return allowed;
    const s = allowed.value;
    if (!Number.isInteger(minutes) || minutes < LATE_MIN_MINUTES || minutes > LATE_MAX_MINUTES)
      return err(userError('invalid-input', phrase('live-late-minutes-range', { min: LATE_MIN_MINUTES, max: LATE_MAX_MINUTES })));
    const now = this.kit.now();
    const held = await this.store.marks.claim(
      { kind: 'running-late', session: s.id, personId: me.id, createdAt: now, expiresAt: new Date(now.getTime() + LATE_EVERY_MINUTES * MINUTE_MS) },
      now,
    );
    if (held)
      return err(userError('rate-limited', phrase('live-late-again', { title: s.title, minutes: LATE_EVERY_MINUTES, retry: retryIn(held.expiresAt.getTime() - now.getTime()) })));
    const others = [s.hostId, ...s.participants].filter((p) => p !== me.id && !me.blocked.includes(p));
    const people = await this.store.people.getMany([...new Set(others)]);
    const told = people.filter((p) => !p.blocked.includes(me.id));
    const card = sessionCard(s);
    for (const p of told) await this.kit.notify(p.id, { kind: 'session-running-late', session: card, who: me.displayName, minutes, toHost: p.id === s.hostId });
    return ok({ session: s, minutes, told: told.length });
  }
}
