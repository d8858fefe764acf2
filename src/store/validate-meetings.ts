import { MEETING_ANSWERS, MEETING_ASKS, type MeetingAnswer, type MeetingQuestion } from '../domain/meeting.js';
import { arrayOf, type Check, checkPatch, checkWhole, date, id, nullable, oneOf, type Shape, whole } from './validate.js';

/** The storage rules of "did you meet?" questions, used by both adapters before writing. */

const answer = oneOf(MEETING_ANSWERS);
const ask = whole(1, MEETING_ASKS);

/** A connection source names its connection; a round source its community and round. */
const source: Check = (v, path, out) => {
  const kind = typeof v === 'object' && v !== null ? (v as { kind?: unknown }).kind : undefined;
  const fields: Shape | null =
    kind === 'connection' ? { kind: id, connectionId: id } : kind === 'round' ? { kind: id, communityId: id, roundId: id } : null;
  if (!fields) out.push({ path: `${path}.kind`, rule: 'enum' });
  else for (const f of checkWhole(fields, v as object)) out.push({ ...f, path: `${path}.${f.path}` });
};

const QUESTION: Shape = {
  sourceKey: id,
  source,
  personId: id,
  others: arrayOf(id),
  ask,
  askedAt: date,
  answer: nullable(answer),
  answeredAt: nullable(date),
} satisfies Record<keyof MeetingQuestion, Check>;

export const checkMeetingQuestion = (q: MeetingQuestion) => checkWhole(QUESTION, q);
export const checkMeetingAnswer = (a: MeetingAnswer, at: Date) => checkPatch({ answer, answeredAt: date }, { answer: a, answeredAt: at });
export const checkMeetingAsk = (n: number, at: Date) => checkPatch({ ask, askedAt: date }, { ask: n, askedAt: at });
