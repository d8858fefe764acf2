import type {
  AuditId,
  CommunityId,
  ConnectionId,
  JoinRequestId,
  MessageId,
  PersonId,
  ReportId,
  SessionId,
} from './ids.js';

export type JoinRequestStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn' | 'expired';
/** Only one live request per session and person. */
export const LIVE_JOIN_STATUSES = ['pending', 'accepted'] as const satisfies readonly JoinRequestStatus[];

export interface JoinRequest {
  readonly id: JoinRequestId;
  readonly sessionId: SessionId;
  readonly communityId: CommunityId | null;
  readonly requesterId: PersonId;
  readonly status: JoinRequestStatus;
  readonly message: string;
  readonly createdAt: Date;
  readonly decidedAt: Date | null;
}

export type ConnectionStatus = 'requested' | 'accepted' | 'declined';

/** A buddy connection; `pair` is the two ids sorted and joined, so a pair exists once. */
export interface Connection {
  readonly id: ConnectionId;
  readonly pair: string;
  readonly requesterId: PersonId;
  readonly addresseeId: PersonId;
  readonly status: ConnectionStatus;
  readonly createdAt: Date;
  readonly respondedAt: Date | null;
}

export const pairKey = (a: PersonId, b: PersonId): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
export const otherParty = (c: Connection, me: PersonId): PersonId =>
  c.requesterId === me ? c.addresseeId : c.requesterId;

export interface RelayedMessage {
  readonly id: MessageId;
  readonly connectionId: ConnectionId;
  readonly fromId: PersonId;
  readonly toId: PersonId;
  readonly body: string;
  readonly replyToId: MessageId | null;
  readonly createdAt: Date;
  /** Deleted by the store after this instant (retention limit). */
  readonly expiresAt: Date;
}

export type ReportTarget =
  | { readonly kind: 'person'; readonly personId: PersonId }
  | { readonly kind: 'session'; readonly sessionId: SessionId }
  | { readonly kind: 'message'; readonly messageId: MessageId; readonly authorId: PersonId; readonly excerpt: string }
  /** A person's appeal against their own no-show pause: resolving it as cleared lifts the pause. */
  | { readonly kind: 'pause'; readonly personId: PersonId };

export type ReportState =
  | { readonly status: 'open' }
  | { readonly status: 'resolved'; readonly by: PersonId; readonly resolution: string; readonly at: Date };

export interface Report {
  readonly id: ReportId;
  readonly communityId: CommunityId;
  readonly reporterId: PersonId;
  readonly target: ReportTarget;
  readonly reason: string;
  readonly state: ReportState;
  readonly createdAt: Date;
}

export type AuditAction =
  | 'settings.update'
  | 'place.add'
  | 'place.remove'
  | 'report.resolve'
  | 'session.remove'
  | 'member.ban'
  | 'member.unban';

export interface AuditEntry {
  readonly id: AuditId;
  readonly communityId: CommunityId;
  readonly actorId: PersonId;
  readonly action: AuditAction;
  readonly target: string;
  readonly detail: string;
  readonly at: Date;
}
