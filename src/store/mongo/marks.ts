import { type Connection, type Model, Schema } from 'mongoose';
import type { PersonId } from '../../domain/ids.js';
import { keyOf, kindOfKey, type Mark, type MarkKey, type MarkKind, type MarkOf, personOfMark } from '../../domain/marks.js';
import type { MarksRepo } from '../port-marks.js';
import { assertMark, isMark } from '../validate-marks.js';
import { isDuplicateKey } from './errors.js';
import { ROOT_OPTIONS, idField, nullableString, requiredDate } from './kit.js';

/**
 * One mark per key: `_id` is the mark's key (`<kind>:<what it is about>`), so the `_id` index is
 * the unique key a claim races on. `personId` is copied out of the fields for erasure's index.
 */
export interface MarkDoc {
  _id: string;
  kind: string;
  personId: string | null;
  fields: Record<string, unknown>;
  createdAt: Date;
  expiresAt: Date;
}

function markSchema(): Schema {
  const schema = new Schema(
    {
      _id: idField,
      kind: idField,
      personId: nullableString,
      fields: { type: Schema.Types.Mixed, required: true, default: () => ({}) },
      createdAt: requiredDate,
      expiresAt: requiredDate,
    },
    { ...ROOT_OPTIONS, collection: 'marks' },
  );
  // MongoDB removes lapsed marks itself; its TTL monitor runs once a minute, so reads check too.
  schema.index({ expiresAt: 1 }, { name: 'expiresAt_ttl', expireAfterSeconds: 0 });
  // Erasure finds a person's marks by it; marks naming nobody hold null.
  schema.index({ personId: 1 }, { name: 'person' });
  return schema;
}

export const markModel = (connection: Connection): Model<MarkDoc> => connection.model<MarkDoc>('Mark', markSchema());

export function markToDoc(mark: Mark): MarkDoc {
  const { kind, createdAt, expiresAt, ...fields } = mark;
  return {
    _id: keyOf(mark),
    kind,
    personId: personOfMark(mark),
    fields: structuredClone({ ...fields }),
    createdAt: new Date(createdAt),
    expiresAt: new Date(expiresAt),
  };
}

/** The mark a document holds, or null when it is not one (written by hand, or by another version). */
export function markFromDoc(doc: MarkDoc): Mark | null {
  const fields = typeof doc.fields === 'object' && doc.fields !== null ? doc.fields : {};
  const read = { ...fields, kind: doc.kind, createdAt: new Date(doc.createdAt), expiresAt: new Date(doc.expiresAt) };
  return isMark(read) && keyOf(read) === doc._id ? read : null;
}

const ofKind = <K extends MarkKind>(doc: MarkDoc | null, key: MarkKey<K>): MarkOf<K> | null => {
  const mark = doc ? markFromDoc(doc) : null;
  return mark && isOfKind(mark, key) ? mark : null;
};
const isOfKind = <K extends MarkKind>(mark: Mark, key: MarkKey<K>): mark is MarkOf<K> => mark.kind === kindOfKey(key);

export function marksRepo(docs: Model<MarkDoc>): MarksRepo {
  const live = (key: MarkKey, now: Date) => ({ _id: key, expiresAt: { $gt: now } });
  const repo: MarksRepo = {
    async put(mark) {
      assertMark(mark);
      const doc = markToDoc(mark);
      await docs.replaceOne({ _id: doc._id }, doc, { upsert: true, runValidators: true }).exec();
    },

    async get(key, now) {
      return ofKind(await docs.findOne(live(key, now)).lean<MarkDoc>().exec(), key);
    },

    /**
     * An upsert whose filter matches only a lapsed mark of that key: with no document it inserts,
     * with a lapsed one it replaces, and with a live one the insert it falls back to hits the
     * unique `_id` (E11000), which means someone holds it.
     */
    async claim<K extends MarkKind>(mark: MarkOf<K>, now: Date): Promise<MarkOf<K> | null> {
      assertMark(mark);
      const { _id, ...rest } = markToDoc(mark);
      const key: MarkKey<K> = keyOf<K>(mark);
      try {
        await docs.updateOne({ _id, expiresAt: { $lte: now } }, { $set: rest }, { upsert: true, runValidators: true }).exec();
        return null;
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        const held = await docs.findOne(live(key, now)).lean<MarkDoc>().exec();
        // Lapsed between the two steps: nobody holds it now, so this claim may try once more.
        return held ? ofKind(held, key) : repo.claim(mark, now);
      }
    },

    async take(key, now) {
      return ofKind(await docs.findOneAndDelete(live(key, now)).lean<MarkDoc>().exec(), key);
    },

    async delete(key) {
      await docs.deleteOne({ _id: key }).exec();
    },

    async erasePerson(personId: PersonId) {
      return (await docs.deleteMany({ personId }).exec()).deletedCount;
    },
  };
  return repo;
}
