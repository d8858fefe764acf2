import { type Connection, type Model, Schema } from 'mongoose';
import type { Lease, LeasesRepo } from '../port.js';
import { assertValid } from '../validate.js';
import { checkLeaseRequest } from '../validate-records.js';
import { conflictOf } from './errors.js';
import { idField, requiredDate, ROOT_OPTIONS } from './kit.js';

/** One lease; its name is the `_id`, so the unique `_id` index keeps one document per lane. */
export interface LeaseDoc {
  _id: string;
  holder: string;
  until: Date;
}

export function leaseSchema(): Schema {
  return new Schema<LeaseDoc>({ _id: idField, holder: idField, until: requiredDate }, { ...ROOT_OPTIONS, collection: 'leases' });
}

export function createLeaseModel(conn: Connection): Model<LeaseDoc> {
  return conn.model<LeaseDoc>('Lease', leaseSchema());
}

const fromDoc = (doc: LeaseDoc): Lease => ({ name: doc._id, holder: doc.holder, until: doc.until });

/**
 * Each method is one single-document operation, atomic on its own:
 * - acquire: `findOneAndUpdate` whose filter matches only a lease that is free to take (lapsed,
 *   or already this holder's), with `upsert` for a name never taken. When another holds it,
 *   the filter misses and the upsert's insert hits the `_id` index (E11000): null. Two first
 *   takers racing on a new name: one insert wins, the other gets E11000.
 * - renew: the filter requires this holder and a live lease; no upsert.
 * - release: deletes only this holder's document.
 */
export function leasesRepo(leases: Model<LeaseDoc>): LeasesRepo {
  return {
    async acquire(name: string, holder: string, now: Date, ttlMs: number): Promise<Lease | null> {
      assertValid('lease', checkLeaseRequest({ name, holder, now, ttlMs }));
      try {
        const doc = await leases
          .findOneAndUpdate(
            { _id: name, $or: [{ holder }, { until: { $lte: now } }] },
            { $set: { holder, until: new Date(now.getTime() + ttlMs) } },
            { upsert: true, returnDocument: 'after' },
          )
          .lean<LeaseDoc>()
          .exec();
        return doc ? fromDoc(doc) : null;
      } catch (err) {
        if (conflictOf(err, {})) return null;
        throw err;
      }
    },

    async renew(name: string, holder: string, now: Date, ttlMs: number): Promise<Lease | null> {
      assertValid('lease', checkLeaseRequest({ name, holder, now, ttlMs }));
      const doc = await leases
        .findOneAndUpdate({ _id: name, holder, until: { $gt: now } }, { $set: { until: new Date(now.getTime() + ttlMs) } }, { returnDocument: 'after' })
        .lean<LeaseDoc>()
        .exec();
      return doc ? fromDoc(doc) : null;
    },

    async release(name: string, holder: string): Promise<boolean> {
      const { deletedCount } = await leases.deleteOne({ _id: name, holder }).exec();
      return deletedCount === 1;
    },

    async get(name: string): Promise<Lease | null> {
      const doc = await leases.findById(name).lean<LeaseDoc>().exec();
      return doc ? fromDoc(doc) : null;
    },
  };
}
