// Builders and checks shared by the contract modules.
import type { Notice } from '../../../src/domain/conversation.js';
import {
  type AuditId,
  type CommunityId,
  type ConnectionId,
  type JoinRequestId,
  type MessageId,
  newId,
  type NoticeId,
  type PersonId,
  type ReportId,
  type SessionId,
} from '../../../src/domain/ids.js';
import type { AuditEntry, Connection, JoinRequest, RelayedMessage, Report } from '../../../src/domain/social.js';
import { pairKey } from '../../../src/domain/social.js';
import {
  type AlertSubject,
  type InvalidField,
  type MatchAlert,
  type MatchAlertId,
  type OutboxId,
  type OutboxItem,
  StoreConflict,
  StoreInvalid,
} from '../../../src/store/port.js';
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

/** The fields a write was refused for, or null when it went through. */
export const invalidOf = async (p: Promise<unknown>): Promise<readonly InvalidField[] | null> => {
  try {
    await p;
    return null;
  } catch (e) {
    if (e instanceof StoreInvalid) return e.problems;
    throw e;
  }
};

export const report = (communityId: CommunityId, overrides: Partial<Report> = {}): Report => ({
  id: newId<ReportId>(),
  communityId,
  reporterId: newId<PersonId>(),
  target: { kind: 'person', personId: newId<PersonId>() },
  reason: 'rude',
  state: { status: 'open' },
  createdAt: T0,
  ...overrides,
});

export const auditEntry = (communityId: CommunityId, overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  id: newId<AuditId>(),
  communityId,
  actorId: newId<PersonId>(),
  action: 'member.ban',
  target: 'someone',
  detail: '',
  at: T0,
  ...overrides,
});

export const notice = (personId: PersonId, overrides: Partial<Notice> = {}): Notice => ({
  id: newId<NoticeId>(),
  personId,
  text: 'You missed a reminder',
  createdAt: T0,
  ...overrides,
});

export const outboxItem = (overrides: Partial<OutboxItem> = {}): OutboxItem => ({
  id: newId<OutboxId>(),
  dedupeKey: `test:${newId(6)}`,
  personId: newId<PersonId>(),
  kind: 'test',
  notification: { kind: 'buddy-declined', by: { id: 'p-builder' as PersonId, displayName: 'Ben', area: 'Berlin', activities: ['running'], level: 'beginner' } },
  status: 'pending',
  dueAt: T0,
  attempts: 0,
  lease: null,
  lastError: null,
  platform: null,
  createdAt: T0,
  settledAt: null,
  ...overrides,
});

export const matchAlert = (recipientId: PersonId, subject: AlertSubject, overrides: Partial<MatchAlert> = {}): MatchAlert => ({
  id: newId<MatchAlertId>(),
  recipientId,
  subject,
  ref: subject.slice(subject.indexOf(':') + 1),
  mode: 'digest',
  score: 0.8,
  createdAt: T0,
  digestedAt: null,
  ...overrides,
});
