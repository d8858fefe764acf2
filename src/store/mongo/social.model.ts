import { Schema } from 'mongoose';
import type { CommunityId, ConnectionId, JoinRequestId, MessageId, PersonId, SessionId } from '../../domain/ids.js';
import {
  LIVE_JOIN_STATUSES,
  type Connection,
  type ConnectionStatus,
  type JoinRequest,
  type JoinRequestStatus,
  type RelayedMessage,
} from '../../domain/social.js';
import { CONNECTION_STATUSES, JOIN_REQUEST_STATUSES } from '../validate-records.js';
import type { UniqueRules } from './errors.js';
import { ROOT_OPTIONS, idField, nullableDate, nullableString, requiredDate, textField } from './kit.js';

// ---- join requests -------------------------------------------------------------------------

// The allowed values are the shared validation's (src/store/validate-records.ts), so they can't drift.
export { CONNECTION_STATUSES, JOIN_REQUEST_STATUSES };

export interface JoinRequestDoc {
  _id: string;
  sessionId: string;
  communityId: string | null;
  requesterId: string;
  status: string;
  message: string;
  createdAt: Date;
  decidedAt: Date | null;
}

export const JOIN_REQUEST_UNIQUE: UniqueRules = { sessionId: 'live-join-request', requesterId: 'live-join-request' };

export function joinRequestSchema(): Schema {
  const schema = new Schema(
    {
      _id: idField,
      sessionId: idField,
      communityId: nullableString,
      requesterId: idField,
      status: { type: String, enum: JOIN_REQUEST_STATUSES, required: true },
      message: textField,
      createdAt: requiredDate,
      decidedAt: nullableDate,
    },
    { ...ROOT_OPTIONS, collection: 'join_requests' },
  );
  // One live (pending or accepted) request per session and person; any number of closed ones.
  schema.index(
    { sessionId: 1, requesterId: 1 },
    {
      name: 'sessionId_requesterId_live_unique',
      unique: true,
      partialFilterExpression: { status: { $in: [...LIVE_JOIN_STATUSES] } },
    },
  );
  schema.index({ sessionId: 1, status: 1, createdAt: 1 }, { name: 'session_status_createdAt' });
  // A person's requests newest first (listForRequester); its prefix also serves erasure by requester.
  schema.index({ requesterId: 1, createdAt: -1, _id: -1 }, { name: 'requester_createdAt' });
  schema.index({ communityId: 1, createdAt: 1 }, { name: 'community_createdAt' });
  return schema;
}

export const joinRequestToDoc = (r: JoinRequest): JoinRequestDoc => ({
  _id: r.id,
  sessionId: r.sessionId,
  communityId: r.communityId,
  requesterId: r.requesterId,
  status: r.status,
  message: r.message,
  createdAt: new Date(r.createdAt),
  decidedAt: r.decidedAt ? new Date(r.decidedAt) : null,
});

export const joinRequestFromDoc = (d: JoinRequestDoc): JoinRequest => ({
  id: d._id as JoinRequestId,
  sessionId: d.sessionId as SessionId,
  communityId: (d.communityId ?? null) as CommunityId | null,
  requesterId: d.requesterId as PersonId,
  status: d.status as JoinRequestStatus,
  message: d.message ?? '',
  createdAt: new Date(d.createdAt),
  decidedAt: d.decidedAt ? new Date(d.decidedAt) : null,
});

// ---- connections ---------------------------------------------------------------------------

export interface ConnectionDoc {
  _id: string;
  pair: string;
  requesterId: string;
  addresseeId: string;
  status: string;
  createdAt: Date;
  respondedAt: Date | null;
}

export const CONNECTION_UNIQUE: UniqueRules = { pair: 'connection-pair' };

export function connectionSchema(): Schema {
  const schema = new Schema(
    {
      _id: idField,
      pair: idField,
      requesterId: idField,
      addresseeId: idField,
      status: { type: String, enum: CONNECTION_STATUSES, required: true },
      createdAt: requiredDate,
      respondedAt: nullableDate,
    },
    { ...ROOT_OPTIONS, collection: 'connections' },
  );
  schema.index({ pair: 1 }, { name: 'pair_unique', unique: true });
  schema.index({ requesterId: 1 }, { name: 'requester' });
  schema.index({ addresseeId: 1 }, { name: 'addressee' });
  // The met rate reads the connections accepted lately.
  schema.index({ status: 1, respondedAt: 1, _id: 1 }, { name: 'status_respondedAt' });
  return schema;
}

export const connectionToDoc = (c: Connection): ConnectionDoc => ({
  _id: c.id,
  pair: c.pair,
  requesterId: c.requesterId,
  addresseeId: c.addresseeId,
  status: c.status,
  createdAt: new Date(c.createdAt),
  respondedAt: c.respondedAt ? new Date(c.respondedAt) : null,
});

export const connectionFromDoc = (d: ConnectionDoc): Connection => ({
  id: d._id as ConnectionId,
  pair: d.pair,
  requesterId: d.requesterId as PersonId,
  addresseeId: d.addresseeId as PersonId,
  status: d.status as ConnectionStatus,
  createdAt: new Date(d.createdAt),
  respondedAt: d.respondedAt ? new Date(d.respondedAt) : null,
});

// ---- relayed messages ----------------------------------------------------------------------

export interface MessageDoc {
  _id: string;
  connectionId: string;
  fromId: string;
  toId: string;
  body: string;
  replyToId: string | null;
  createdAt: Date;
  expiresAt: Date;
}

export const MESSAGE_UNIQUE: UniqueRules = {};

export function messageSchema(): Schema {
  const schema = new Schema(
    {
      _id: idField,
      connectionId: idField,
      fromId: idField,
      toId: idField,
      body: textField,
      replyToId: nullableString,
      createdAt: requiredDate,
      expiresAt: requiredDate,
    },
    { ...ROOT_OPTIONS, collection: 'messages' },
  );
  schema.index({ expiresAt: 1 }, { name: 'expiresAt_ttl', expireAfterSeconds: 0 });
  schema.index({ connectionId: 1, createdAt: -1, _id: -1 }, { name: 'connection_createdAt' });
  schema.index({ fromId: 1, createdAt: 1 }, { name: 'from_createdAt' });
  schema.index({ toId: 1 }, { name: 'to' });
  return schema;
}

export const messageToDoc = (m: RelayedMessage): MessageDoc => ({
  _id: m.id,
  connectionId: m.connectionId,
  fromId: m.fromId,
  toId: m.toId,
  body: m.body,
  replyToId: m.replyToId,
  createdAt: new Date(m.createdAt),
  expiresAt: new Date(m.expiresAt),
});

export const messageFromDoc = (d: MessageDoc): RelayedMessage => ({
  id: d._id as MessageId,
  connectionId: d.connectionId as ConnectionId,
  fromId: d.fromId as PersonId,
  toId: d.toId as PersonId,
  body: d.body ?? '',
  replyToId: (d.replyToId ?? null) as MessageId | null,
  createdAt: new Date(d.createdAt),
  expiresAt: new Date(d.expiresAt),
});
