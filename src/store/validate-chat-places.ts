import type { ChatPlace } from '../domain/session-chat-place.js';
import { arrayOf, type Check, checkWhole, date, id, nullable, type Shape, shape } from './validate.js';

/** The storage rules of a session chat place, used by both adapters before writing; see validate.ts. */
const MEMBER: Shape = { personId: id, userId: id };

const members = arrayOf(shape(MEMBER));
const MEMBERS: Shape = { members };

const CHAT_PLACE: Shape = {
  sessionId: id,
  community: id,
  placeId: id,
  members,
  openedAt: date,
  closedAt: nullable(date),
} satisfies Record<keyof ChatPlace, Check>;

export const checkChatPlace = (p: ChatPlace) => checkWhole(CHAT_PLACE, p);
export const checkChatPlaceMembers = (members: ChatPlace['members']) => checkWhole(MEMBERS, { members });
