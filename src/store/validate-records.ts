import type { CalendarFeed } from '../domain/calendar-feed.js';
import type { ConversationState, Notice, StoredAction } from '../domain/conversation.js';
import type {
  AuditAction,
  AuditEntry,
  Connection,
  ConnectionStatus,
  JoinRequest,
  JoinRequestStatus,
  RelayedMessage,
  Report,
  ReportState,
  ReportTarget,
} from '../domain/social.js';
import { type MatchAlert, OUTBOX_STATUSES, type OutboxItem, type OutboxSettlement } from './port.js';
import { type Check, type Shape, checkPatch, checkWhole, date, id, nullable, num, object, oneOf, platformName, shape, text, whole } from './validate.js';

/**
 * The storage rules of the smaller records (join requests, connections, messages, moderation,
 * short-lived state, delivery), used by both adapters before writing; see validate.ts.
 */

// ---- join requests and connections -----------------------------------------------------------

export const JOIN_REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn', 'expired'] as const satisfies readonly JoinRequestStatus[];
export const CONNECTION_STATUSES = ['requested', 'accepted', 'declined'] as const satisfies readonly ConnectionStatus[];

const joinStatus = oneOf(JOIN_REQUEST_STATUSES);
const connectionStatus = oneOf(CONNECTION_STATUSES);
const outboxStatus = oneOf(OUTBOX_STATUSES);

const JOIN_REQUEST: Shape = {
  id,
  sessionId: id,
  communityId: nullable(text),
  requesterId: id,
  status: joinStatus,
  message: text,
  createdAt: date,
  decidedAt: nullable(date),
} satisfies Record<keyof JoinRequest, Check>;

const CONNECTION: Shape = {
  id,
  pair: id,
  requesterId: id,
  addresseeId: id,
  status: connectionStatus,
  createdAt: date,
  respondedAt: nullable(date),
} satisfies Record<keyof Connection, Check>;

const MESSAGE: Shape = {
  id,
  connectionId: id,
  fromId: id,
  toId: id,
  body: text,
  replyToId: nullable(text),
  createdAt: date,
  expiresAt: date,
} satisfies Record<keyof RelayedMessage, Check>;

export const checkJoinRequest = (r: JoinRequest) => checkWhole(JOIN_REQUEST, r);
export const checkJoinRequestStatus = (to: JoinRequestStatus, at: Date) =>
  checkPatch({ status: joinStatus, decidedAt: date }, { status: to, decidedAt: at });
export const checkConnection = (c: Connection) => checkWhole(CONNECTION, c);
export const checkConnectionStatus = (to: ConnectionStatus, at: Date) =>
  checkPatch({ status: connectionStatus, respondedAt: date }, { status: to, respondedAt: at });
export const checkMessage = (m: RelayedMessage) => checkWhole(MESSAGE, m);

// ---- reports and the audit log ---------------------------------------------------------------

export const REPORT_TARGET_KINDS = ['person', 'session', 'message', 'pause'] as const satisfies readonly ReportTarget['kind'][];
export const REPORT_STATUSES = ['open', 'resolved'] as const satisfies readonly ReportState['status'][];
export const AUDIT_ACTIONS = [
  'settings.update',
  'place.add',
  'place.remove',
  'report.resolve',
  'session.remove',
  'member.ban',
  'member.unban',
] as const satisfies readonly AuditAction[];

/** Open, or resolved by someone at some instant (the schema asks no more of `by` and `resolution`). */
const reportState: Check = (v, path, out) => {
  shape({ status: oneOf(REPORT_STATUSES) })(v, path, out);
  const s = v as ReportState;
  if (typeof v === 'object' && v !== null && s.status === 'resolved')
    shape({ by: text, resolution: text, at: date })(v, path, out);
};

const REPORT: Shape = {
  id,
  communityId: id,
  reporterId: id,
  target: shape({ kind: oneOf(REPORT_TARGET_KINDS) }),
  reason: text,
  state: reportState,
  createdAt: date,
} satisfies Record<keyof Report, Check>;

const AUDIT: Shape = {
  id,
  communityId: id,
  actorId: id,
  action: oneOf(AUDIT_ACTIONS),
  target: text,
  detail: text,
  at: date,
} satisfies Record<keyof AuditEntry, Check>;

export const checkReport = (r: Report) => checkWhole(REPORT, r);
export const checkReportState = (state: ReportState) => checkPatch({ state: reportState }, { state });
export const checkAudit = (e: AuditEntry) => checkWhole(AUDIT, e);

// ---- conversation state, actions, notices ---------------------------------------------------

/** Paths as stored: a conversation's `_id` is the person's id. */
const CONVERSATION: Shape = {
  personId: id,
  flow: id,
  version: num(Number.NEGATIVE_INFINITY),
  step: id,
  data: object,
  updatedAt: date,
  expiresAt: date,
} satisfies Record<keyof ConversationState, Check>;

export const checkConversation = (c: ConversationState) =>
  checkWhole(CONVERSATION, c).map((p) => (p.path === 'personId' ? { ...p, path: '_id' } : p));

const ACTION: Shape = { id, actorId: nullable(text), command: id, args: object, createdAt: date, expiresAt: date } satisfies Record<keyof StoredAction, Check>;
const CALENDAR_FEED: Shape = { personId: id, tokenHash: id, createdAt: date } satisfies Record<keyof CalendarFeed, Check>;
const NOTICE: Shape = { id, personId: id, text, createdAt: date } satisfies Record<keyof Notice, Check>;

export const checkAction = (a: StoredAction) => checkWhole(ACTION, a);

export const checkCalendarFeed = (f: CalendarFeed) => checkWhole(CALENDAR_FEED, f);

export const checkNotice = (n: Notice) => checkWhole(NOTICE, n);

// ---- delivery --------------------------------------------------------------------------------

const platform = platformName;

const OUTBOX: Shape = {
  id,
  dedupeKey: id,
  personId: id,
  kind: id,
  notification: object,
  status: outboxStatus,
  dueAt: date,
  attempts: num(0),
  lease: nullable(shape({ owner: id, token: id, until: date })),
  lastError: nullable(text),
  platform: nullable(platform),
  createdAt: date,
  settledAt: nullable(date),
} satisfies Record<keyof OutboxItem, Check>;

export const checkOutboxItem = (item: OutboxItem) => checkWhole(OUTBOX, item);

/** The fields a settlement writes, by the item's own rules. */
export function checkSettlement(s: OutboxSettlement) {
  switch (s.status) {
    case 'sent':
      return checkPatch({ settledAt: date, platform }, { settledAt: s.at, platform: s.platform });
    case 'pending':
      return checkPatch({ dueAt: date, attempts: num(0), lastError: nullable(text) }, { dueAt: s.dueAt, attempts: s.attempts, lastError: s.error });
    default:
      return checkPatch({ status: outboxStatus, settledAt: date, lastError: nullable(text) }, { status: s.status, settledAt: s.at, lastError: s.error });
  }
}

const MATCH_ALERT: Shape = {
  id,
  recipientId: id,
  subject: id,
  ref: id,
  mode: oneOf(['instant', 'digest']),
  score: num(Number.NEGATIVE_INFINITY),
  createdAt: date,
  digestedAt: nullable(date),
} satisfies Record<keyof MatchAlert, Check>;

export const checkMatchAlert = (a: MatchAlert) => checkWhole(MATCH_ALERT, a);

// ---- leases ----------------------------------------------------------------------------------

/** A lease to take or extend: a name, a holder, an instant, and a whole, positive duration. */
const LEASE_REQUEST: Shape = { name: id, holder: id, now: date, ttlMs: whole(1) };

export const checkLeaseRequest = (request: { name: string; holder: string; now: Date; ttlMs: number }) => checkWhole(LEASE_REQUEST, request);
