import type { Community } from '../domain/community.js';
import { type CommunityId, type MessageId, newId, type PersonId, type ReportId, type SessionId } from '../domain/ids.js';
import { pausedAt, type Profile } from '../domain/profile.js';
import type { WorkoutSession } from '../domain/session.js';
import type { Report, ReportTarget } from '../domain/social.js';
import type { Invocation } from '../domain/invocation.js';
import type { Notification } from '../domain/notification.js';
import type { ReportSubject } from '../domain/notifications/moderation.js';
import { phrase } from '../domain/phrase.js';
import { err, ok, type Result, userError } from '../result.js';
import { limitedError } from './limits.js';
import { distinctNames } from '../domain/names.js';
import type { Actions } from './actions.js';
import type { CoreDeps } from './deps.js';
import { isOwner } from './permissions.js';
import type { SessionsService } from './sessions.js';

export const REASON_MAX = 500;
const EXCERPT_MAX = 300;
/** A pause appeal's reason: the appellant writes nothing; the presentation says what it is (`reasonWords`). */
const APPEAL_REASON = '';
/** A moderator not seen acting as one for this long is no longer sent reports. */
export const MODERATOR_FRESH_DAYS = 90;
const DAY_MS = 86_400_000;

/**
 * Who moderates the community, as reports and notices reach them: those seen moderating there
 * lately; when none is known, the deployment's owners. Never anyone in `except` (the people a
 * report is about, its reporter).
 */
export async function moderatorsOf(deps: CoreDeps, community: Community, except: ReadonlySet<PersonId> = new Set()): Promise<PersonId[]> {
  const now = deps.clock().getTime();
  const fresh = community.moderators.filter((m) => now - m.seenAt.getTime() < MODERATOR_FRESH_DAYS * DAY_MS && !except.has(m.personId)).map((m) => m.personId);
  if (fresh.length > 0) return [...new Set(fresh)];
  const owners = await Promise.all(deps.settings.owners.map((key) => deps.store.people.findByIdentity(key)));
  return [...new Set(owners.filter((p): p is Profile => p !== null && !except.has(p.id)).map((p) => p.id))];
}

/** A notice the moderators hear once, until its mark is cleared (the bot got the permission back). */
export interface OnceToModerators {
  /** Sets the "told" mark; true only for the call that set it, so of two at once one tells. */
  readonly claim: () => Promise<boolean>;
  /** The community as it stands once the mark is held. */
  readonly community: () => Promise<Community>;
  readonly notification: (community: Community) => Notification;
  /** The log line saying they were told. */
  readonly logged: string;
}

/** Tells the community's moderators, when this call claims the mark; false when another did. */
export async function tellModeratorsOnce(deps: CoreDeps, once: OnceToModerators): Promise<boolean> {
  if (!(await once.claim())) return false;
  const community = await once.community();
  const recipients = await moderatorsOf(deps, community);
  for (const id of recipients) await deps.notifier.notify(id, once.notification(community));
  deps.log.info({ communityId: community.id, told: recipients.length }, once.logged);
  return true;
}
/** How long the "Open report" button of a pushed report works. */
const REPORT_BUTTON_HOURS = 24 * 14;

/** What a person reports; the desk checks it exists and that they may report it. */
export type ReportInput =
  | { readonly kind: 'person'; readonly personId: PersonId }
  | { readonly kind: 'session'; readonly sessionId: SessionId }
  /** A message relayed to the reporter (from the "Report" button under it). */
  | { readonly kind: 'message'; readonly messageId: MessageId };

/** A report as moderators see it, with names instead of bare ids. */
export interface ReportView {
  readonly report: Report;
  /** Null when the reporter has left Spotter. */
  readonly reporterName: string | null;
  /** Who or what it is about, with names instead of bare ids. */
  readonly subject: ReportSubject;
  /** The people it is about (the person, the message's author, the session's host). */
  readonly concerns: readonly PersonId[];
}

const targetKey = (t: ReportTarget): string =>
  t.kind === 'person' ? `p:${t.personId}` : t.kind === 'pause' ? `z:${t.personId}` : t.kind === 'session' ? `s:${t.sessionId}` : `m:${t.messageId}`;

/** Reports and session removal, the parts of moderation that touch other people's things. */
/** How a moderator's removal cancels a session: exactly as its host would. */
export type SessionCanceller = Pick<SessionsService, 'cancel' | 'liftPause'>;

export class ReportDesk {
  constructor(
    private readonly deps: CoreDeps,
    private readonly sessions: SessionCanceller,
    private readonly actions: Actions,
  ) {}

  async file(me: Profile, community: Community | null, input: ReportInput, reason: string): Promise<Result<Report>> {
    const { store, clock, log } = this.deps;
    const why = reason.trim();
    if (!why) return err(userError('invalid-input', phrase('report-error-reason-empty')));
    if (why.length > REASON_MAX) return err(userError('invalid-input', phrase('report-error-reason-too-long', { max: String(REASON_MAX) })));
    const now = clock();
    let target: ReportTarget;
    let communityId: CommunityId | null = community?.id ?? null;
    switch (input.kind) {
      case 'person': {
        if (input.personId === me.id) return err(userError('invalid-input', phrase('report-error-self')));
        if (!(await store.people.get(input.personId))) return err(userError('not-found', phrase('report-error-person-not-found')));
        target = { kind: 'person', personId: input.personId };
        break;
      }
      case 'session': {
        const session = await store.sessions.get(input.sessionId);
        if (!session) return err(userError('not-found', phrase('report-error-session-not-found')));
        // A session belongs to one community: its moderators get the report.
        communityId = session.communityId ?? communityId;
        target = { kind: 'session', sessionId: session.id };
        break;
      }
      case 'message': {
        const message = await store.messages.get(input.messageId, now);
        // Else a session chat message relayed to me: its session's community hears of it.
        const chat = message ? null : await store.sessionChat.get(input.messageId, now);
        const found = message && message.toId === me.id ? message : chat && chat.toIds.includes(me.id) ? chat : null;
        if (!found)
          return err(userError('not-found', phrase('report-error-message-not-found', { days: this.deps.settings.messageRetentionDays })));
        if (chat) communityId = (await store.sessions.get(chat.sessionId))?.communityId ?? communityId;
        target = { kind: 'message', messageId: found.id, authorId: found.fromId, excerpt: found.body.slice(0, EXCERPT_MAX) };
        break;
      }
    }
    if (!communityId)
      return err(userError('invalid-input', phrase('report-error-no-community')));
    const open = await store.reports.listOpen(communityId, 1000);
    if (open.some((r) => r.reporterId === me.id && targetKey(r.target) === targetKey(target)))
      return err(userError('conflict', phrase('report-error-already-reported')));
    const allowed = await this.deps.limits.take('report', me.id);
    if (!allowed.ok) return err(limitedError(allowed.error));
    const report: Report = { id: newId<ReportId>(), communityId, reporterId: me.id, target, reason: why, state: { status: 'open' }, createdAt: now };
    await store.reports.insert(report);
    log.info({ reportId: report.id, communityId, kind: target.kind }, 'report filed');
    await this.pushToModerators(report);
    return ok(report);
  }

  /**
   * Pushes a new report to the community's moderators who can be reached: those recorded acting
   * as moderators there lately; when none is known, the deployment's owners. Nobody gets a report
   * about themselves, and the reporter is never told who moderates.
   */
  private async pushToModerators(report: Report): Promise<number> {
    const { store, notifier, log } = this.deps;
    const community = await store.communities.get(report.communityId);
    if (!community) return 0;
    const [view] = await this.describe([report]);
    if (!view) return 0;
    const recipients = await moderatorsOf(this.deps, community, new Set<PersonId>([report.reporterId, ...view.concerns]));
    let told = 0;
    for (const id of recipients) {
      const open = await this.actions.offer(id, { kind: 'report-open', report: report.id }, REPORT_BUTTON_HOURS);
      try {
        await notifier.notify(id, {
          kind: 'report-arrived',
          community: community.name,
          reporter: view.reporterName,
          filedAt: report.createdAt,
          subject: view.subject,
          reason: report.reason,
          open,
        });
        told++;
      } catch (error) {
        log.warn({ reportId: report.id, err: (error as Error).message }, 'report notice failed');
      }
    }
    log.info({ reportId: report.id, told }, 'report pushed to moderators');
    return told;
  }

  /**
   * A report opened from its pushed notice, possibly in a private chat where the platform says
   * nothing about the community: allowed to a moderator recorded there (not dropped since) or an
   * owner. Anyone else finds nothing, as if it did not exist.
   */
  async openForModerator(me: Profile, invocation: Invocation, reportId: ReportId): Promise<Result<{ communityName: string; view: ReportView }>> {
    const { store, settings } = this.deps;
    const missing = err(userError('not-found', phrase('report-error-report-not-found')));
    const report = await store.reports.get(reportId);
    if (!report) return missing;
    const community = await store.communities.get(report.communityId);
    if (!community) return missing;
    if (!isOwner(settings, invocation) && !community.moderators.some((m) => m.personId === me.id)) return missing;
    const [view] = await this.describe([report]);
    return view ? ok({ communityName: community.name, view }) : missing;
  }

  async open(community: Community, limit: number): Promise<ReportView[]> {
    return this.describe(await this.deps.store.reports.listOpen(community.id, limit));
  }

  /** Reports with names instead of bare ids, and who each one is about. */
  private async describe(reports: readonly Report[]): Promise<ReportView[]> {
    const { store } = this.deps;
    const sessions = new Map<string, WorkoutSession>();
    for (const r of reports)
      if (r.target.kind === 'session' && !sessions.has(r.target.sessionId)) {
        const s = await store.sessions.get(r.target.sessionId);
        if (s) sessions.set(s.id, s);
      }
    const personIds = [
      ...reports.flatMap((r) => [r.reporterId, ...(r.target.kind === 'person' || r.target.kind === 'pause' ? [r.target.personId] : r.target.kind === 'message' ? [r.target.authorId] : [])]),
      ...[...sessions.values()].map((s) => s.hostId),
    ];
    const people = await store.people.getMany([...new Set(personIds)]);
    const names = distinctNames(people);
    const now = this.deps.clock();
    const pauses = new Map(people.map((p) => [p.id, pausedAt(p, now) ? p.noShowPause!.until : null]));
    const nameOf = (id: PersonId) => names.get(id) ?? null;
    return reports.map((report) => {
      const t = report.target;
      let subject: ReportSubject;
      let concerns: PersonId[] = [];
      if (t.kind === 'person') {
        subject = { kind: 'person', id: t.personId, name: nameOf(t.personId) };
        concerns = [t.personId];
      } else if (t.kind === 'pause') {
        // The appellant is the person paused: they are the reporter, so never sent their own appeal.
        subject = { kind: 'pause', id: t.personId, name: nameOf(t.personId), until: pauses.get(t.personId) ?? null };
        concerns = [t.personId];
      } else if (t.kind === 'message') {
        subject = { kind: 'message', authorId: t.authorId, authorName: nameOf(t.authorId), excerpt: t.excerpt };
        concerns = [t.authorId];
      } else {
        const s = sessions.get(t.sessionId);
        subject = s
          ? { kind: 'session', id: s.id, title: s.title, startsAt: s.startsAt, status: s.status, hostId: s.hostId, hostName: nameOf(s.hostId) }
          : { kind: 'session-gone', id: t.sessionId };
        concerns = s ? [s.hostId] : [];
      }
      return { report, reporterName: nameOf(report.reporterId), subject, concerns };
    });
  }

  /**
   * The "Appeal" button under a no-show pause: a report-like entry for the moderators of the
   * community the last missed session belonged to. The reason is left empty, in the appellant's
   * stead, said by the presentation (the pause and its end are the subject); once per open appeal.
   */
  async appealPause(me: Profile): Promise<Result<Report>> {
    const { store, clock, log } = this.deps;
    const now = clock();
    const pause = me.noShowPause;
    if (!pause || !pausedAt(me, now)) return err(userError('conflict', phrase('attendance-appeal-not-paused')));
    if (!pause.communityId) return err(userError('invalid-input', phrase('attendance-appeal-nowhere')));
    const target: ReportTarget = { kind: 'pause', personId: me.id };
    const open = await store.reports.listOpen(pause.communityId, 1000);
    if (open.some((r) => targetKey(r.target) === targetKey(target))) return err(userError('conflict', phrase('attendance-appeal-twice')));
    const report: Report = { id: newId<ReportId>(), communityId: pause.communityId, reporterId: me.id, target, reason: APPEAL_REASON, state: { status: 'open' }, createdAt: now };
    await store.reports.insert(report);
    log.info({ reportId: report.id, communityId: pause.communityId, kind: 'pause' }, 'pause appealed');
    await this.pushToModerators(report);
    return ok(report);
  }

  /**
   * Resolves a report with a note. `clear` on a pause appeal lifts the pause (the person is told
   * by the lifting); on any other report it is refused, so nothing is resolved by mistake.
   */
  async resolve(community: Community, by: Profile, reportId: ReportId, note: string, clear = false): Promise<Result<Report>> {
    const { store, clock, notifier } = this.deps;
    const text = note.trim();
    if (!text) return err(userError('invalid-input', phrase('report-error-note-empty')));
    const report = await store.reports.get(reportId);
    if (!report || report.communityId !== community.id) return err(userError('not-found', phrase('report-error-not-found-here')));
    if (clear && report.target.kind !== 'pause') return err(userError('invalid-input', phrase('attendance-clear-not-appeal')));
    const resolved = await store.reports.resolve(report.id, by.id, text.slice(0, REASON_MAX), clock());
    if (!resolved) return err(userError('conflict', phrase('report-error-already-resolved')));
    if (report.target.kind === 'pause') {
      // The appellant hears that the pause is lifted, or (not cleared) only that it was looked at.
      if (clear && (await this.sessions.liftPause(report.target.personId, 'cleared'))) return ok(resolved);
    }
    await notifier.notify(report.reporterId, { kind: 'report-reviewed', community: community.name });
    return ok(resolved);
  }

  /** The session is cancelled the same way its host would (everyone told, announcement updated). */
  async removeSession(community: Community, by: Profile, sessionId: SessionId, reason: string): Promise<Result<{ session: WorkoutSession; told: number }>> {
    const why = reason.trim();
    if (!why) return err(userError('invalid-input', phrase('report-error-reason-empty')));
    const session = await this.deps.store.sessions.get(sessionId);
    if (!session || session.communityId !== community.id) return err(userError('not-found', phrase('report-error-session-not-here')));
    const pending = await this.deps.store.joinRequests.listForSession(session.id, ['pending']);
    const cancelled = await this.sessions.cancel(session, why, by.id);
    if (!cancelled.ok) return cancelled;
    this.deps.log.info({ sessionId: session.id, communityId: community.id }, 'session removed by a moderator');
    const c = cancelled.value;
    const told = new Set<PersonId>([c.hostId, ...c.participants, ...c.waitlist, ...pending.map((r) => r.requesterId)]);
    told.delete(by.id);
    return ok({ session: cancelled.value, told: told.size });
  }

}
