import { type Connection, type Model, Schema } from 'mongoose';
import type { PersonId, SessionId } from '../../domain/ids.js';
import type { CommunityKey } from '../../domain/platform.js';
import type { ChatPlace } from '../../domain/session-chat-place.js';
import type { ChatPlacesRepo } from '../port-chat-places.js';
import { assertValid } from '../validate.js';
import { checkChatPlace, checkChatPlaceMembers } from '../validate-chat-places.js';
import { EMBEDDED_OPTIONS, idField, nullableDate, requiredDate, ROOT_OPTIONS } from './kit.js';
import { isDuplicateKey } from './errors.js';

/** One place per session: the session's id is the document's. */
interface ChatPlaceDoc {
  _id: string;
  community: string;
  placeId: string;
  members: { personId: string; userId: string }[];
  openedAt: Date;
  closedAt: Date | null;
}

/** Per community: whether its moderators were told the bot may not open places there. */
interface PlaceNoticeDoc {
  _id: string;
  told: boolean;
}

export interface ChatPlaceModels {
  readonly places: Model<ChatPlaceDoc>;
  readonly notices: Model<PlaceNoticeDoc>;
}

export function chatPlaceModels(connection: Connection): ChatPlaceModels {
  const member = new Schema({ personId: idField, userId: idField }, EMBEDDED_OPTIONS);
  const schema = new Schema(
    { _id: idField, community: idField, placeId: idField, members: { type: [member], default: [] }, openedAt: requiredDate, closedAt: nullableDate },
    { ...ROOT_OPTIONS, collection: 'session_chat_places' },
  );
  // A message posted in a thread names the thread: its session is found by it.
  schema.index({ community: 1, placeId: 1 }, { name: 'place' });
  // Erasure: the places a person was let into.
  schema.index({ 'members.personId': 1 }, { name: 'member' });
  const notice = new Schema({ _id: idField, told: { type: Boolean, default: false } }, { ...ROOT_OPTIONS, collection: 'session_chat_place_notices' });
  return {
    places: connection.model<ChatPlaceDoc>('SessionChatPlace', schema),
    notices: connection.model<PlaceNoticeDoc>('SessionChatPlaceNotice', notice),
  };
}

const fromDoc = (d: ChatPlaceDoc): ChatPlace => ({
  sessionId: d._id as SessionId,
  community: d.community as CommunityKey,
  placeId: d.placeId,
  members: (d.members ?? []).map((m) => ({ personId: m.personId as PersonId, userId: m.userId })),
  openedAt: new Date(d.openedAt),
  closedAt: d.closedAt ? new Date(d.closedAt) : null,
});

export function chatPlacesRepo({ places, notices }: ChatPlaceModels): ChatPlacesRepo {
  return {
    async open(place) {
      assertValid('chat place', checkChatPlace(place));
      const doc = { community: place.community, placeId: place.placeId, members: place.members.map((m) => ({ ...m })), openedAt: place.openedAt, closedAt: place.closedAt };
      try {
        const res = await places.updateOne({ _id: place.sessionId }, { $setOnInsert: doc }, { upsert: true }).exec();
        return res.upsertedCount === 1;
      } catch (error) {
        // Two upserts of the same new _id at once: one inserts, the other meets its key.
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    },

    async get(sessionId) {
      const doc = await places.findById(sessionId).lean<ChatPlaceDoc>().exec();
      return doc ? fromDoc(doc) : null;
    },

    async findByPlace(community, placeId) {
      const doc = await places.findOne({ community, placeId }).lean<ChatPlaceDoc>().exec();
      return doc ? fromDoc(doc) : null;
    },

    async setMembers(sessionId, members) {
      assertValid('chat place members', checkChatPlaceMembers(members));
      await places.updateOne({ _id: sessionId }, { $set: { members: members.map((m) => ({ personId: m.personId, userId: m.userId })) } }).exec();
    },

    async close(sessionId, at) {
      const res = await places.updateOne({ _id: sessionId, closedAt: null }, { $set: { closedAt: at } }).exec();
      return res.modifiedCount === 1;
    },

    /** Setting true upserts: a community never told has no document, and meeting the key means it was told already. */
    async markPermissionTold(community, told) {
      if (!told) return (await notices.updateOne({ _id: community, told: true }, { $set: { told: false } }).exec()).modifiedCount === 1;
      try {
        const res = await notices.updateOne({ _id: community, told: { $ne: true } }, { $set: { told: true } }, { upsert: true }).exec();
        return res.modifiedCount === 1 || res.upsertedCount === 1;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    },

    async erasePerson(personId) {
      await places.updateMany({ 'members.personId': personId }, { $pull: { members: { personId } } }).exec();
    },
  };
}
