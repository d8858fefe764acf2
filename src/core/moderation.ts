import { type Community, type CommunitySettings, type MeetingPlace, type PlatformCommunitySettings, withPlatformSettings } from '../domain/community.js';
import type { Lang } from '../domain/language.js';
import { type AuditId, newId, type PersonId, type ReportId, type SessionId } from '../domain/ids.js';
import type { Profile } from '../domain/profile.js';
import type { WorkoutSession } from '../domain/session.js';
import type { AuditAction, AuditEntry, JoinRequestStatus, Report } from '../domain/social.js';
import type { Invocation } from '../domain/invocation.js';
import { phrase } from '../domain/phrase.js';
import { err, ok, type Result, userError } from '../result.js';
import type { CoreDeps } from './deps.js';
import type { BanSubject } from '../domain/community.js';
import type { Actions } from './actions.js';
import { BanDesk, type BanOutcome, type CommunityLeaver } from './moderation-bans.js';
import { ReportDesk, type SessionCanceller, type ReportInput, type ReportView } from './moderation-reports.js';
import { isBannedFrom } from './moderation-rules.js';
import { resolveLocation } from './parse/location.js';
import { isModerator } from './permissions.js';
import { type CommunityHistory, communityHistory, weeksStart } from './progress.js';
import { type HealthFigures, healthFigures, healthSince, judgedPairs, MET_WITHIN_DAYS } from './health.js';
import { pairsOf } from '../domain/rounds.js';
import { CLEAR_WORDS, isKeyword } from '../domain/keywords.js';

export { bannedFrom, isBannedFrom } from './moderation-rules.js';
export type { ReportInput, ReportView } from './moderation-reports.js';
export type { BanOutcome } from './moderation-bans.js';

const DAY_MS = 86_400_000;
export const MAX_PLACES = 25;
export const PLACE_NAME_MAX = 60;
const STATS_WINDOW_DAYS = 30;

/**
 * Who is acting, as the core needs it to decide permission: the stored community and the
 * platform facts of this very invocation (roles, admin). A CommandContext is one.
 */
export interface ModActor {
  readonly invocation: Invocation;
  readonly me: Profile;
  readonly community: Community | null;
}

/** A settings change; a string field set to null clears it. */
export interface SettingsPatch {
  readonly announceChannelId?: string | null;
  readonly moderatorRoleId?: string | null;
  readonly defaultRadiusKm?: number;
  /** What is posted in the community is said in this language; null: each reader's own, else English. */
  readonly language?: Lang | null;
  /** Whether announced sessions are also the platform's own events. */
  readonly scheduledEvents?: boolean;
}

export type PlaceOutcome =
  | { readonly kind: 'added'; readonly name: string; readonly area: string; readonly count: number }
  | { readonly kind: 'ambiguous'; readonly options: readonly string[] };

export interface CommunityStats {
  /** People who have used Spotter in this community. */
  readonly people: number;
  readonly sessionsThisWeek: number;
  readonly joinRequests: Record<JoinRequestStatus, number>;
  readonly windowDays: number;
  /** Accepted among decided join requests (accepted, declined, expired); null with none decided. */
  readonly acceptanceRate: number | null;
  readonly openReports: number;
  readonly bans: number;
  readonly places: number;
  /** The last weeks, in the asking moderator's zone. */
  readonly history: CommunityHistory;
  /** Show-up, no-shows, pairs training together, round pairs meeting (src/core/health.ts). */
  readonly health: HealthFigures;
}

export interface AuditView {
  readonly entry: AuditEntry;
  /** Null when the moderator has left Spotter. */
  readonly actorName: string | null;
}

const FORBIDDEN = userError('forbidden', phrase('mod-error-forbidden'));
/** Platform ids of channels and roles: Discord snowflakes, Telegram chat ids, mention syntax. */
const PLATFORM_ID = /^-?[A-Za-z0-9_.:-]{1,40}$/;
const LOOKS_LIKE_COORDINATES = /-?\d{1,3}\.\d{2,}/;

/**
 * Community settings, curated places, reports, bans, session removal, stats and the audit log.
 * Every moderator method decides permission itself (the dispatcher's gate is not enough: the
 * core is the authority) and every change writes an audit entry.
 */
export class ModerationService {
  private readonly desk: ReportDesk;
  private readonly bans: BanDesk;

  constructor(
    private readonly deps: CoreDeps,
    sessions: SessionCanceller & CommunityLeaver,
    actions: Actions,
  ) {
    this.desk = new ReportDesk(deps, sessions, actions);
    this.bans = new BanDesk(deps, sessions);
  }

  /** Whether the person is banned from the community: they may not be seen or post there. */
  isBanned(community: Community | null, who: BanSubject): boolean {
    return isBannedFrom(community, who);
  }

  /** The community, freshly read, when `actor` moderates it. */
  private async guard(actor: ModActor): Promise<Result<Community>> {
    if (!actor.community) return err(userError('invalid-input', phrase('mod-error-needs-community')));
    if (!isModerator(this.deps.settings, actor.community, actor.invocation)) return err(FORBIDDEN);
    const fresh = await this.deps.store.communities.get(actor.community.id);
    return fresh ? ok(fresh) : err(userError('not-found', phrase('mod-error-unknown-community')));
  }

  private async audit(community: Community, actor: ModActor, action: AuditAction, target: string, detail: string): Promise<void> {
    await this.deps.store.audit.insert({
      id: newId<AuditId>(),
      communityId: community.id,
      actorId: actor.me.id,
      action,
      target: target.slice(0, 100),
      detail: detail.slice(0, 300),
      at: this.deps.clock(),
    });
    this.deps.log.info({ communityId: community.id, action }, 'moderator action');
  }

  // ------------------------------------------------------------------ settings

  /** The community with its settings (its platform's own among them: see `platformSettingsOf`). */
  async settings(actor: ModActor): Promise<Result<Community>> {
    return this.guard(actor);
  }

  async updateSettings(actor: ModActor, patch: SettingsPatch): Promise<Result<Community>> {
    const c = await this.guard(actor);
    if (!c.ok) return c;
    const changes: Partial<{ -readonly [K in keyof CommunitySettings]: CommunitySettings[K] }> = {};
    const own: Partial<{ -readonly [K in keyof PlatformCommunitySettings]: PlatformCommunitySettings[K] }> = {};
    const said: string[] = [];
    for (const [key, option, label] of [
      ['announceChannelId', 'announce-channel', 'announce channel'],
      ['moderatorRoleId', 'moderator-role', 'moderator role'],
    ] as const) {
      const value = patch[key];
      if (value === undefined) continue;
      const id = value === null ? null : platformId(value);
      if (id === undefined) return err(userError('invalid-input', phrase(`mod-error-bad-${option}`)));
      own[key] = id;
      said.push(`${label} → ${id ?? 'none'}`);
    }
    // Channel and role are the community's platform's own settings.
    if (Object.keys(own).length > 0) changes.platformSettings = withPlatformSettings(c.value, own);
    if (patch.defaultRadiusKm !== undefined) {
      const km = patch.defaultRadiusKm;
      if (!Number.isInteger(km) || km < 1 || km > 200) return err(userError('invalid-input', phrase('mod-error-bad-radius')));
      changes.defaultRadiusKm = km;
      said.push(`default radius → ${km} km`);
    }
    if (patch.language !== undefined) {
      changes.language = patch.language;
      said.push(`language → ${patch.language ?? 'none'}`);
    }
    if (patch.scheduledEvents !== undefined) {
      changes.scheduledEvents = patch.scheduledEvents;
      said.push(`events → ${patch.scheduledEvents ? 'on' : 'off'}`);
    }
    if (said.length === 0) return err(userError('invalid-input', phrase('mod-error-nothing-to-change')));
    const updated = await this.deps.store.communities.updateSettings(c.value.id, changes);
    if (!updated) return err(userError('not-found', phrase('mod-error-unknown-community')));
    await this.audit(updated, actor, 'settings.update', 'settings', said.join('; '));
    return ok(updated);
  }

  // ------------------------------------------------------------------ places

  /** The names of the community's curated meeting places: never where they are. */
  placeNames(community: Community | null): string[] {
    return (community?.settings.places ?? []).map((p) => p.name);
  }

  async addPlace(actor: ModActor, name: string, location: string): Promise<Result<PlaceOutcome>> {
    const c = await this.guard(actor);
    if (!c.ok) return c;
    const clean = name.replace(/\s+/g, ' ').trim();
    if (!clean) return err(userError('invalid-input', phrase('mod-error-place-name-empty')));
    if (clean.length > PLACE_NAME_MAX) return err(userError('invalid-input', phrase('mod-error-place-name-too-long', { max: PLACE_NAME_MAX })));
    if (LOOKS_LIKE_COORDINATES.test(clean))
      return err(userError('invalid-input', phrase('mod-error-place-name-coordinates')));
    const places = c.value.settings.places;
    if (places.some((p) => p.name.toLowerCase() === clean.toLowerCase()))
      return err(userError('conflict', phrase('mod-error-place-exists', { name: clean })));
    if (places.length >= MAX_PLACES) return err(userError('conflict', phrase('mod-error-places-full', { max: MAX_PLACES })));
    const resolved = resolveLocation(location);
    if (!resolved.ok) return resolved;
    if (resolved.value.kind === 'ambiguous') return ok({ kind: 'ambiguous', options: resolved.value.options.map((o) => o.label) });
    const { point, label } = resolved.value.place;
    const place: MeetingPlace = { name: clean, point };
    const updated = await this.deps.store.communities.updateSettings(c.value.id, { places: [...places, place] });
    if (!updated) return err(userError('not-found', phrase('mod-error-unknown-community')));
    await this.audit(updated, actor, 'place.add', clean, `in ${label}`);
    return ok({ kind: 'added', name: clean, area: label, count: updated.settings.places.length });
  }

  async removePlace(actor: ModActor, name: string): Promise<Result<string>> {
    const c = await this.guard(actor);
    if (!c.ok) return c;
    const wanted = name.replace(/\s+/g, ' ').trim().toLowerCase();
    const places = c.value.settings.places;
    const place = places.find((p) => p.name.toLowerCase() === wanted);
    if (!place) return err(userError('not-found', phrase('mod-error-no-such-place', { name: name.slice(0, PLACE_NAME_MAX) })));
    const updated = await this.deps.store.communities.updateSettings(c.value.id, { places: places.filter((p) => p !== place) });
    if (!updated) return err(userError('not-found', phrase('mod-error-unknown-community')));
    await this.audit(updated, actor, 'place.remove', place.name, '');
    return ok(place.name);
  }

  // ------------------------------------------------------------------ reports

  /** Files a report with the moderators of the community it concerns; posts nothing publicly. */
  fileReport(me: Profile, community: Community | null, target: ReportInput, reason: string): Promise<Result<Report>> {
    return this.desk.file(me, community, target, reason);
  }

  /** A report opened from the notice pushed to a moderator (see `ReportDesk.openForModerator`). */
  openReport(me: Profile, invocation: Invocation, reportId: ReportId) {
    return this.desk.openForModerator(me, invocation, reportId);
  }

  /** Open reports, oldest first, with who and what they are about. */
  async openReports(actor: ModActor, limit = 10): Promise<Result<ReportView[]>> {
    const c = await this.guard(actor);
    return c.ok ? ok(await this.desk.open(c.value, limit)) : c;
  }

  /** The person appeals their own no-show pause to the moderators of its community. */
  appealPause(me: Profile): Promise<Result<Report>> {
    return this.desk.appealPause(me);
  }

  async resolveReport(actor: ModActor, reportId: ReportId, note: string, clear = false): Promise<Result<Report>> {
    const c = await this.guard(actor);
    if (!c.ok) return c;
    const resolved = await this.desk.resolve(c.value, actor.me, reportId, note, clear);
    if (resolved.ok) await this.audit(c.value, actor, 'report.resolve', reportId, note.trim());
    return resolved;
  }

  // ------------------------------------------------------------------ sessions

  /** Cancels a session of this community; its host, participants and waiting requesters are told. */
  async removeSession(actor: ModActor, sessionId: SessionId, reason: string): Promise<Result<{ session: WorkoutSession; told: number }>> {
    const c = await this.guard(actor);
    if (!c.ok) return c;
    const removed = await this.desk.removeSession(c.value, actor.me, sessionId, reason);
    if (removed.ok) await this.audit(c.value, actor, 'session.remove', sessionId, `${removed.value.session.title}: ${reason.trim()}`);
    return removed;
  }

  // ------------------------------------------------------------------ bans

  /** Bans the person (every account of theirs) and takes them out of the community's sessions. */
  async ban(actor: ModActor, person: Profile, reason: string): Promise<Result<BanOutcome>> {
    const c = await this.guard(actor);
    if (!c.ok) return c;
    const why = reason.trim();
    if (!why) return err(userError('invalid-input', phrase('report-error-reason-empty')));
    if (person.id === actor.me.id) return err(userError('invalid-input', phrase('ban-error-self')));
    if (person.identities.some((key) => this.deps.settings.owners.includes(key)))
      return err(userError('forbidden', phrase('ban-error-owner')));
    const outcome = await this.bans.ban(c.value, actor.me.id, person, why);
    await this.audit(c.value, actor, 'member.ban', person.id, `${person.displayName}: ${why}`);
    return ok(outcome);
  }

  async unban(actor: ModActor, person: Profile): Promise<Result<Profile>> {
    const c = await this.guard(actor);
    if (!c.ok) return c;
    const lifted = await this.deps.store.communities.unban(c.value.id, person.id);
    if (!lifted) return err(userError('not-found', phrase('ban-error-not-banned', { name: person.displayName })));
    await this.audit(c.value, actor, 'member.unban', person.id, person.displayName);
    return ok(person);
  }

  // ------------------------------------------------------------------ stats and audit

  async stats(actor: ModActor): Promise<Result<CommunityStats>> {
    const c = await this.guard(actor);
    if (!c.ok) return c;
    const { store, clock } = this.deps;
    // One instant for every figure: the chart and the health numbers describe the same moment.
    const at = clock();
    const now = at.getTime();
    const zone = actor.me.timeZone;
    // The chart's first week counts the pairs judged in it, formed up to 14 days before it began;
    // the 28-day figures reach back less far.
    const chartStart = weeksStart(at, zone);
    const since = new Date(Math.min(healthSince(at).getTime(), chartStart.getTime() - MET_WITHIN_DAYS * DAY_MS));
    const [people, sessionsThisWeek, joinRequests, openReports, records] = await Promise.all([
      store.people.countInCommunity(c.value.id),
      store.sessions.countCreatedSince(c.value.id, new Date(now - 7 * DAY_MS)),
      store.joinRequests.countByStatus(c.value.id, new Date(now - STATS_WINDOW_DAYS * DAY_MS)),
      store.reports.listOpen(c.value.id, 1000),
      store.sessions.heldIn(c.value.id, since),
    ]);
    const decided = joinRequests.accepted + joinRequests.declined + joinRequests.expired;
    // A community has at most one round a date, so a round a day since `since` reaches every one.
    const rounds = (await store.rounds.recent(c.value.id, Math.ceil((now - since.getTime()) / DAY_MS) + 1)).filter((r) => r.startedAt >= since);
    // New buddies are the community's when both have used Spotter here.
    const accepted = await store.connections.acceptedSince(since);
    const members = new Set(
      (await store.people.getMany([...new Set(accepted.flatMap((x) => [x.requesterId, x.addresseeId]))])).filter((p) => p.communities.includes(c.value.id)).map((p) => p.id),
    );
    const connections = accepted.filter((x) => members.has(x.requesterId) && members.has(x.addresseeId));
    // New pairs may meet at a private session (one made with /plan): theirs are read pair by pair.
    const shared = new Map(records.map((r) => [r.id, r] as const));
    const newPairs = [...rounds.flatMap((r) => pairsOf(r.groups)), ...connections.map((x): [PersonId, PersonId] => [x.requesterId, x.addresseeId])];
    for (const [a, b] of newPairs) for (const s of await store.sessions.sharedBy(a, b)) if (s.startsAt >= since) shared.set(s.id, s);
    const meetings = [...shared.values()];
    const judged = judgedPairs(meetings, rounds, at, connections);
    return ok({
      people,
      sessionsThisWeek,
      joinRequests,
      windowDays: STATS_WINDOW_DAYS,
      acceptanceRate: decided ? joinRequests.accepted / decided : null,
      openReports: openReports.length,
      bans: c.value.bans.length,
      places: c.value.settings.places.length,
      history: communityHistory(records, at, zone, judged),
      health: healthFigures(records, rounds, at, { connections, meetings, judged }),
    });
  }

  /** The most recent moderator actions, newest first. */
  async auditLog(actor: ModActor, limit = 20): Promise<Result<AuditView[]>> {
    const c = await this.guard(actor);
    if (!c.ok) return c;
    const entries = await this.deps.store.audit.list(c.value.id, Math.min(Math.max(1, limit), 50));
    const names = new Map((await this.deps.store.people.getMany([...new Set(entries.map((e) => e.actorId))])).map((p) => [p.id, p.displayName] as const));
    return ok(entries.map((entry) => ({ entry, actorName: names.get(entry.actorId) ?? null })));
  }
}

/** "<#123>", "<@&123>", "123" → "123"; anything else → undefined. */
function platformId(text: string): string | null | undefined {
  const t = text.trim();
  if (isKeyword(CLEAR_WORDS, t)) return null;
  const id = /^<[#@]&?(\d+)>$/.exec(t)?.[1] ?? t;
  return PLATFORM_ID.test(id) ? id : undefined;
}
