import type { CommunityId, ConnectionId, JoinRequestId, MessageId, PersonId, SessionId } from '../../domain/ids.js';
import {
  type Connection,
  type ConnectionStatus,
  type JoinRequest,
  type JoinRequestStatus,
  LIVE_JOIN_STATUSES,
  type RelayedMessage,
  pairKey,
} from '../../domain/social.js';
import { type ConnectionsRepo, type JoinRequestsRepo, type MessagesRepo, StoreConflict } from '../port.js';
import { assertValid, pageSize } from '../validate.js';
import {
  checkConnection,
  checkConnectionStatus,
  checkJoinRequest,
  checkJoinRequestStatus,
  checkMessage,
} from '../validate-records.js';
import { Table, newestFirst, oldestFirst } from './table.js';

const isLive = (r: JoinRequest) => (LIVE_JOIN_STATUSES as readonly string[]).includes(r.status);

export class MemoryJoinRequests implements JoinRequestsRepo {
  readonly table = new Table<JoinRequest>();

  async insert(request: JoinRequest): Promise<void> {
    assertValid('join request', checkJoinRequest(request));
    if (this.table.has(request.id)) throw new StoreConflict('id');
    if (isLive(request)) {
      for (const r of this.table.scan())
        if (isLive(r) && r.sessionId === request.sessionId && r.requesterId === request.requesterId)
          throw new StoreConflict('live-join-request');
    }
    this.table.set(request);
  }

  async get(id: JoinRequestId) {
    return this.table.get(id);
  }

  async findLive(sessionId: SessionId, requesterId: PersonId) {
    return this.table.filter((r) => isLive(r) && r.sessionId === sessionId && r.requesterId === requesterId)[0] ?? null;
  }

  async transition(id: JoinRequestId, from: readonly JoinRequestStatus[], to: JoinRequestStatus, now: Date) {
    assertValid('join request', checkJoinRequestStatus(to, now));
    const current = this.table.peek(id);
    // Only a request the update would match can collide: one not in `from` is left alone (null),
    // as MongoDB's filter leaves it. Moving into a live status while another request of the same
    // person and session is live is what the partial unique index refuses.
    if (current && from.includes(current.status) && !isLive(current) && (LIVE_JOIN_STATUSES as readonly string[]).includes(to)) {
      for (const r of this.table.scan())
        if (r.id !== id && isLive(r) && r.sessionId === current.sessionId && r.requesterId === current.requesterId)
          throw new StoreConflict('live-join-request');
    }
    return (
      this.table.modify(id, (r) => from.includes(r.status), (r) => ({ ...r, status: to, decidedAt: now }))?.after ?? null
    );
  }

  async listForSession(sessionId: SessionId, statuses: readonly JoinRequestStatus[]) {
    return this.table
      .filter((r) => r.sessionId === sessionId && statuses.includes(r.status))
      .sort(oldestFirst((r) => r.createdAt));
  }

  async listForRequester(requesterId: PersonId, statuses: readonly JoinRequestStatus[]) {
    return this.table
      .filter((r) => r.requesterId === requesterId && statuses.includes(r.status))
      .sort(newestFirst((r) => r.createdAt));
  }

  async expirePending(sessionId: SessionId, now: Date) {
    const pending = this.table.filter((r) => r.sessionId === sessionId && r.status === 'pending').sort(oldestFirst((r) => r.createdAt));
    for (const r of pending) this.table.modify(r.id, () => true, (row) => ({ ...row, status: 'expired', decidedAt: now }));
    return pending;
  }

  async countByStatus(communityId: CommunityId, since: Date) {
    const counts: Record<JoinRequestStatus, number> = { pending: 0, accepted: 0, declined: 0, withdrawn: 0, expired: 0 };
    for (const r of this.table.scan()) if (r.communityId === communityId && r.createdAt >= since) counts[r.status]++;
    return counts;
  }
}

export class MemoryConnections implements ConnectionsRepo {
  readonly table = new Table<Connection>();

  async insert(connection: Connection): Promise<void> {
    assertValid('connection', checkConnection(connection));
    if (this.table.has(connection.id)) throw new StoreConflict('id');
    for (const c of this.table.scan()) if (c.pair === connection.pair) throw new StoreConflict('connection-pair');
    this.table.set(connection);
  }

  async get(id: ConnectionId) {
    return this.table.get(id);
  }

  async findPair(a: PersonId, b: PersonId) {
    const pair = pairKey(a, b);
    return this.table.filter((c) => c.pair === pair)[0] ?? null;
  }

  async transition(id: ConnectionId, from: readonly ConnectionStatus[], to: ConnectionStatus, now: Date) {
    assertValid('connection', checkConnectionStatus(to, now));
    return this.table.modify(id, (c) => from.includes(c.status), (c) => ({ ...c, status: to, respondedAt: now }))?.after ?? null;
  }

  async listForPerson(personId: PersonId) {
    return this.table
      .filter((c) => c.requesterId === personId || c.addresseeId === personId)
      .sort(oldestFirst((c) => c.createdAt));
  }

  async acceptedSince(since: Date) {
    return this.table
      .filter((c) => c.status === 'accepted' && c.respondedAt !== null && c.respondedAt >= since)
      .sort(oldestFirst((c) => c.respondedAt ?? c.createdAt));
  }

  async delete(id: ConnectionId) {
    return this.table.delete(id);
  }
}

export class MemoryMessages implements MessagesRepo {
  readonly table = new Table<RelayedMessage>();

  async insert(message: RelayedMessage): Promise<void> {
    assertValid('message', checkMessage(message));
    if (this.table.has(message.id)) throw new StoreConflict('id');
    this.table.set(message);
  }

  async get(id: MessageId, now: Date) {
    const m = this.table.get(id);
    return m && m.expiresAt > now ? m : null;
  }

  async countFromSince(personId: PersonId, since: Date) {
    let n = 0;
    for (const m of this.table.scan()) if (m.fromId === personId && m.createdAt >= since) n++;
    return n;
  }

  async listForConnection(connectionId: ConnectionId, now: Date, limit: number) {
    return this.table
      .filter((m) => m.connectionId === connectionId && m.expiresAt > now)
      .sort(newestFirst((m) => m.createdAt))
      .slice(0, pageSize(limit));
  }
}
