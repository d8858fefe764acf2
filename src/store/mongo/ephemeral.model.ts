import { Schema } from 'mongoose';
import type { ConversationState, Notice, StoredAction } from '../../domain/conversation.js';
import type { ActionId, NoticeId, PersonId } from '../../domain/ids.js';
import type { UniqueRules } from './errors.js';
import { ROOT_OPTIONS, idField, nullableString, numberField, requiredDate, textField } from './kit.js';

/** Free-form data kept verbatim (flow state, action arguments). */
const mixedObject = { type: Schema.Types.Mixed, required: true, default: () => ({}) } as const;

/** A copy going in, so nothing mongoose does while saving can touch the caller's object. */
const copyIn = (value: Readonly<Record<string, unknown>>): Record<string, unknown> => structuredClone({ ...value });
/** A lean read is already a fresh object; only a missing value needs replacing. */
const readOut = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

// ---- conversation state (one per person: `_id` is the person's id) ------------------------

export interface ConversationDoc {
  _id: string;
  flow: string;
  version: number;
  step: string;
  data: Record<string, unknown>;
  updatedAt: Date;
  expiresAt: Date;
}

export const CONVERSATION_UNIQUE: UniqueRules = {};

export function conversationSchema(): Schema {
  const schema = new Schema(
    {
      _id: idField,
      flow: idField,
      version: numberField(),
      step: idField,
      data: mixedObject,
      updatedAt: requiredDate,
      expiresAt: requiredDate,
    },
    { ...ROOT_OPTIONS, collection: 'conversations' },
  );
  schema.index({ expiresAt: 1 }, { name: 'expiresAt_ttl', expireAfterSeconds: 0 });
  return schema;
}

export const conversationToDoc = (c: ConversationState): ConversationDoc => ({
  _id: c.personId,
  flow: c.flow,
  version: c.version,
  step: c.step,
  data: copyIn(c.data),
  updatedAt: new Date(c.updatedAt),
  expiresAt: new Date(c.expiresAt),
});

export const conversationFromDoc = (d: ConversationDoc): ConversationState => ({
  personId: d._id as PersonId,
  flow: d.flow,
  version: d.version,
  step: d.step,
  data: readOut(d.data),
  updatedAt: new Date(d.updatedAt),
  expiresAt: new Date(d.expiresAt),
});

// ---- stored actions (what a button does) ---------------------------------------------------

export interface ActionDoc {
  _id: string;
  actorId: string | null;
  command: string;
  args: Record<string, unknown>;
  createdAt: Date;
  expiresAt: Date;
}


export function actionSchema(): Schema {
  const schema = new Schema(
    {
      _id: idField,
      actorId: nullableString,
      command: idField,
      args: mixedObject,
      createdAt: requiredDate,
      expiresAt: requiredDate,
    },
    { ...ROOT_OPTIONS, collection: 'actions' },
  );
  schema.index({ expiresAt: 1 }, { name: 'expiresAt_ttl', expireAfterSeconds: 0 });
  schema.index({ actorId: 1 }, { name: 'actor' });
  return schema;
}

export const actionToDoc = (a: StoredAction): ActionDoc => ({
  _id: a.id,
  actorId: a.actorId,
  command: a.command,
  args: copyIn(a.args),
  createdAt: new Date(a.createdAt),
  expiresAt: new Date(a.expiresAt),
});

export const actionFromDoc = (d: ActionDoc): StoredAction => ({
  id: d._id as ActionId,
  actorId: (d.actorId ?? null) as PersonId | null,
  command: d.command,
  args: readOut(d.args),
  createdAt: new Date(d.createdAt),
  expiresAt: new Date(d.expiresAt),
});

// ---- notices (messages kept for people Spotter could not reach) ----------------------------

export interface NoticeDoc {
  _id: string;
  personId: string;
  text: string;
  createdAt: Date;
}

export const NOTICE_UNIQUE: UniqueRules = {};

export function noticeSchema(): Schema {
  const schema = new Schema(
    { _id: idField, personId: idField, text: textField, createdAt: requiredDate },
    { ...ROOT_OPTIONS, collection: 'notices' },
  );
  schema.index({ personId: 1, createdAt: 1, _id: 1 }, { name: 'person_createdAt' });
  return schema;
}

export const noticeToDoc = (n: Notice): NoticeDoc => ({
  _id: n.id,
  personId: n.personId,
  text: n.text,
  createdAt: new Date(n.createdAt),
});

export const noticeFromDoc = (d: NoticeDoc): Notice => ({
  id: d._id as NoticeId,
  personId: d.personId as PersonId,
  text: d.text ?? '',
  createdAt: new Date(d.createdAt),
});
