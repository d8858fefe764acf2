import { type Notification, personCard } from '../domain/notification.js';
import type { DigestEntry } from '../domain/notifications/matching.js';
import type { Clock } from '../core/deps.js';
import type { Core } from '../core/core.js';
import { LEVELS, levelRank } from '../domain/activities.js';
import { audienceRanking, sessionAudienceRanking } from '../core/matching.js';
import { type BanSubject, type Community, isBanned } from '../domain/community.js';
import { distanceKm } from '../domain/geo.js';
import { type ActionId, newId, type CommunityId, type PersonId, type SessionId } from '../domain/ids.js';
import { activeSince, availableAt, isMatchable, type Profile, reliability } from '../domain/profile.js';
import { isLive, type WorkoutSession } from '../domain/session.js';
import type { Logger } from '../logger.js';
import type { AlertSubject, MatchAlertId, Store } from '../store/port.js';
import type { OutboxNotifier } from '../delivery/outbox-notifier.js';
import type { Planner } from './planner.js';
import type { SchedulerSettings } from './settings.js';
import { localClock, localDay, nextLocalTime, outsideQuietHours } from './time.js';
import { Yielder } from './yield.js';

/** Sessions further than this are never alerted, whatever someone's radius. */
const MAX_SESSION_ALERT_KM = 200;
const DIGEST_LINES = 10;

export type AlertOutcome = 'instant' | 'digest' | 'already' | 'skipped';

export interface AlertRun {
  readonly considered: number;
  readonly instant: number;
  readonly digest: number;
}

/**
 * New-match alerts. A changed profile or a new session is offered to the people it suits: within
 * their radius (and theirs within its), a good enough score, alerts on, neither side blocking the
 * other, not banned where they meet. Each recipient hears of a person or a session series once
 * (the ledger's pair is unique), gets at most `matchAlertsPerDay` on their own, and finds the rest
 * in one evening digest. Alerts falling in someone's quiet hours wait for their end.
 */
export class MatchAlerter {
  private core: Core | null = null;

  constructor(
    private readonly store: Store,
    private readonly outbox: OutboxNotifier,
    private readonly planner: Planner,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly settings: SchedulerSettings,
  ) {}

  attach(core: Core): void {
    this.core = core;
  }

  private get matching() {
    if (!this.core) throw new Error('the scheduler has no core attached');
    return this.core.matching;
  }

  private get actions() {
    if (!this.core) throw new Error('the scheduler has no core attached');
    return this.core.actions;
  }

  /** Tells the people `personId` is now a good match for. */
  async forProfile(personId: PersonId): Promise<AlertRun> {
    const them = await this.store.people.get(personId);
    const now = this.clock();
    // A person paused for no-shows, or gone inactive, is introduced to nobody.
    if (!them || !isMatchable(them) || !them.location || !availableAt(them, now)) return { considered: 0, instant: 0, digest: 0 };
    // Those for whom `them` fits best, by the score each of them would give (not merely the nearest).
    const { candidates } = await this.store.people.pool({
      from: them.location,
      maxKm: them.radiusKm,
      mutual: true,
      excludeIds: [them.id, ...them.blocked],
      notBlockedBy: them.id,
      activitiesAny: them.activities,
      ranking: audienceRanking(them),
      availableAt: { at: now, activeSince: activeSince(now) },
      limit: this.settings.alertPool,
    });
    const communities = new CommunityCache(this.store);
    const tally = { considered: 0, instant: 0, digest: 0 };
    const pause = new Yielder();
    // One string for every recipient's ledger entry, not one each.
    const subject: AlertSubject = `person:${them.id}`;
    const card = personCard(them);
    // One Connect button for the whole run, not one stored action per recipient (a fan-out to
    // thousands kept thousands for a week). It names nobody as its presser: pressing it is the
    // presser's own /connect to `them`, which checks that presser (blocks, bans, requests) like a
    // typed one, and what it offers is no more than typing it.
    let connect: Promise<ActionId> | null = null;
    for (const { item: me, distanceKm: km } of candidates) {
      await pause.tick();
      if (!me.notifications.matchAlerts || !isMatchable(me)) continue;
      // Their moderators banned `them` from a community I am in: not introduced to me.
      if (await communities.bannedInAny(me.communities, them)) continue;
      if (await this.store.connections.findPair(me.id, them.id)) continue;
      const match = this.matching.score(me, them, km, now);
      if (match.score < this.settings.matchAlertMinScore) continue;
      tally.considered += 1;
      const outcome = await this.offer(me, subject, them.id, match.score, async () => {
        connect ??= this.actions.offer(null, { kind: 'connect', person: them.id }, 24 * 7);
        return { kind: 'match-alert', person: card, reasons: match.reasons, connect: await connect };
      });
      if (outcome === 'instant') tally.instant += 1;
      if (outcome === 'digest') tally.digest += 1;
    }
    return tally;
  }

  /** Tells the people near a new session who would want to join it. */
  async forSession(sessionId: SessionId): Promise<AlertRun> {
    const s = await this.store.sessions.get(sessionId);
    const now = this.clock();
    if (!s || !isLive(s) || s.startsAt <= now) return { considered: 0, instant: 0, digest: 0 };
    const host = await this.store.people.get(s.hostId);
    if (!host) return { considered: 0, instant: 0, digest: 0 };
    const community = s.communityId ? await this.store.communities.get(s.communityId) : null;
    // Whoever already asked to join knows about it.
    const asked = (await this.store.joinRequests.listForSession(s.id, ['pending', 'accepted', 'declined'])).map((r) => r.requesterId);
    // Those the session suits best (it falls in their week, it is well within their radius), at its levels.
    const { candidates } = await this.store.people.pool({
      from: s.place.point,
      maxKm: MAX_SESSION_ALERT_KM,
      mutual: true,
      excludeIds: [host.id, ...host.blocked, ...s.participants, ...s.waitlist, ...asked],
      notBlockedBy: host.id,
      activitiesAny: [s.activity],
      levelsAny: LEVELS.filter((l) => levelRank(l) >= levelRank(s.levels.min) && levelRank(l) <= levelRank(s.levels.max)),
      ranking: sessionAudienceRanking(s, localClock(s.timeZone, s.startsAt)),
      availableAt: { at: now, activeSince: activeSince(now) },
      limit: this.settings.alertPool,
    });
    const tally = { considered: 0, instant: 0, digest: 0 };
    const pause = new Yielder();
    for (const { item: me, distanceKm: km } of candidates) {
      await pause.tick();
      if (!me.notifications.matchAlerts || !isMatchable(me) || !me.level) continue;
      if (isBanned(community, me)) continue;
      const rank = levelRank(me.level);
      if (rank < levelRank(s.levels.min) || rank > levelRank(s.levels.max)) continue;
      const score = sessionScore(me, s, host, km);
      if (score < this.settings.matchAlertMinScore) continue;
      tally.considered += 1;
      const outcome = await this.offer(me, `session:${s.seriesId}`, s.id, score, async () => {
        const join = await this.actions.offer(me.id, { kind: 'join', session: s.id }, hoursUntil(s, now));
        const session = { id: s.id, title: s.title, activity: s.activity, levels: s.levels, startsAt: s.startsAt, place: s.place.label, weekly: s.recurrence === 'weekly' };
        return { kind: 'session-alert', session, hostName: host.displayName, distanceKm: km, join };
      });
      if (outcome === 'instant') tally.instant += 1;
      if (outcome === 'digest') tally.digest += 1;
    }
    return tally;
  }

  /**
   * One alert to one person, exactly once: the ledger entry decides whether they have heard of
   * this subject (then nothing happens), and a daily slot whether it goes now or into the digest.
   * A run repeated after a crash finds the entry and re-enqueues the same outbox key, which is a
   * no-op if it got there the first time.
   */
  async offer(me: Profile, subject: AlertSubject, ref: string, score: number, render: () => Promise<Notification>): Promise<AlertOutcome> {
    const key = `match:${me.id}:${subject}`;
    const existing = await this.store.alerts.get(me.id, subject);
    if (existing) {
      if (existing.mode === 'instant' && !(await this.store.outbox.getByKey(key))) {
        await this.outbox.enqueue({ personId: me.id, notification: await render(), dedupeKey: key, kind: 'match-alert', dueAt: outsideQuietHours(me, this.clock()) });
      }
      return 'already';
    }
    const now = this.clock();
    const dueAt = outsideQuietHours(me, now);
    const day = localDay(me.timeZone, dueAt);
    const instant = await this.store.alerts.takeSlot(me.id, day, this.settings.matchAlertsPerDay, now);
    const raced = await this.store.alerts.record({
      id: newId<MatchAlertId>(),
      recipientId: me.id,
      subject,
      ref,
      mode: instant ? 'instant' : 'digest',
      score,
      createdAt: now,
      digestedAt: null,
    });
    if (raced) {
      if (instant) await this.store.alerts.releaseSlot(me.id, day);
      return 'already';
    }
    if (instant) {
      await this.outbox.enqueue({ personId: me.id, notification: await render(), dedupeKey: key, kind: 'match-alert', dueAt });
      return 'instant';
    }
    await this.planner.scheduleMatchDigest(me.id, this.digestTime(me, dueAt));
    return 'digest';
  }

  /** The evening (matchDigestHour, local) of the day the alert would have gone, past quiet hours. */
  digestTime(me: Profile, from: Date): Date {
    const { minute } = localClock(me.timeZone, from);
    const hour = this.settings.matchDigestHour;
    const at = minute < hour * 60 ? nextLocalTime(me.timeZone, from, hour) : from;
    return outsideQuietHours(me, at);
  }

  /** Sends the person's folded alerts as one message; returns how many it carried. */
  async digest(personId: PersonId): Promise<number> {
    const me = await this.store.people.get(personId);
    if (!me) return 0;
    const pending = await this.store.alerts.pendingDigest(me.id);
    if (pending.length === 0) return 0;
    const now = this.clock();
    const lines: DigestEntry[] = [];
    for (const alert of pending) {
      const line = alert.subject.startsWith('person:') ? await this.personEntry(me, alert.ref as PersonId, now) : await this.sessionEntry(alert.ref as SessionId, now);
      if (line) lines.push(line);
    }
    // Keyed by the first entry: a repeated run re-enqueues the same key (a no-op) before marking.
    if (lines.length > 0) {
      await this.outbox.enqueue({
        personId: me.id,
        notification: { kind: 'match-digest', entries: lines.slice(0, DIGEST_LINES), more: Math.max(0, lines.length - DIGEST_LINES) },
        dedupeKey: `match-digest:${me.id}:${pending[0]!.id}`,
        kind: 'match-digest',
        dueAt: outsideQuietHours(me, now),
      });
    }
    await this.store.alerts.markDigested(me.id, pending.map((a) => a.id), now);
    return lines.length;
  }

  private async personEntry(me: Profile, id: PersonId, now: Date): Promise<DigestEntry | null> {
    const them = await this.store.people.get(id);
    if (!them || !isMatchable(them) || !them.location || !me.location) return null;
    if (me.blocked.includes(them.id) || them.blocked.includes(me.id)) return null;
    const match = this.matching.score(me, them, distanceKm(me.location, them.location), now);
    return { kind: 'person', id: them.id, name: them.displayName, reasons: match.reasons };
  }

  private async sessionEntry(id: SessionId, now: Date): Promise<DigestEntry | null> {
    const s = await this.store.sessions.get(id);
    if (!s || !isLive(s) || s.startsAt <= now) return null;
    return { kind: 'session', id: s.id, title: s.title, startsAt: s.startsAt, place: s.place.label };
  }
}

/**
 * How well a session suits a person, 0–1, with the weights of person matching: the activity (a
 * given, it was searched for), the level (in range, checked before), whether it falls in their
 * weekly availability (half marks when they have not said), distance within their radius, and
 * how reliably its host shows up.
 */
export function sessionScore(me: Profile, s: WorkoutSession, host: Profile, distanceKm: number): number {
  let timeFit = 0.5;
  if (me.availability.length > 0) {
    const { weekday, minute } = localClock(me.timeZone, s.startsAt);
    timeFit = me.availability.some((slot) => slot.day === weekday && minute >= slot.start && minute < slot.end) ? 1 : 0;
  }
  const distanceScore = Math.max(0, 1 - distanceKm / Math.max(1, me.radiusKm));
  return 0.35 + 0.15 + 0.25 * timeFit + 0.1 * distanceScore + 0.15 * reliability(host.attendance);
}

const hoursUntil = (s: WorkoutSession, now: Date) => Math.max(1, Math.ceil((s.startsAt.getTime() - now.getTime()) / 3_600_000));

/** Community lookups for one run, each read once. */
class CommunityCache {
  private readonly seen = new Map<CommunityId, Community | null>();

  constructor(private readonly store: Store) {}

  async bannedInAny(ids: readonly CommunityId[], who: BanSubject): Promise<boolean> {
    for (const id of ids) {
      if (!this.seen.has(id)) this.seen.set(id, await this.store.communities.get(id));
      if (isBanned(this.seen.get(id) ?? null, who)) return true;
    }
    return false;
  }
}
