import { randomBytes } from 'node:crypto';
import type { Model } from 'mongoose';
import type { PersonId } from '../../domain/ids.js';
import {
  type AlertSubject,
  type AlertsRepo,
  type MatchAlert,
  type MatchAlertId,
  OUTBOX_STATUSES,
  type OutboxId,
  type OutboxItem,
  type OutboxRepo,
  type OutboxSettlement,
  type OutboxStatus,
  StoreConflict,
} from '../port.js';
import { assertValid, pageSize } from '../validate.js';
import { checkMatchAlert, checkOutboxItem, checkSettlement } from '../validate-records.js';
import { conflictOf, isDuplicateKey } from './errors.js';
import {
  alertDocId,
  alertFromDoc,
  alertToDoc,
  outboxFromDoc,
  outboxToDoc,
  type AlertSlotDoc,
  type MatchAlertDoc,
  type OutboxDoc,
} from './outbox.model.js';

/** Pending, due, and not held by a live lease. */
const claimableFilter = (now: Date) => ({
  status: 'pending',
  dueAt: { $lte: now },
  $or: [{ lease: null }, { 'lease.until': { $lte: now } }],
});

export function outboxRepo(outbox: Model<OutboxDoc>): OutboxRepo {
  return {
    async enqueue(item: OutboxItem): Promise<boolean> {
      assertValid('outbox item', checkOutboxItem(item));
      try {
        await outbox.create(outboxToDoc(item));
        return true;
      } catch (err) {
        const conflict = conflictOf(err, {});
        if (!conflict) throw err;
        // A duplicate dedupe key is the point of the key: this notification exists already.
        if (await outbox.exists({ dedupeKey: item.dedupeKey }).exec()) return false;
        throw conflict;
      }
    },

    async get(id: OutboxId): Promise<OutboxItem | null> {
      const doc = await outbox.findById(id).lean<OutboxDoc>().exec();
      return doc ? outboxFromDoc(doc) : null;
    },

    async getByKey(dedupeKey: string): Promise<OutboxItem | null> {
      const doc = await outbox.findOne({ dedupeKey }).lean<OutboxDoc>().exec();
      return doc ? outboxFromDoc(doc) : null;
    },

    /**
     * Three steps: find candidate ids, lease them with a token in one `updateMany` whose filter
     * re-checks that each is still claimable (so an item another claimer leased in between is
     * skipped, document by document, atomically), then read back what this token holds.
     */
    async claim(owner: string, now: Date, limit: number, leaseMs: number): Promise<OutboxItem[]> {
      const n = pageSize(limit);
      if (n === 0) return [];
      const candidates = await outbox
        .find(claimableFilter(now))
        .sort({ dueAt: 1, _id: 1 })
        .limit(n)
        .select({ _id: 1 })
        .lean<Pick<OutboxDoc, '_id'>[]>()
        .exec();
      if (candidates.length === 0) return [];
      const token = `${owner}:${randomBytes(6).toString('hex')}`;
      await outbox
        .updateMany(
          { _id: { $in: candidates.map((c) => c._id) }, ...claimableFilter(now) },
          { $set: { lease: { owner, token, until: new Date(now.getTime() + leaseMs) } } },
        )
        .exec();
      const docs = await outbox.find({ 'lease.token': token }).sort({ dueAt: 1, _id: 1 }).lean<OutboxDoc[]>().exec();
      return docs.map(outboxFromDoc);
    },

    /** `updateOne` runs no validators: the shared rules check what the settlement writes first. */
    async settle(id: OutboxId, token: string, s: OutboxSettlement): Promise<boolean> {
      assertValid('outbox item', checkSettlement(s));
      let set: Record<string, unknown>;
      switch (s.status) {
        case 'sent':
          set = { status: 'sent', lease: null, platform: s.platform, settledAt: new Date(s.at) };
          break;
        case 'pending':
          set = { lease: null, dueAt: new Date(s.dueAt), attempts: s.attempts, lastError: s.error };
          break;
        default:
          set = { status: s.status, lease: null, lastError: s.error, settledAt: new Date(s.at) };
      }
      const res = await outbox.updateOne({ _id: id, status: 'pending', 'lease.token': token }, { $set: set }).exec();
      return res.modifiedCount === 1;
    },

    async cancelPending(keyPrefix: string, now: Date): Promise<number> {
      const res = await outbox
        .updateMany(
          {
            status: 'pending',
            dedupeKey: { $regex: `^${keyPrefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}` },
            $or: [{ lease: null }, { 'lease.until': { $lte: now } }],
          },
          { $set: { status: 'dropped', lease: null, lastError: 'cancelled', settledAt: new Date(now) } },
        )
        .exec();
      return res.modifiedCount;
    },

    async nextDue(): Promise<Date | null> {
      const doc = await outbox.findOne({ status: 'pending' }).sort({ dueAt: 1 }).select({ dueAt: 1 }).lean<Pick<OutboxDoc, 'dueAt'>>().exec();
      return doc ? new Date(doc.dueAt) : null;
    },

    async countByStatus(): Promise<Record<OutboxStatus, number>> {
      const counts = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, 0])) as Record<OutboxStatus, number>;
      const rows = await outbox.aggregate<{ _id: OutboxStatus; n: number }>([{ $group: { _id: '$status', n: { $sum: 1 } } }]).exec();
      for (const r of rows) if (r._id in counts) counts[r._id] = r.n;
      return counts;
    },

    async purgeSettled(before: Date): Promise<number> {
      const res = await outbox.deleteMany({ status: { $ne: 'pending' }, settledAt: { $lt: before } }).exec();
      return res.deletedCount;
    },

    async erasePerson(personId: PersonId): Promise<void> {
      await outbox.deleteMany({ personId }).exec();
    },
  };
}

export function alertsRepo(alerts: Model<MatchAlertDoc>, slots: Model<AlertSlotDoc>): AlertsRepo {
  const get = async (recipientId: PersonId, subject: AlertSubject) => {
    const doc = await alerts.findById(alertDocId(recipientId, subject)).lean<MatchAlertDoc>().exec();
    return doc ? alertFromDoc(doc) : null;
  };

  /** `$inc` when below the cap; `upsert` makes the day's counter on first use. */
  const increment = (id: string, cap: number, insert: Omit<AlertSlotDoc, '_id' | 'count'> | null) =>
    slots
      .findOneAndUpdate(
        { _id: id, count: { $lt: cap } },
        { $inc: { count: 1 }, ...(insert ? { $setOnInsert: insert } : {}) },
        { upsert: insert !== null, returnDocument: 'after' },
      )
      .lean<AlertSlotDoc>()
      .exec();

  return {
    /**
     * The pair is the `_id`, so the insert itself decides who was first. A duplicate key with no
     * entry for the pair means the alert's own id is taken by another pair (`alertId_unique`).
     */
    async record(alert: MatchAlert): Promise<MatchAlert | null> {
      assertValid('match alert', checkMatchAlert(alert));
      try {
        await alerts.create(alertToDoc(alert));
        return null;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        const existing = await get(alert.recipientId, alert.subject);
        if (!existing) throw new StoreConflict('id');
        return existing;
      }
    },

    get,

    /**
     * A full day's counter does not match the filter, so the upsert tries to insert a second
     * document with the same `_id` and fails with a duplicate key: that means "no slot". The same
     * error also comes from two first takers racing to create the counter; the loser then tries
     * once more without upsert.
     */
    async takeSlot(personId: PersonId, day: string, cap: number, now: Date): Promise<boolean> {
      if (cap <= 0) return false;
      const id = `${personId}|${day}`;
      try {
        return (await increment(id, cap, { personId, day, createdAt: new Date(now) })) !== null;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        return (await increment(id, cap, null)) !== null;
      }
    },

    async releaseSlot(personId: PersonId, day: string): Promise<void> {
      await slots.updateOne({ _id: `${personId}|${day}`, count: { $gt: 0 } }, { $inc: { count: -1 } }).exec();
    },

    async pendingDigest(recipientId: PersonId): Promise<MatchAlert[]> {
      const docs = await alerts.find({ recipientId, mode: 'digest', digestedAt: null }).sort({ createdAt: 1, alertId: 1 }).lean<MatchAlertDoc[]>().exec();
      return docs.map(alertFromDoc);
    },

    async markDigested(recipientId: PersonId, ids: readonly MatchAlertId[], now: Date): Promise<number> {
      if (ids.length === 0) return 0;
      const res = await alerts
        .updateMany({ recipientId, alertId: { $in: [...ids] }, digestedAt: null }, { $set: { digestedAt: new Date(now) } })
        .exec();
      return res.modifiedCount;
    },

    async purgeSlots(before: Date): Promise<number> {
      return (await slots.deleteMany({ createdAt: { $lt: before } }).exec()).deletedCount;
    },

    async erasePerson(personId: PersonId): Promise<void> {
      await alerts.deleteMany({ $or: [{ recipientId: personId }, { subject: `person:${personId}` }] }).exec();
      await slots.deleteMany({ personId }).exec();
    },
  };
}
