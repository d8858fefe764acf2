import type { Model } from 'mongoose';
import type { ConnectionId, MessageId, PersonId } from '../../domain/ids.js';
import { pairKey, type Connection, type ConnectionStatus, type RelayedMessage } from '../../domain/social.js';
import type { ConnectionsRepo, MessagesRepo } from '../port.js';
import { assertValid, pageSize } from '../validate.js';
import { checkConnection, checkConnectionStatus, checkMessage } from '../validate-records.js';
import { guarded } from './errors.js';
import {
  CONNECTION_UNIQUE,
  MESSAGE_UNIQUE,
  connectionFromDoc,
  connectionToDoc,
  messageFromDoc,
  messageToDoc,
  type ConnectionDoc,
  type MessageDoc,
} from './social.model.js';

export function connectionsRepo(connections: Model<ConnectionDoc>): ConnectionsRepo {
  return {
    /** The unique index on `pair` makes a pair exist once, whatever its state. */
    async insert(connection: Connection): Promise<void> {
      assertValid('connection', checkConnection(connection));
      await guarded(CONNECTION_UNIQUE, () => connections.create(connectionToDoc(connection)));
    },

    async get(id: ConnectionId): Promise<Connection | null> {
      const doc = await connections.findById(id).lean<ConnectionDoc>().exec();
      return doc ? connectionFromDoc(doc) : null;
    },

    async findPair(a: PersonId, b: PersonId): Promise<Connection | null> {
      const doc = await connections.findOne({ pair: pairKey(a, b) }).lean<ConnectionDoc>().exec();
      return doc ? connectionFromDoc(doc) : null;
    },

    /** Every transition stamps `respondedAt` with `now`. */
    async transition(
      id: ConnectionId,
      from: readonly ConnectionStatus[],
      to: ConnectionStatus,
      now: Date,
    ): Promise<Connection | null> {
      assertValid('connection', checkConnectionStatus(to, now));
      const doc = await connections
        .findOneAndUpdate(
          { _id: id, status: { $in: [...from] } },
          { $set: { status: to, respondedAt: new Date(now) } },
          { returnDocument: 'after', runValidators: true },
        )
        .lean<ConnectionDoc>()
        .exec();
      return doc ? connectionFromDoc(doc) : null;
    },

    /** Answered by the `status_respondedAt` index. */
    async acceptedSince(since: Date): Promise<Connection[]> {
      const docs = await connections
        .find({ status: 'accepted', respondedAt: { $gte: since } })
        .sort({ respondedAt: 1, _id: 1 })
        .lean<ConnectionDoc[]>()
        .exec();
      return docs.map(connectionFromDoc);
    },

    async listForPerson(personId: PersonId): Promise<Connection[]> {
      const docs = await connections
        .find({ $or: [{ requesterId: personId }, { addresseeId: personId }] })
        .sort({ createdAt: 1, _id: 1 })
        .lean<ConnectionDoc[]>()
        .exec();
      return docs.map(connectionFromDoc);
    },

    async delete(id: ConnectionId): Promise<boolean> {
      const result = await connections.deleteOne({ _id: id }).exec();
      return result.deletedCount > 0;
    },
  };
}

/** Relayed messages; the TTL index deletes them after `expiresAt`, and reads never show them. */
export function messagesRepo(messages: Model<MessageDoc>): MessagesRepo {
  return {
    async insert(message: RelayedMessage): Promise<void> {
      assertValid('message', checkMessage(message));
      await guarded(MESSAGE_UNIQUE, () => messages.create(messageToDoc(message)));
    },

    async get(id: MessageId, now: Date): Promise<RelayedMessage | null> {
      const doc = await messages.findOne({ _id: id, expiresAt: { $gt: now } }).lean<MessageDoc>().exec();
      return doc ? messageFromDoc(doc) : null;
    },

    async countFromSince(personId: PersonId, since: Date): Promise<number> {
      return messages.countDocuments({ fromId: personId, createdAt: { $gte: since } }).exec();
    },

    async listForConnection(connectionId: ConnectionId, now: Date, limit: number): Promise<RelayedMessage[]> {
      const n = pageSize(limit);
      if (n === 0) return [];
      const docs = await messages
        .find({ connectionId, expiresAt: { $gt: now } })
        .sort({ createdAt: -1, _id: -1 })
        .limit(n)
        .lean<MessageDoc[]>()
        .exec();
      return docs.map(messageFromDoc);
    },
  };
}
