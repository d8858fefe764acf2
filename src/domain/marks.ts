import type { Brand, PersonId, SessionId } from './ids.js';
import type { UserKey } from './platform.js';
import type { ListKind } from './refs.js';

/**
 * Short-lived records that are not buttons: a code to type, the numbers of a list someone was
 * shown, and once-per-while markers ("this was done already, until then"). Each is about one thing
 * and stored under a key made from what it is about, so two marks about the same thing are one:
 * that is what lets a claim be atomic. None is ever pressed; buttons live in the actions store.
 */
interface Lifetime {
  readonly createdAt: Date;
  /** After this instant the mark is gone: nobody reads it, and a claim of its key succeeds. */
  readonly expiresAt: Date;
}

/** A /link code, typed on another account to join it to the person who made it (minutes). */
export interface LinkCodeMark extends Lifetime {
  readonly kind: 'link-code';
  readonly code: string;
  readonly personId: PersonId;
}

/** The ids of a numbered list a person was shown, in order, so "2" names the second (a day). */
export interface ShownListMark extends Lifetime {
  readonly kind: 'shown-list';
  readonly personId: PersonId;
  readonly list: ListKind;
  readonly ids: readonly string[];
}

/**
 * A single-use question (a confirmation button) was answered. It names nobody, so it outlives an
 * erasure: a second "Yes, delete" still hears it was done. Lives as long as the question's button.
 */
export interface QuestionSpentMark extends Lifetime {
  readonly kind: 'question-spent';
  readonly question: string;
}

/** A planned time was taken: the session it made, so a second press answers with it (until the session ends). */
export interface PlanTakenMark extends Lifetime {
  readonly kind: 'plan-taken';
  readonly offer: string;
  readonly session: SessionId;
}

/** A person told the others they are running late to a session (minutes). */
export interface RunningLateMark extends Lifetime {
  readonly kind: 'running-late';
  readonly session: SessionId;
  readonly personId: PersonId;
}

/**
 * An account was sent the session's card for pressing "Interested" on its scheduled event (until
 * the session ends). Keyed by the account: someone without a profile has no person id.
 */
export interface EventInterestMark extends Lifetime {
  readonly kind: 'event-interest';
  readonly session: SessionId;
  readonly user: UserKey;
  readonly personId: PersonId | null;
}

export type Mark = LinkCodeMark | ShownListMark | QuestionSpentMark | PlanTakenMark | RunningLateMark | EventInterestMark;
export type MarkKind = Mark['kind'];
export type MarkOf<K extends MarkKind> = Extract<Mark, { readonly kind: K }>;

declare const markKind: unique symbol;
/** Where a mark of kind `K` is stored: `<kind>:<what it is about>`; only the builders below make one. */
export type MarkKey<K extends MarkKind = MarkKind> = Brand<string, 'MarkKey'> & { readonly [markKind]: K };

const key = <K extends MarkKind>(kind: K, ...about: readonly string[]) => [kind, ...about].join(':') as MarkKey<K>;

/** The key of each kind of mark, from what it is about. */
export const markKeys = {
  linkCode: (code: string) => key('link-code', code),
  shownList: (personId: PersonId, list: ListKind) => key('shown-list', personId, list),
  questionSpent: (question: string) => key('question-spent', question),
  planTaken: (offer: string) => key('plan-taken', offer),
  runningLate: (session: SessionId, personId: PersonId) => key('running-late', session, personId),
  eventInterest: (session: SessionId, user: UserKey) => key('event-interest', session, user),
} as const;

export function keyOf<K extends MarkKind>(mark: MarkOf<K>): MarkKey<K>;
export function keyOf(mark: Mark): MarkKey {
  switch (mark.kind) {
    case 'link-code':
      return markKeys.linkCode(mark.code);
    case 'shown-list':
      return markKeys.shownList(mark.personId, mark.list);
    case 'question-spent':
      return markKeys.questionSpent(mark.question);
    case 'plan-taken':
      return markKeys.planTaken(mark.offer);
    case 'running-late':
      return markKeys.runningLate(mark.session, mark.personId);
    case 'event-interest':
      return markKeys.eventInterest(mark.session, mark.user);
  }
}

/** The kind a key is of: the part before its first ":" (no kind has one). */
export const kindOfKey = (markKey: MarkKey): string => markKey.slice(0, markKey.indexOf(':'));

/** The person a mark is about, whose erasure removes it; null for marks that name nobody. */
export const personOfMark = (mark: Mark): PersonId | null => ('personId' in mark ? mark.personId : null);
