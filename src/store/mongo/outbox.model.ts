import { type Connection, type Model, Schema } from 'mongoose';
import type { PersonId } from '../../domain/ids.js';
import type { Platform } from '../../domain/platform.js';
import { platformNameRule } from './kit.js';
import type { Notification } from '../../domain/notification.js';
import {
  type AlertSubject,
  type MatchAlert,
  type MatchAlertId,
  OUTBOX_STATUSES,
  type OutboxId,
  type OutboxItem,
  type OutboxStatus,
} from '../port.js';
import { EMBEDDED_OPTIONS, ROOT_OPTIONS, idField, nullableDate, nullableString, numberField, requiredDate } from './kit.js';

/**
 * The delivery collections: the outbox (one document per notification), the match-alert ledger
 * (one per recipient and subject, so `_id` is the pair) and the daily alert counters.
 */

// ---- outbox ----------------------------------------------------------------------------------

export interface OutboxDoc {
  _id: string;
  dedupeKey: string;
  personId: string;
  kind: string;
  /** The notification as facts; said in the recipient's language when it is delivered. */
  notification?: Record<string, unknown>;
  /** Rows queued before notifications were facts hold the words instead: read as `prerendered`. */
  reply?: Record<string, unknown>;
  status: string;
  dueAt: Date;
  attempts: number;
  lease: { owner: string; token: string; until: Date } | null;
  lastError: string | null;
  platform: string | null;
  createdAt: Date;
  settledAt: Date | null;
}

function leaseSchema(): Schema {
  return new Schema({ owner: idField, token: idField, until: requiredDate }, EMBEDDED_OPTIONS);
}

export function outboxSchema(): Schema {
  const schema = new Schema(
    {
      _id: idField,
      dedupeKey: idField,
      personId: idField,
      kind: idField,
      // Required on every write; only rows written before it existed lack it (they have `reply`).
      notification: { type: Schema.Types.Mixed, required: true },
      reply: { type: Schema.Types.Mixed, required: false },
      status: { type: String, enum: OUTBOX_STATUSES, required: true },
      dueAt: requiredDate,
      attempts: numberField(0),
      lease: { type: leaseSchema(), default: null },
      lastError: nullableString,
      platform: { type: String, validate: platformNameRule, default: null },
      createdAt: requiredDate,
      settledAt: nullableDate,
    },
    { ...ROOT_OPTIONS, collection: 'outbox' },
  );
  // The same notification is never enqueued twice.
  schema.index({ dedupeKey: 1 }, { name: 'dedupeKey_unique', unique: true });
  // What a sender claims: pending, due, earliest first.
  schema.index({ status: 1, dueAt: 1, _id: 1 }, { name: 'status_dueAt' });
  schema.index({ 'lease.token': 1 }, { name: 'lease_token', sparse: true });
  schema.index({ personId: 1 }, { name: 'person' });
  schema.index({ settledAt: 1 }, { name: 'settledAt', partialFilterExpression: { settledAt: { $type: 'date' } } });
  return schema;
}

export const outboxToDoc = (i: OutboxItem): OutboxDoc => ({
  _id: i.id,
  dedupeKey: i.dedupeKey,
  personId: i.personId,
  kind: i.kind,
  notification: structuredClone({ ...i.notification }) as Record<string, unknown>,
  status: i.status,
  dueAt: new Date(i.dueAt),
  attempts: i.attempts,
  lease: i.lease ? { owner: i.lease.owner, token: i.lease.token, until: new Date(i.lease.until) } : null,
  lastError: i.lastError,
  platform: i.platform,
  createdAt: new Date(i.createdAt),
  settledAt: i.settledAt ? new Date(i.settledAt) : null,
});

export const outboxFromDoc = (d: OutboxDoc): OutboxItem => ({
  id: d._id as OutboxId,
  dedupeKey: d.dedupeKey,
  personId: d.personId as PersonId,
  kind: d.kind,
  notification: d.notification ? (d.notification as unknown as Notification) : { kind: 'prerendered', reply: d.reply ?? { visibility: 'private', text: '' } },
  status: d.status as OutboxStatus,
  dueAt: new Date(d.dueAt),
  attempts: d.attempts,
  lease: d.lease ? { owner: d.lease.owner, token: d.lease.token, until: new Date(d.lease.until) } : null,
  lastError: d.lastError ?? null,
  platform: (d.platform ?? null) as Platform | null,
  createdAt: new Date(d.createdAt),
  settledAt: d.settledAt ? new Date(d.settledAt) : null,
});

// ---- match-alert ledger ----------------------------------------------------------------------

export interface MatchAlertDoc {
  /** `<recipientId>|<subject>`: the pair is the identity, so it exists once. */
  _id: string;
  alertId: string;
  recipientId: string;
  subject: string;
  ref: string;
  mode: string;
  score: number;
  createdAt: Date;
  digestedAt: Date | null;
}

export const alertDocId = (recipientId: string, subject: string) => `${recipientId}|${subject}`;

export function matchAlertSchema(): Schema {
  const schema = new Schema(
    {
      _id: idField,
      alertId: idField,
      recipientId: idField,
      subject: idField,
      ref: idField,
      mode: { type: String, enum: ['instant', 'digest'], required: true },
      score: numberField(),
      createdAt: requiredDate,
      digestedAt: nullableDate,
    },
    { ...ROOT_OPTIONS, collection: 'match_alerts' },
  );
  schema.index({ recipientId: 1, mode: 1, digestedAt: 1, createdAt: 1 }, { name: 'recipient_digest' });
  schema.index({ subject: 1 }, { name: 'subject' });
  // The domain id is unique too, as in the in-memory store: a second pair under it is a conflict.
  schema.index({ alertId: 1 }, { name: 'alertId_unique', unique: true });
  return schema;
}

export const alertToDoc = (a: MatchAlert): MatchAlertDoc => ({
  _id: alertDocId(a.recipientId, a.subject),
  alertId: a.id,
  recipientId: a.recipientId,
  subject: a.subject,
  ref: a.ref,
  mode: a.mode,
  score: a.score,
  createdAt: new Date(a.createdAt),
  digestedAt: a.digestedAt ? new Date(a.digestedAt) : null,
});

export const alertFromDoc = (d: MatchAlertDoc): MatchAlert => ({
  id: d.alertId as MatchAlertId,
  recipientId: d.recipientId as PersonId,
  subject: d.subject as AlertSubject,
  ref: d.ref ?? '',
  mode: d.mode === 'digest' ? 'digest' : 'instant',
  score: d.score,
  createdAt: new Date(d.createdAt),
  digestedAt: d.digestedAt ? new Date(d.digestedAt) : null,
});

// ---- daily alert counters --------------------------------------------------------------------

export interface AlertSlotDoc {
  /** `<personId>|<YYYY-MM-DD>` */
  _id: string;
  personId: string;
  day: string;
  count: number;
  createdAt: Date;
}

export function alertSlotSchema(): Schema {
  const schema = new Schema(
    { _id: idField, personId: idField, day: idField, count: { type: Number, required: true, min: 0 }, createdAt: requiredDate },
    { ...ROOT_OPTIONS, collection: 'match_alert_days' },
  );
  schema.index({ personId: 1 }, { name: 'person' });
  schema.index({ createdAt: 1 }, { name: 'createdAt' });
  return schema;
}

// ---- models ----------------------------------------------------------------------------------

export interface DeliveryModels {
  readonly outbox: Model<OutboxDoc>;
  readonly alerts: Model<MatchAlertDoc>;
  readonly alertSlots: Model<AlertSlotDoc>;
}

export function createDeliveryModels(conn: Connection): DeliveryModels {
  return {
    outbox: conn.model<OutboxDoc>('OutboxItem', outboxSchema()),
    alerts: conn.model<MatchAlertDoc>('MatchAlert', matchAlertSchema()),
    alertSlots: conn.model<AlertSlotDoc>('MatchAlertDay', alertSlotSchema()),
  };
}

/** Creates the collections and brings their indexes in line with the schemas. */
export async function syncDeliveryIndexes(models: DeliveryModels): Promise<void> {
  for (const model of Object.values(models) as Model<unknown>[]) {
    await model.init();
    await model.syncIndexes();
  }
}
