import type { MessageId, PersonId, SessionId } from './ids.js';

/**
 * One message of a session's chat: written by one member, relayed to the others. `toIds` is who
 * it was relayed to (members then, minus anyone kept apart by a block): only they may answer or
 * report it. Like a buddy message it is deleted when its retention ends.
 */
export interface SessionChatMessage {
  readonly id: MessageId;
  readonly sessionId: SessionId;
  readonly fromId: PersonId;
  readonly toIds: readonly PersonId[];
  readonly body: string;
  readonly replyToId: MessageId | null;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

/** A session's chat is its host and seated participants: never the waitlist. */
export const chatMembers = (s: { readonly hostId: PersonId; readonly participants: readonly PersonId[] }): PersonId[] => [
  s.hostId,
  ...s.participants.filter((p) => p !== s.hostId),
];

/** Whether two people are kept apart: a block either way means neither hears the other. */
export const keptApart = (a: { readonly id: PersonId; readonly blocked: readonly PersonId[] }, b: { readonly id: PersonId; readonly blocked: readonly PersonId[] }): boolean =>
  a.blocked.includes(b.id) || b.blocked.includes(a.id);
