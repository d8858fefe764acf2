import type { ActionId, NoticeId, PersonId } from './ids.js';

/**
 * Where a person is in a multi-step flow. `version` is the flow's version when the state was
 * written: state from an older version is discarded, never replayed into a changed flow.
 */
export interface ConversationState {
  readonly personId: PersonId;
  readonly flow: string;
  readonly version: number;
  readonly step: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly updatedAt: Date;
  readonly expiresAt: Date;
}

/**
 * What a button or select does, kept server-side: the button carries only `id`. `actorId` is
 * the one person allowed to press it (null: anyone who may run `command`, e.g. a public
 * "request to join" button). Arguments never come from the button itself.
 */
export interface StoredAction {
  readonly id: ActionId;
  readonly actorId: PersonId | null;
  readonly command: string;
  readonly args: Readonly<Record<string, unknown>>;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

/** A message kept for a person Spotter could not reach, shown when they next use the bot. */
export interface Notice {
  readonly id: NoticeId;
  readonly personId: PersonId;
  readonly text: string;
  readonly createdAt: Date;
}
