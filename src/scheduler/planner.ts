import type { Agenda } from 'agenda';
import type { Clock } from '../core/deps.js';
import type { CommunityId, ConnectionId, PersonId, SessionId } from '../domain/ids.js';
import { NUDGE_DAYS, type Round, roundDeadline } from '../domain/rounds.js';
import { nextRoundAt } from '../core/rounds-time.js';
import { MEETING_DELAY_DAYS } from '../core/meetings.js';
import type { Profile } from '../domain/profile.js';
import { endsAt, isLive, type WorkoutSession } from '../domain/session.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/port.js';
import { JOB, type JobName } from './job-names.js';
import type { SchedulerSettings } from './settings.js';
import { nextLocalTime } from './time.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A job as the planner sees it in Agenda's store. */
export interface PlannedJob {
  readonly id: string;
  readonly name: string;
  readonly data: Record<string, unknown>;
  readonly nextRunAt: Date | null;
}

/**
 * Turns the store's state into Agenda jobs, idempotently: every method reads the session or the
 * person back and makes the jobs match, creating, moving or removing them. Each job is unique by
 * its name and its key fields (`unique()` upserts), so running a method twice, or two processes
 * running it at once, leaves one job.
 *
 * Per live session:
 * - one `session-reminder` per lead time anyone in it wants (the host's and seated
 *   participants' own lead times, or the deployment's), at `startsAt − lead`; the handler
 *   decides at run time who gets it, so someone who left gets nothing;
 * - `session-request-expiry` at its start (pending requests expire, the waitlist is cleared);
 * - `session-complete` after its end (completed, then the attendance check-in);
 * - `session-next-occurrence` at its start when it is weekly.
 * Per person: `weekly-digest` (opt-in) at their weekday morning; `profile-match-alerts`
 * debounced after profile edits; `match-digest` in the evening of a day their alerts overflowed.
 * Per accepted connection: `meeting-question` a week after; per "not yet": `meeting-question-again`.
 */
export class Planner {
  constructor(
    private readonly agenda: Agenda,
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly settings: SchedulerSettings,
    private readonly log: Logger,
  ) {}

  /** The lead times a person wants: their own (`[]` = none), or the deployment's. */
  leadsOf(person: Profile | null): readonly number[] {
    return person?.notifications.reminderLeadMinutes ?? this.settings.reminderLeadMinutes;
  }

  /** Makes the session's jobs match the session as it is in the store now. */
  async syncSession(sessionId: SessionId): Promise<void> {
    const s = await this.store.sessions.get(sessionId);
    if (!s || !isLive(s)) return this.clearSession(sessionId);
    await this.syncReminders(s);
    const key = { sessionId: s.id };
    await this.upsert(JOB.requestExpiry, key, s.startsAt);
    await this.upsert(JOB.sessionComplete, key, new Date(endsAt(s).getTime() + this.settings.checkInDelayMinutes * MINUTE));
    if (s.recurrence === 'weekly') await this.upsert(JOB.nextOccurrence, key, s.startsAt);
    else await this.agenda.cancel({ name: JOB.nextOccurrence, data: key });
  }

  private async syncReminders(s: WorkoutSession): Promise<void> {
    const now = this.clock();
    const people = await this.store.people.getMany([s.hostId, ...s.participants]);
    const wanted = new Set(people.flatMap((p) => this.leadsOf(p)));
    if (!people.some((p) => p.id === s.hostId)) for (const lead of this.settings.reminderLeadMinutes) wanted.add(lead);
    const existing = await this.jobs(JOB.sessionReminder, { sessionId: s.id });
    const have = new Set<number>();
    for (const job of existing) {
      const lead = Number(job.data.lead);
      if (wanted.has(lead)) have.add(lead);
      else await this.agenda.cancel({ id: job.id });
    }
    for (const lead of wanted) {
      const at = new Date(s.startsAt.getTime() - lead * MINUTE);
      // A reminder whose time has passed is not created late; one that exists is moved (and
      // its handler sends it only if it is still meaningful).
      if (at <= now && !have.has(lead)) continue;
      await this.upsert(JOB.sessionReminder, { sessionId: s.id, lead }, at);
    }
  }

  /** Removes every job of the session (cancelled, removed, gone). */
  async clearSession(sessionId: SessionId): Promise<void> {
    await this.agenda.cancel({ data: { sessionId } });
  }

  /** Weekly digest and the reminders of the sessions the person is in (their lead times count). */
  async syncPerson(personId: PersonId): Promise<void> {
    const person = await this.store.people.get(personId);
    if (!person) {
      await this.agenda.cancel({ data: { personId } });
      return;
    }
    await this.syncWeeklyDigest(person);
    await this.syncPause(person);
    const now = this.clock();
    for (const s of await this.store.sessions.listForPerson(person.id, ['open', 'full'], now)) {
      if (s.hostId === person.id || s.participants.includes(person.id)) await this.syncReminders(s);
    }
  }

  async syncWeeklyDigest(person: Profile): Promise<void> {
    const key = { personId: person.id };
    if (!person.notifications.weeklyDigest || person.status !== 'active') {
      await this.agenda.cancel({ name: JOB.weeklyDigest, data: key });
      return;
    }
    const now = this.clock();
    const at = this.nextWeeklyDigest(person, now);
    const [existing] = await this.jobs(JOB.weeklyDigest, key);
    // Already due (about to run) or already right: leave it.
    if (existing?.nextRunAt && (existing.nextRunAt <= now || existing.nextRunAt.getTime() === at.getTime())) return;
    await this.upsert(JOB.weeklyDigest, key, at);
  }

  /** A running no-show pause ends by a job at its `until`; an ended (or no) pause has none. */
  async syncPause(person: Profile): Promise<void> {
    const key = { personId: person.id };
    const pause = person.noShowPause;
    if (!pause || pause.ended) {
      await this.agenda.cancel({ name: JOB.pauseEnd, data: key });
      return;
    }
    await this.upsert(JOB.pauseEnd, key, pause.until);
  }

  nextWeeklyDigest(person: Profile, after: Date): Date {
    return nextLocalTime(person.timeZone, after, this.settings.weeklyDigestHour, 0, this.settings.weeklyDigestWeekday);
  }

  /**
   * Match alerts for a changed profile, debounced: each edit moves the one pending job to
   * `profileAlertDebounceMs` from now, so the setup wizard's four edits make one run.
   */
  async profileAlerts(personId: PersonId): Promise<void> {
    await this.upsert(JOB.profileAlerts, { personId }, new Date(this.clock().getTime() + this.settings.profileAlertDebounceMs));
  }

  /** Match alerts for a new session, at once (once: a second call finds the job). */
  async sessionAlerts(sessionId: SessionId): Promise<void> {
    await this.upsert(JOB.sessionAlerts, { sessionId }, this.clock(), { insertOnly: true });
  }

  /** The person's folded alerts go out at `at`; an already scheduled digest is kept. */
  async scheduleMatchDigest(personId: PersonId, at: Date): Promise<void> {
    const [existing] = await this.jobs(JOB.matchDigest, { personId });
    if (existing?.nextRunAt) return;
    await this.upsert(JOB.matchDigest, { personId }, at);
  }

  /**
   * A community's next pairing round: one `round-run` job at its next weekday and hour on the
   * community's clock (the job plans the one after as it runs); none while rounds are off.
   */
  async syncRounds(communityId: CommunityId): Promise<void> {
    const config = await this.store.rounds.config(communityId);
    const key = { communityId };
    if (!config?.enabled) {
      await this.agenda.cancel({ name: JOB.roundRun, data: key });
      return;
    }
    await this.upsert(JOB.roundRun, key, nextRoundAt(config, this.clock()));
  }

  /**
   * A held round's follow-ups: the nudge NUDGE_DAYS in, and its end at `endsAt` (the next round's
   * time on the community clock, so a week with a clock change is 167 or 169 hours), never later
   * than ROUND_DAYS.
   */
  async roundFollowUps(round: Round, endsAt: Date): Promise<void> {
    const end = Math.min(endsAt.getTime(), roundDeadline(round).getTime() + 3_600_000);
    await this.upsert(JOB.roundNudge, { roundId: round.id }, new Date(round.startedAt.getTime() + NUDGE_DAYS * 86_400_000), { insertOnly: true });
    await this.upsert(JOB.roundEnd, { roundId: round.id }, new Date(end), { insertOnly: true });
  }

  /**
   * "Did you two train together?" a week after the connection was accepted; a connection that is
   * not (or no longer) accepted has no question planned.
   */
  async syncConnectionQuestion(connectionId: ConnectionId): Promise<void> {
    const c = await this.store.connections.get(connectionId);
    const key = { connectionId };
    if (c?.status !== 'accepted') {
      await this.agenda.cancel({ name: JOB.meetingQuestion, data: key });
      return;
    }
    const since = c.respondedAt ?? c.createdAt;
    await this.upsert(JOB.meetingQuestion, key, new Date(since.getTime() + MEETING_DELAY_DAYS * DAY), { insertOnly: true });
  }

  /** The second asking of someone who answered "not yet". */
  async meetingAskAgain(sourceKey: string, personId: PersonId, at: Date): Promise<void> {
    await this.upsert(JOB.meetingAskAgain, { sourceKey, personId }, at);
  }

  /** Jobs of one name whose data contains `data`, soonest first. */
  async jobs(name: JobName, data: Record<string, unknown>): Promise<PlannedJob[]> {
    const { jobs } = await this.agenda.queryJobs({ name, data, sort: { nextRunAt: 'asc' } });
    return jobs.map((j) => ({ id: String(j._id), name: j.name, data: (j.data ?? {}) as Record<string, unknown>, nextRunAt: j.nextRunAt ?? null }));
  }

  /** Creates the job of this name and key, or moves the existing one (unless `insertOnly`). */
  private async upsert(name: JobName, data: Record<string, unknown>, at: Date, options: { insertOnly?: boolean } = {}): Promise<void> {
    const unique = Object.fromEntries(Object.entries(data).map(([k, v]) => [`data.${k}`, v]));
    await this.agenda
      .create(name, data)
      .unique(unique, options.insertOnly ? { insertOnly: true } : undefined)
      .schedule(at)
      .save();
    this.log.debug({ job: name, ...data, at: at.toISOString() }, 'job planned');
  }
}
