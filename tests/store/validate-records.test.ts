import fc from 'fast-check';
import mongoose, { type Model } from 'mongoose';
import { afterAll, describe, it } from 'vitest';
import type { ConversationState, Notice, StoredAction } from '../../src/domain/conversation.js';
import type { AuditEntry, Connection, JoinRequest, RelayedMessage, Report } from '../../src/domain/social.js';
import { actionToDoc, conversationToDoc, noticeToDoc } from '../../src/store/mongo/ephemeral.model.js';
import { auditToDoc, reportToDoc } from '../../src/store/mongo/moderation.model.js';
import { createModels } from '../../src/store/mongo/models.js';
import { alertToDoc, createDeliveryModels, outboxToDoc } from '../../src/store/mongo/outbox.model.js';
import { connectionToDoc, joinRequestToDoc, messageToDoc } from '../../src/store/mongo/social.model.js';
import { type InvalidField, type MatchAlert, OUTBOX_STATUSES, type OutboxItem } from '../../src/store/port.js';
import {
  AUDIT_ACTIONS,
  CONNECTION_STATUSES,
  JOIN_REQUEST_STATUSES,
  REPORT_TARGET_KINDS,
  checkAction,
  checkAudit,
  checkConnection,
  checkConversation,
  checkJoinRequest,
  checkMatchAlert,
  checkMessage,
  checkNotice,
  checkOutboxItem,
  checkReport,
} from '../../src/store/validate-records.js';
import { dateArb, enumArb, expectAgreement, idArb, nonNegative, schemaErrors, sometimes } from './agreement.js';

/**
 * The smaller records: the shared rules (src/store/validate-records.ts) and their mongoose
 * schemas accept and refuse the same values (see validate.test.ts for the big ones).
 */
const conn = mongoose.createConnection();
const models = createModels(conn);
const delivery = createDeliveryModels(conn);
afterAll(() => conn.close());

const RUNS = { numRuns: 150 };
const nullableText = fc.option(fc.string(), { nil: null });
const nullableDate = fc.option(dateArb, { nil: null });
/** Branded domain values are plain strings underneath; the arbitraries build them as such. */
const as = <T>(arb: fc.Arbitrary<unknown>) => arb as fc.Arbitrary<T>;

function agrees<T, D>(arb: fc.Arbitrary<T>, check: (v: T) => readonly InvalidField[], model: Model<D>, toDoc: (v: T) => object) {
  return fc.assert(
    fc.asyncProperty(arb, async (v) => {
      expectAgreement(check(v), await schemaErrors(model, toDoc(v)));
    }),
    RUNS,
  );
}

const joinRequestArb = as<JoinRequest>(
  fc.record({
    id: idArb,
    sessionId: idArb,
    communityId: nullableText,
    requesterId: idArb,
    status: enumArb(JOIN_REQUEST_STATUSES),
    message: fc.string(),
    createdAt: dateArb,
    decidedAt: nullableDate,
  }),
);
const connectionArb = as<Connection>(
  fc.record({
    id: idArb,
    pair: idArb,
    requesterId: idArb,
    addresseeId: idArb,
    status: enumArb(CONNECTION_STATUSES),
    createdAt: dateArb,
    respondedAt: nullableDate,
  }),
);
const messageArb = as<RelayedMessage>(
  fc.record({ id: idArb, connectionId: idArb, fromId: idArb, toId: idArb, body: fc.string(), replyToId: nullableText, createdAt: dateArb, expiresAt: dateArb }),
);
const reportArb = as<Report>(
  fc.record({
    id: idArb,
    communityId: idArb,
    reporterId: idArb,
    target: fc.oneof(
      fc.record({ kind: enumArb(REPORT_TARGET_KINDS), personId: fc.string() }),
      fc.record({ kind: fc.constant('message'), messageId: fc.string(), authorId: fc.string(), excerpt: fc.string() }),
    ),
    reason: fc.string(),
    state: fc.oneof(
      fc.constant({ status: 'open' }),
      fc.record({ status: fc.constant('resolved'), by: fc.string(), resolution: fc.string(), at: dateArb }),
    ),
    createdAt: dateArb,
  }),
);
const auditArb = as<AuditEntry>(
  fc.record({ id: idArb, communityId: idArb, actorId: idArb, action: enumArb(AUDIT_ACTIONS), target: fc.string(), detail: fc.string(), at: dateArb }),
);
const noticeArb = as<Notice>(fc.record({ id: idArb, personId: idArb, text: fc.string(), createdAt: dateArb }));
const dataArb = fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }).filter((k) => !k.startsWith('$') && !k.includes('.')), fc.string(), { maxKeys: 2 });
const conversationArb = as<ConversationState>(
  fc.record({
    personId: idArb,
    flow: idArb,
    version: sometimes(fc.integer({ min: 0, max: 9 }), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY)),
    step: idArb,
    data: dataArb,
    updatedAt: dateArb,
    expiresAt: dateArb,
  }),
);
const actionArb = as<StoredAction>(
  fc.record({ id: idArb, actorId: nullableText, command: idArb, args: dataArb, createdAt: dateArb, expiresAt: dateArb }),
);
const outboxArb = as<OutboxItem>(
  fc.record({
    id: idArb,
    dedupeKey: idArb,
    personId: idArb,
    kind: idArb,
    notification: fc.record({ kind: fc.constant('prerendered'), reply: fc.record({ visibility: fc.constant('private'), text: fc.string() }) }),
    status: enumArb(OUTBOX_STATUSES),
    dueAt: dateArb,
    attempts: nonNegative,
    lease: fc.option(fc.record({ owner: idArb, token: idArb, until: dateArb }), { nil: null }),
    lastError: nullableText,
    platform: fc.option(enumArb(['discord', 'telegram', 'console', 'Not A Platform']), { nil: null }),
    createdAt: dateArb,
    settledAt: nullableDate,
  }),
);
const alertArb = as<MatchAlert>(
  fc.record({
    id: idArb,
    recipientId: idArb,
    subject: idArb,
    ref: idArb,
    mode: enumArb(['instant', 'digest']),
    score: sometimes(fc.double({ min: -10, max: 10, noNaN: true }), fc.constantFrom(Number.NaN, Number.NEGATIVE_INFINITY)),
    createdAt: dateArb,
    digestedAt: nullableDate,
  }),
);

describe('the shared rules of the smaller records and their mongoose schemas agree', () => {
  it('GIVEN random join requests, connections and messages THEN both accept or both refuse the same fields', async () => {
    await agrees(joinRequestArb, checkJoinRequest, models.joinRequests, joinRequestToDoc);
    await agrees(connectionArb, checkConnection, models.connections, connectionToDoc);
    await agrees(messageArb, checkMessage, models.messages, messageToDoc);
  });

  it('GIVEN random reports and audit entries THEN both accept or both refuse the same fields', async () => {
    await agrees(reportArb, checkReport, models.reports, reportToDoc);
    await agrees(auditArb, checkAudit, models.audit, auditToDoc);
  });

  it('GIVEN random notices, conversation states and actions THEN both accept or both refuse the same fields', async () => {
    await agrees(noticeArb, checkNotice, models.notices, noticeToDoc);
    await agrees(conversationArb, checkConversation, models.conversations, conversationToDoc);
    await agrees(actionArb, checkAction, models.actions, actionToDoc);
  });

  it('GIVEN random outbox items and match alerts THEN both accept or both refuse the same fields', async () => {
    await agrees(outboxArb, checkOutboxItem, delivery.outbox, outboxToDoc);
    await agrees(alertArb, (a) => checkMatchAlert(a).map((p) => (p.path === 'id' ? { ...p, path: 'alertId' } : p)), delivery.alerts, alertToDoc);
  });
});
