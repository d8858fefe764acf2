// Builders and checks shared by the contract modules.
import {
  type ConnectionId,
  type JoinRequestId,
  type MessageId,
  newId,
  type PersonId,
  type SessionId,
} from '../../../src/domain/ids.js';
import type { Connection, JoinRequest, RelayedMessage } from '../../../src/domain/social.js';
import { pairKey } from '../../../src/domain/social.js';
import { StoreConflict } from '../../../src/store/port.js';
import { T0, hoursFrom } from '../../support/fixtures.js';

export const conflictOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return null;
  } catch (e) {
    if (e instanceof StoreConflict) return e.rule;
    throw e;
  }
};

export const joinRequest = (sessionId: SessionId, requesterId: PersonId, overrides: Partial<JoinRequest> = {}): JoinRequest => ({
  id: newId<JoinRequestId>(),
  sessionId,
  communityId: null,
  requesterId,
  status: 'pending',
  message: '',
  createdAt: T0,
  decidedAt: null,
  ...overrides,
});

export const connection = (a: PersonId, b: PersonId, overrides: Partial<Connection> = {}): Connection => ({
  id: newId<ConnectionId>(),
  pair: pairKey(a, b),
  requesterId: a,
  addresseeId: b,
  status: 'requested',
  createdAt: T0,
  respondedAt: null,
  ...overrides,
});

export const message = (c: Connection, overrides: Partial<RelayedMessage> = {}): RelayedMessage => ({
  id: newId<MessageId>(),
  connectionId: c.id,
  fromId: c.requesterId,
  toId: c.addresseeId,
  body: 'see you at the track',
  replyToId: null,
  createdAt: T0,
  expiresAt: hoursFrom(T0, 24),
  ...overrides,
});
