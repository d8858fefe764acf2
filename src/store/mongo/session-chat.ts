import { type Connection, type Model, Schema } from 'mongoose';
import type { MessageId, PersonId, SessionId } from '../../domain/ids.js';
import type { SessionChatMessage } from '../../domain/session-chat.js';
import type { SessionChatRepo } from '../port-session-chat.js';
import { assertValid, pageSize } from '../validate.js';
import { checkSessionChatMessage } from '../validate-session-chat.js';
import { guarded } from './errors.js';
import { idField, list, nullableString, requiredDate, ROOT_OPTIONS, stringArray, textField } from './kit.js';

interface SessionChatDoc {
  _id: string;
  sessionId: string;
  fromId: string;
  toIds: string[];
  body: string;
  replyToId: string | null;
  createdAt: Date;
  expiresAt: Date;
}

export function sessionChatModel(connection: Connection): Model<SessionChatDoc> {
  const schema = new Schema(
    {
      _id: idField,
      sessionId: idField,
      fromId: idField,
      toIds: stringArray,
      body: textField,
      replyToId: nullableString,
      createdAt: requiredDate,
      expiresAt: requiredDate,
    },
    { ...ROOT_OPTIONS, collection: 'session_chat_messages' },
  );
  // Retention: the server deletes a message once `expiresAt` has passed (reads filter the minute before).
  schema.index({ expiresAt: 1 }, { name: 'expiresAt_ttl', expireAfterSeconds: 0 });
  schema.index({ sessionId: 1, createdAt: -1, _id: -1 }, { name: 'session_createdAt' });
  // Erasure: what a person wrote, and what they were sent.
  schema.index({ fromId: 1 }, { name: 'from' });
  schema.index({ toIds: 1 }, { name: 'to' });
  return connection.model<SessionChatDoc>('SessionChatMessage', schema);
}

const toDoc = (m: SessionChatMessage): SessionChatDoc => ({
  _id: m.id,
  sessionId: m.sessionId,
  fromId: m.fromId,
  toIds: [...m.toIds],
  body: m.body,
  replyToId: m.replyToId,
  createdAt: new Date(m.createdAt),
  expiresAt: new Date(m.expiresAt),
});

const fromDoc = (d: SessionChatDoc): SessionChatMessage => ({
  id: d._id as MessageId,
  sessionId: d.sessionId as SessionId,
  fromId: d.fromId as PersonId,
  toIds: list(d.toIds) as PersonId[],
  body: d.body ?? '',
  replyToId: (d.replyToId ?? null) as MessageId | null,
  createdAt: new Date(d.createdAt),
  expiresAt: new Date(d.expiresAt),
});

export function sessionChatRepo(messages: Model<SessionChatDoc>): SessionChatRepo {
  return {
    async insert(message) {
      assertValid('session chat message', checkSessionChatMessage(message));
      await guarded({}, () => messages.create(toDoc(message)));
    },

    async get(id, now) {
      const doc = await messages.findOne({ _id: id, expiresAt: { $gt: now } }).lean<SessionChatDoc>().exec();
      return doc ? fromDoc(doc) : null;
    },

    async listForSession(sessionId, now, limit) {
      const n = pageSize(limit);
      if (n === 0) return [];
      const docs = await messages
        .find({ sessionId, expiresAt: { $gt: now } })
        .sort({ createdAt: -1, _id: -1 })
        .limit(n)
        .lean<SessionChatDoc[]>()
        .exec();
      return docs.map(fromDoc);
    },

    async erasePerson(personId) {
      await messages.deleteMany({ fromId: personId }).exec();
      await messages.updateMany({ toIds: personId }, { $pull: { toIds: personId } }).exec();
    },
  };
}
