import type { Model } from 'mongoose';
import type { ConversationState, Notice, StoredAction } from '../../domain/conversation.js';
import type { ActionId, PersonId } from '../../domain/ids.js';
import type { ActionsRepo, ConversationsRepo, NoticesRepo } from '../port.js';
import {
  NOTICE_UNIQUE,
  actionFromDoc,
  actionToDoc,
  conversationFromDoc,
  conversationToDoc,
  noticeFromDoc,
  noticeToDoc,
  type ActionDoc,
  type ConversationDoc,
  type NoticeDoc,
} from './ephemeral.model.js';
import { assertValid } from '../validate.js';
import { checkAction, checkConversation, checkNotice } from '../validate-records.js';
import { guarded } from './errors.js';

/**
 * Short-lived records. Conversation states and actions expire through TTL indexes, but the TTL
 * monitor runs only once a minute, so reads also skip anything whose `expiresAt` has passed.
 */

export function conversationsRepo(conversations: Model<ConversationDoc>): ConversationsRepo {
  return {
    async get(personId: PersonId, now: Date): Promise<ConversationState | null> {
      const doc = await conversations
        .findOne({ _id: personId, expiresAt: { $gt: now } })
        .lean<ConversationDoc>()
        .exec();
      return doc ? conversationFromDoc(doc) : null;
    },

    /** One state per person: replaces whatever was there. */
    async put(state: ConversationState): Promise<void> {
      assertValid('conversation state', checkConversation(state));
      const doc = conversationToDoc(state);
      await conversations.replaceOne({ _id: doc._id }, doc, { upsert: true, runValidators: true }).exec();
    },

    async delete(personId: PersonId): Promise<void> {
      await conversations.deleteOne({ _id: personId }).exec();
    },
  };
}

export function actionsRepo(actions: Model<ActionDoc>): ActionsRepo {
  return {
    async put(action: StoredAction): Promise<void> {
      assertValid('action', checkAction(action));
      const doc = actionToDoc(action);
      await actions.replaceOne({ _id: doc._id }, doc, { upsert: true, runValidators: true }).exec();
    },

    async get(id: ActionId, now: Date): Promise<StoredAction | null> {
      const doc = await actions.findOne({ _id: id, expiresAt: { $gt: now } }).lean<ActionDoc>().exec();
      return doc ? actionFromDoc(doc) : null;
    },

    async delete(id: ActionId): Promise<void> {
      await actions.deleteOne({ _id: id }).exec();
    },

    /** Actor, or any top-level argument equal to the id or an array holding it (`$objectToArray`). */
    async deleteNaming(personId: PersonId): Promise<number> {
      const named = {
        $anyElementTrue: [
          {
            $map: {
              input: { $objectToArray: { $ifNull: ['$args', {}] } },
              as: 'a',
              in: {
                $or: [
                  { $eq: ['$$a.v', { $literal: personId }] },
                  { $in: [{ $literal: personId }, { $cond: [{ $isArray: '$$a.v' }, '$$a.v', []] }] },
                ],
              },
            },
          },
        ],
      };
      const result = await actions.deleteMany({ $or: [{ actorId: personId }, { $expr: named }] }).exec();
      return result.deletedCount;
    },
  };
}

export function noticesRepo(notices: Model<NoticeDoc>): NoticesRepo {
  return {
    async add(notice: Notice): Promise<void> {
      assertValid('notice', checkNotice(notice));
      await guarded(NOTICE_UNIQUE, () => notices.create(noticeToDoc(notice)));
    },

    /**
     * Finds the person's notices, then deletes each with its own `findOneAndDelete`: a notice is
     * returned only by the caller whose delete removed it, so concurrent callers never both get it.
     */
    async takeAll(personId: PersonId): Promise<Notice[]> {
      const found = await notices
        .find({ personId })
        .sort({ createdAt: 1, _id: 1 })
        .select({ _id: 1 })
        .lean<Pick<NoticeDoc, '_id'>[]>()
        .exec();
      const taken = await Promise.all(
        found.map(({ _id }) => notices.findOneAndDelete({ _id, personId }).lean<NoticeDoc>().exec()),
      );
      return taken.filter((d): d is NoticeDoc => d !== null).map(noticeFromDoc);
    },
  };
}
