import type { CommunityId, ConnectionId, PersonId } from './ids.js';

/**
 * "Did you two train together?": a question asked privately to each of two (or three) people
 * about one occasion they had to meet: a buddy connection a week old, or a pairing round ended.
 */
export type MeetingSource =
  | { readonly kind: 'connection'; readonly connectionId: ConnectionId }
  | { readonly kind: 'round'; readonly communityId: CommunityId; readonly roundId: string };

/** `no`: it didn't work out (for a connection, it ends quietly). */
export type MeetingAnswer = 'yes' | 'not-yet' | 'no';
export const MEETING_ANSWERS = ['yes', 'not-yet', 'no'] as const satisfies readonly MeetingAnswer[];

/** A person is asked at most this many times per source: once, and once more after "not yet". */
export const MEETING_ASKS = 2;

/** One person's question for one source, and their answer to its latest asking. */
export interface MeetingQuestion {
  /** `sourceKey(source)`: the question is unique by it and the person. */
  readonly sourceKey: string;
  readonly source: MeetingSource;
  readonly personId: PersonId;
  /** The others asked about the same occasion. */
  readonly others: readonly PersonId[];
  /** Which asking this is: 1, then 2 after "not yet". */
  readonly ask: number;
  readonly askedAt: Date;
  /** Null until they answer this asking; each asking is answered once. */
  readonly answer: MeetingAnswer | null;
  readonly answeredAt: Date | null;
}

/** One stable string per source (store key, job key, button argument). */
export const sourceKey = (s: MeetingSource): string =>
  s.kind === 'connection' ? `connection:${s.connectionId}` : `round:${s.communityId}:${s.roundId}`;

/** Whether all of a source's people said yes (a mutual yes: they met). */
export const allSaidYes = (questions: readonly Pick<MeetingQuestion, 'answer'>[]): boolean =>
  questions.length >= 2 && questions.every((q) => q.answer === 'yes');
