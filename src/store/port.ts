import type { CalendarFeed } from '../domain/calendar-feed.js';
import type { ActivityId, Level } from '../domain/activities.js';
import type { Ban, Community, CommunitySettings } from '../domain/community.js';
import type { ConversationState, Notice, StoredAction } from '../domain/conversation.js';
import type { GeoPoint } from '../domain/geo.js';
import type {
  ActionId,
  CommunityId,
  ConnectionId,
  JoinRequestId,
  MessageId,
  PersonId,
  ReportId,
  SessionId,
} from '../domain/ids.js';
import type { CommunityKey, UserKey } from '../domain/platform.js';
import type { PoolRanking } from '../domain/match-score.js';
import type { MeetingAnswer, MeetingQuestion } from '../domain/meeting.js';
import type { Profile } from '../domain/profile.js';
import type { WorkoutSession } from '../domain/session.js';
import type { AlertsRepo, LeasesRepo, OutboxRepo } from './port-delivery.js';
import type { KvRepo } from './port-kv.js';
import type { MarksRepo } from './port-marks.js';
import type { RoundsRepo } from './port-rounds.js';
import type { Near, SessionsRepo } from './port-sessions.js';
import type { SessionChatRepo } from './port-session-chat.js';
import type { ChatPlacesRepo } from './port-chat-places.js';
import type {
  AuditEntry,
  Connection,
  ConnectionStatus,
  JoinRequest,
  JoinRequestStatus,
  RelayedMessage,
  Report,
} from '../domain/social.js';

/**
 * The storage port. Two adapters implement it (MongoDB and in-memory) with the same observable
 * behaviour, held together by one contract suite (tests/store/contract.test.ts).
 *
 * Rules every adapter keeps:
 * - values going in and out are copies: mutating a returned object never changes the store;
 * - uniqueness violations throw `StoreConflict` naming the rule;
 * - conditional updates are atomic: of many concurrent callers exactly the allowed ones succeed;
 * - every value written (inserts, patches, transitions) is checked by src/store/validate.ts first;
 *   a value that breaks a rule throws `StoreInvalid` and nothing is written;
 * - lists ordered by a time break ties by id, in the same direction as the time;
 * - a `limit` below 1 (or not a number) lists nothing; a fractional one is rounded down;
 * - patch keys whose value is `undefined` leave the field as it is.
 */

/** A uniqueness rule that a write would break. */
export type ConflictRule = 'identity' | 'live-join-request' | 'connection-pair' | 'community-key' | 'id';

export class StoreConflict extends Error {
  constructor(readonly rule: ConflictRule) {
    super(`store conflict: ${rule}`);
    this.name = 'StoreConflict';
  }
}

export { type InvalidField, type InvalidRule, StoreInvalid } from './invalid.js';
export * from './port-delivery.js';
export type { RoundsRepo } from './port-rounds.js';
export * from './port-sessions.js';
export type { SessionChatRepo } from './port-session-chat.js';
export type { ChatPlacesRepo } from './port-chat-places.js';

export interface NearPeopleQuery {
  readonly from: GeoPoint;
  readonly maxKm: number;
  /** Keep only people whose own radius reaches back to `from` (mutual reach). */
  readonly mutual: boolean;
  readonly excludeIds: readonly PersonId[];
  /** Drop people who have blocked this person. */
  readonly notBlockedBy?: PersonId;
  /** Keep people who share at least one of these. */
  readonly activitiesAny?: readonly ActivityId[];
  /**
   * Keep only people available at `at`: not held by a no-show pause then, and active since
   * `activeSince` (src/domain/profile.ts `availableAt`).
   */
  readonly availableAt?: { readonly at: Date; readonly activeSince: Date };
  readonly limit: number;
}

/**
 * The best candidates within reach, by approximate score (src/domain/match-score.ts): every
 * filter of `NearPeopleQuery`, and only people who can be matched (a level and activities),
 * optionally at one of `levelsAny`.
 */
export interface PeoplePoolQuery extends NearPeopleQuery {
  readonly ranking: PoolRanking;
  readonly levelsAny?: readonly Level[];
}

export interface RankedNear<T> extends Near<T> {
  /** The approximate score the pool was ordered by. */
  readonly approximateScore: number;
}

export interface PeoplePool {
  /** The best `limit` of the qualified people: approximate score descending, then distance, then id. */
  readonly candidates: readonly RankedNear<Profile>[];
  /** How many people passed every filter, of whom `candidates` are the best. */
  readonly qualified: number;
}

/** Handles change only through `setHandle`: one account's at a time, never a whole list read before. */
export type ProfilePatch = Partial<Omit<Profile, 'id' | 'createdAt' | 'updatedAt' | 'handles'>>;

export interface PeopleRepo {
  insert(profile: Profile): Promise<void>;
  get(id: PersonId): Promise<Profile | null>;
  getMany(ids: readonly PersonId[]): Promise<Profile[]>;
  findByIdentity(key: UserKey): Promise<Profile | null>;
  update(id: PersonId, patch: ProfilePatch, now: Date): Promise<Profile | null>;
  /**
   * Sets the handle of the person's account `identity` (null: it has none any more), leaving
   * their other accounts' handles alone, atomically; nothing when the account is not the
   * person's (it moved to another profile meanwhile). `updatedAt` stays: the platform changed it,
   * not the person's profile. True when it wrote.
   */
  setHandle(id: PersonId, identity: UserKey, handle: string | null): Promise<boolean>;
  /** Adds to a set field atomically (no duplicates). */
  addToSet(id: PersonId, field: 'blocked' | 'communities', value: string): Promise<void>;
  pull(id: PersonId, field: 'blocked', value: string): Promise<void>;
  /**
   * Counts one session's outcome atomically: attended raises the streak, a miss resets it. With
   * `replacing` (the outcome counted before, when the host corrects it) the old outcome's count
   * moves to the new one instead, so a session counts once; the same outcome again changes nothing.
   */
  recordAttendance(id: PersonId, attended: boolean, replacing?: boolean): Promise<void>;
  /** Active profiles with a location, nearest first (ties by id), answered by the geo index. */
  /**
   * Ends the person's no-show pause that runs to `until`, once: marks it ended, `until` moved to
   * `now` when earlier. False when there is none, it ends at another time, or it has ended.
   */
  endPause(id: PersonId, until: Date, now: Date): Promise<boolean>;
  /**
   * Marks the person active at `now`, at most once per `everyMs` (their last activity older than
   * that, or told they were inactive): one conditional write, no read. True when it wrote.
   */
  touch(id: PersonId, now: Date, everyMs: number): Promise<boolean>;
  /**
   * Up to `limit` people whose last activity is before `before` and who were not told yet, each
   * marked told at `now` atomically (so a person is taken once); oldest activity first, ties by id.
   */
  takeNewlyInactive(before: Date, now: Date, limit: number): Promise<Profile[]>;
  near(query: NearPeopleQuery): Promise<Near<Profile>[]>;
  /**
   * The best-scored qualified people within reach, ranked inside the geo query before the cut,
   * and how many qualified in all. Ties by distance, then id.
   */
  pool(query: PeoplePoolQuery): Promise<PeoplePool>;
  countActive(): Promise<number>;
  /** People who have used Spotter in this community (active or paused). */
  countInCommunity(communityId: CommunityId): Promise<number>;
  /**
   * Whether someone of the community other than `excludeId` (active or paused) has a home area
   * within `maxKm` of `from`; `maxKm` null: anywhere at all. Yes or no, never who or where.
   */
  hasMemberNear(communityId: CommunityId, from: GeoPoint, maxKm: number | null, excludeId: PersonId): Promise<boolean>;
  /**
   * People who have used Spotter in this community, the most recently active first (ties by id),
   * at most `limit`: whom a moderator can name in a moderator action.
   */
  listInCommunity(communityId: CommunityId, limit: number): Promise<Profile[]>;
}

export interface JoinRequestsRepo {
  /** Throws StoreConflict('live-join-request') when a pending or accepted one exists. */
  insert(request: JoinRequest): Promise<void>;
  get(id: JoinRequestId): Promise<JoinRequest | null>;
  findLive(sessionId: SessionId, requesterId: PersonId): Promise<JoinRequest | null>;
  /**
   * Moves status from one of `from` to `to`, stamping `decidedAt`; null when the request is not
   * in `from` (nothing written). Moving into a live status (pending, accepted) while another live
   * request of the same session and person exists throws StoreConflict('live-join-request'), as
   * `insert` does: the caller learns why, and can show the live one (`findLive`).
   */
  transition(id: JoinRequestId, from: readonly JoinRequestStatus[], to: JoinRequestStatus, now: Date): Promise<JoinRequest | null>;
  /** Oldest first (ties by id). */
  listForSession(sessionId: SessionId, statuses: readonly JoinRequestStatus[]): Promise<JoinRequest[]>;
  /** The person's requests in these statuses, newest first (ties by id, descending). */
  listForRequester(requesterId: PersonId, statuses: readonly JoinRequestStatus[]): Promise<JoinRequest[]>;
  /** Moves every pending request of the session to expired; returns them as they were, oldest first (ties by id). */
  expirePending(sessionId: SessionId, now: Date): Promise<JoinRequest[]>;
  countByStatus(communityId: CommunityId, since: Date): Promise<Record<JoinRequestStatus, number>>;
}

export interface ConnectionsRepo {
  /** Throws StoreConflict('connection-pair') when the two are already paired in any state. */
  insert(connection: Connection): Promise<void>;
  get(id: ConnectionId): Promise<Connection | null>;
  findPair(a: PersonId, b: PersonId): Promise<Connection | null>;
  transition(id: ConnectionId, from: readonly ConnectionStatus[], to: ConnectionStatus, now: Date): Promise<Connection | null>;
  /** Oldest first (ties by id). */
  listForPerson(personId: PersonId): Promise<Connection[]>;
  /** Connections accepted at or after `since`, oldest answer first (ties by id): the met rate. */
  acceptedSince(since: Date): Promise<Connection[]>;
  delete(id: ConnectionId): Promise<boolean>;
}

export interface MessagesRepo {
  insert(message: RelayedMessage): Promise<void>;
  /** Expired messages (past their retention) are never returned. */
  get(id: MessageId, now: Date): Promise<RelayedMessage | null>;
  countFromSince(personId: PersonId, since: Date): Promise<number>;
  /** Newest first (ties by id, descending). */
  listForConnection(connectionId: ConnectionId, now: Date, limit: number): Promise<RelayedMessage[]>;
}

export interface CommunitiesRepo {
  /** Returns the community for a platform key, creating it with defaults on first sight. */
  ensure(key: CommunityKey, name: string, now: Date): Promise<Community>;
  get(id: CommunityId): Promise<Community | null>;
  getByKey(key: CommunityKey): Promise<Community | null>;
  updateSettings(id: CommunityId, patch: Partial<CommunitySettings>): Promise<Community | null>;
  /**
   * Sets `settings.eventsPermissionTold` in one conditional step; true only for the call that
   * changed it, so two announcements at once tell the moderators once.
   */
  markEventsPermissionTold(id: CommunityId, told: boolean): Promise<boolean>;
  /** Adds the ban, replacing any ban that holds `ban.personId` (as its person or a later profile). */
  ban(id: CommunityId, ban: Ban): Promise<void>;
  /** Removes every ban holding this profile id (as its person or a later profile); false when none did. */
  unban(id: CommunityId, personId: PersonId): Promise<boolean>;
  /**
   * In every community, each ban that covers the person (by `personId`, a later id, or any of
   * `identities`) from now on also covers all of them: `personId` joins its later ids (unless it is
   * the banned profile itself) and the identities join its accounts, without duplicates. Called
   * when a profile is created, an account is linked, and before a profile is erased, so a ban
   * follows the person to whatever profile they use. Returns how many communities changed.
   */
  bindBans(personId: PersonId, identities: readonly UserKey[]): Promise<number>;
  /** Records (or refreshes `seenAt` of) a moderator seen acting in the community. */
  noteModerator(id: CommunityId, personId: PersonId, now: Date): Promise<void>;
  /** Forgets a recorded moderator (they acted there without moderator rights). */
  forgetModerator(id: CommunityId, personId: PersonId): Promise<void>;
  /**
   * Moves the community stored under `from` to the platform key `to` (a Telegram group upgraded to
   * a supergroup gets a new chat id), keeping its id, name, settings and bans. A community already
   * under `to` (the new chat was seen first and registered empty) is deleted first when it has no
   * bans, places, announce channel or moderator role; one with any of these is not overwritten:
   * null. Null too when there is nothing under `from`. Settings are not touched here.
   */
  rekey(from: CommunityKey, to: CommunityKey): Promise<Community | null>;
}

export interface ReportsRepo {
  insert(report: Report): Promise<void>;
  get(id: ReportId): Promise<Report | null>;
  /** Oldest first (ties by id): the queue a moderator works through. */
  listOpen(communityId: CommunityId, limit: number): Promise<Report[]>;
  /** Resolves an open report; null when it was not open. */
  resolve(id: ReportId, by: PersonId, resolution: string, now: Date): Promise<Report | null>;
  /** Replaces the reason of every report the person filed with `placeholder`; returns how many. */
  scrubReporter(reporterId: PersonId, placeholder: string): Promise<number>;
}

export interface AuditRepo {
  insert(entry: AuditEntry): Promise<void>;
  /** Newest first (ties by id, descending). */
  list(communityId: CommunityId, limit: number): Promise<AuditEntry[]>;
  /**
   * In every entry whose target is the person, replaces each occurrence of `name` in the detail
   * with `placeholder` (exact, case-sensitive); returns how many entries changed.
   */
  scrubName(personId: PersonId, name: string, placeholder: string): Promise<number>;
}

export interface ConversationsRepo {
  get(personId: PersonId, now: Date): Promise<ConversationState | null>;
  put(state: ConversationState): Promise<void>;
  delete(personId: PersonId): Promise<void>;
}

/**
 * What a button does, by the id the button carries: button actions only. Codes, shown lists and
 * once-per-while markers are marks (src/store/port-marks.ts).
 */
export interface ActionsRepo {
  put(action: StoredAction): Promise<void>;
  /** Expired actions are never returned. */
  get(id: ActionId, now: Date): Promise<StoredAction | null>;
  delete(id: ActionId): Promise<void>;
  /**
   * Deletes every action the person may press and every one that names them: an argument equal
   * to their id, or a list argument holding it. Returns how many.
   */
  deleteNaming(personId: PersonId): Promise<number>;
}

export interface NoticesRepo {
  add(notice: Notice): Promise<void>;
  /** Returns and removes the person's notices, oldest first (ties by id); each is taken once. */
  takeAll(personId: PersonId): Promise<Notice[]>;
}

export interface PersonErasure {
  /** Sessions the person hosted that were live and are now cancelled. */
  readonly cancelledSessions: WorkoutSession[];
  /** Sessions where the person's seat was freed, and who was promoted into it. */
  readonly freedSeats: { sessionId: SessionId; promoted: PersonId | null }[];
}

/** One private calendar address per person (src/domain/calendar-feed.ts). */
export interface CalendarFeedsRepo {
  /** Sets the person's feed, replacing the one they had: the old address stops working. */
  put(feed: CalendarFeed): Promise<void>;
  getByPerson(personId: PersonId): Promise<CalendarFeed | null>;
  getByHash(tokenHash: string): Promise<CalendarFeed | null>;
  /** True when there was one. */
  delete(personId: PersonId): Promise<boolean>;
}

/** "Did you two train together?" questions, one per source and person (src/domain/meeting.ts). */
export interface MeetingsRepo {
  /** Stores the first asking; false when the person was already asked about this source (nothing written). */
  ask(question: MeetingQuestion): Promise<boolean>;
  get(sourceKey: string, personId: PersonId): Promise<MeetingQuestion | null>;
  /**
   * Records the answer to asking number `ask`, once: null (nothing written) when there is no such
   * question, it is at another asking, or this asking was answered already.
   */
  answer(sourceKey: string, personId: PersonId, ask: number, answer: MeetingAnswer, now: Date): Promise<MeetingQuestion | null>;
  /**
   * Asks once more someone who answered "not yet" to asking number `ask`: the asking count goes
   * up and the answer is cleared. Null (nothing written) when they are not in that state.
   */
  reask(sourceKey: string, personId: PersonId, ask: number, now: Date): Promise<MeetingQuestion | null>;
  /** Every question of these sources, by source key, then person id. */
  forSources(sourceKeys: readonly string[]): Promise<MeetingQuestion[]>;
  /** The person's questions, oldest asking first (ties by source key). */
  forPerson(personId: PersonId): Promise<MeetingQuestion[]>;
}

export type StoreKind = 'mongodb' | 'memory';

export interface Store {
  readonly kind: StoreKind;
  readonly people: PeopleRepo;
  readonly communities: CommunitiesRepo;
  readonly sessions: SessionsRepo;
  readonly joinRequests: JoinRequestsRepo;
  readonly connections: ConnectionsRepo;
  readonly messages: MessagesRepo;
  /** Messages of session chats (src/store/port-session-chat.ts). */
  readonly sessionChat: SessionChatRepo;
  /** Where session chats live on their community's platform (src/store/port-chat-places.ts). */
  readonly chatPlaces: ChatPlacesRepo;
  readonly reports: ReportsRepo;
  readonly audit: AuditRepo;
  readonly conversations: ConversationsRepo;
  /** What a button does, by the id the button carries: button actions only. */
  readonly actions: ActionsRepo;
  /** Link codes, shown lists and once-per-while markers (src/store/port-marks.ts). */
  readonly marks: MarksRepo;
  /** The adapters' own short-lived state, one namespace each (src/store/port-kv.ts). */
  readonly kv: KvRepo;
  readonly notices: NoticesRepo;
  /** Notifications waiting to be delivered, and what became of them (see the delivery section). */
  readonly outbox: OutboxRepo;
  /** Which match alerts each person has had, and the daily caps on them. */
  readonly alerts: AlertsRepo;
  /** Private calendar addresses. */
  readonly feeds: CalendarFeedsRepo;
  /** Work one instance at a time does (the outbox's sending lanes), held by expiring leases. */
  readonly leases: LeasesRepo;
  /** Weekly pairing rounds: schedules, members, rounds held (src/store/port-rounds.ts). */
  readonly rounds: RoundsRepo;
  readonly meetings: MeetingsRepo;
  /**
   * Removes everything that is the person's: profile, join requests, messages, connections,
   * conversation state, actions, the marks about them, notices, calendar feed, "did you meet?" questions, seats and waitlist places, their place in communities'
   * moderator lists; live sessions they host are cancelled (the core tells the participants).
   * Bans against them are kept: they bind the person's accounts, not the erased profile.
   */
  erasePerson(id: PersonId, now: Date): Promise<PersonErasure>;
  /** Round trip to the database, for readiness checks. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
