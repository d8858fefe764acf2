import type { SessionChatMessage } from '../domain/session-chat.js';
import { arrayOf, type Check, checkWhole, date, id, nullable, type Shape, text } from './validate.js';

/** The storage rules of a session chat message, used by both adapters before writing; see validate.ts. */
const SESSION_CHAT_MESSAGE: Shape = {
  id,
  sessionId: id,
  fromId: id,
  toIds: arrayOf(id),
  body: text,
  replyToId: nullable(text),
  createdAt: date,
  expiresAt: date,
} satisfies Record<keyof SessionChatMessage, Check>;

export const checkSessionChatMessage = (m: SessionChatMessage) => checkWhole(SESSION_CHAT_MESSAGE, m);
