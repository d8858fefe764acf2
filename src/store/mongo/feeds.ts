import { type Connection, type Model, Schema } from 'mongoose';
import type { CalendarFeed } from '../../domain/calendar-feed.js';
import type { PersonId } from '../../domain/ids.js';
import type { CalendarFeedsRepo } from '../port.js';
import { assertValid } from '../validate.js';
import { checkCalendarFeed } from '../validate-records.js';
import { idField, requiredDate, ROOT_OPTIONS } from './kit.js';

/** One document per person (`_id` is the person): a new address replaces the old in one write. */
interface FeedDoc {
  _id: string;
  tokenHash: string;
  createdAt: Date;
}

export function feedModel(connection: Connection): Model<FeedDoc> {
  const schema = new Schema<FeedDoc>({ _id: idField, tokenHash: idField, createdAt: requiredDate }, { ...ROOT_OPTIONS, collection: 'calendar_feeds' });
  // The HTTP lookup: one address, one person.
  schema.index({ tokenHash: 1 }, { name: 'tokenHash_unique', unique: true });
  return connection.model<FeedDoc>('CalendarFeed', schema);
}

const fromDoc = (d: FeedDoc): CalendarFeed => ({ personId: d._id as PersonId, tokenHash: d.tokenHash, createdAt: new Date(d.createdAt) });

export function feedsRepo(feeds: Model<FeedDoc>): CalendarFeedsRepo {
  return {
    async put(feed) {
      assertValid('calendar feed', checkCalendarFeed(feed));
      await feeds.replaceOne({ _id: feed.personId }, { tokenHash: feed.tokenHash, createdAt: feed.createdAt }, { upsert: true }).exec();
    },
    async getByPerson(personId) {
      const d = await feeds.findById(personId).lean<FeedDoc>().exec();
      return d ? fromDoc(d) : null;
    },
    async getByHash(tokenHash) {
      const d = await feeds.findOne({ tokenHash }).lean<FeedDoc>().exec();
      return d ? fromDoc(d) : null;
    },
    async delete(personId) {
      const r = await feeds.deleteOne({ _id: personId }).exec();
      return r.deletedCount > 0;
    },
  };
}
