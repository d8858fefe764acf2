import { type Connection, type Model, Schema } from 'mongoose';
import { assertNamespace, type KvRepo, type KvStore } from '../port-kv.js';
import { assertKvEntry } from '../validate-kv.js';
import { ROOT_OPTIONS, idField, requiredDate } from './kit.js';

/** One adapter's entry: `_id` is `<namespace>:<key>` (a namespace has no ":"), so a key is found by `_id` alone. */
export interface KvDoc {
  _id: string;
  value: Record<string, unknown>;
  expiresAt: Date;
}

function kvSchema(): Schema {
  const schema = new Schema(
    {
      _id: idField,
      value: { type: Schema.Types.Mixed, required: true, default: () => ({}) },
      expiresAt: requiredDate,
    },
    { ...ROOT_OPTIONS, collection: 'adapter_state' },
  );
  // MongoDB removes lapsed entries itself; its TTL monitor runs once a minute, so reads check too.
  schema.index({ expiresAt: 1 }, { name: 'expiresAt_ttl', expireAfterSeconds: 0 });
  return schema;
}

export const kvModel = (connection: Connection): Model<KvDoc> => connection.model<KvDoc>('AdapterState', kvSchema());

export function kvRepo(docs: Model<KvDoc>): KvRepo {
  return {
    namespace(name: string): KvStore {
      assertNamespace(name);
      const at = (key: string) => `${name}:${key}`;
      return {
        async get(key, now) {
          const doc = await docs.findOne({ _id: at(key), expiresAt: { $gt: now } }).lean<KvDoc>().exec();
          return doc && typeof doc.value === 'object' && doc.value !== null ? doc.value : null;
        },
        async set(key, value, expiresAt) {
          assertKvEntry(key, value, expiresAt);
          const doc: KvDoc = { _id: at(key), value: structuredClone({ ...value }), expiresAt: new Date(expiresAt) };
          await docs.replaceOne({ _id: doc._id }, doc, { upsert: true, runValidators: true }).exec();
        },
        async delete(key) {
          await docs.deleteOne({ _id: at(key) }).exec();
        },
      };
    },
  };
}
