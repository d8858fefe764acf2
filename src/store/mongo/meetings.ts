import { type Connection, type Model, Schema } from 'mongoose';
import type { PersonId } from '../../domain/ids.js';
import { MEETING_ANSWERS, MEETING_ASKS, type MeetingAnswer, type MeetingQuestion, type MeetingSource } from '../../domain/meeting.js';
import type { MeetingsRepo } from '../port.js';
import { assertValid } from '../validate.js';
import { checkMeetingAnswer, checkMeetingAsk, checkMeetingQuestion } from '../validate-meetings.js';
import { idField, intField, nullableDate, requiredDate, ROOT_OPTIONS } from './kit.js';

/** One document per source and person: `_id` is `<sourceKey>|<personId>`, so a question exists once. */
interface MeetingDoc {
  _id: string;
  sourceKey: string;
  source: MeetingSource;
  personId: string;
  others: string[];
  ask: number;
  askedAt: Date;
  answer: MeetingAnswer | null;
  answeredAt: Date | null;
}

const docId = (sourceKey: string, personId: PersonId) => `${sourceKey}|${personId}`;

export function meetingModel(connection: Connection): Model<MeetingDoc> {
  const schema = new Schema<MeetingDoc>(
    {
      _id: idField,
      sourceKey: idField,
      // Checked by the shared validation (src/store/validate-meetings.ts) before every write.
      source: { type: Schema.Types.Mixed, required: true },
      personId: idField,
      others: { type: [String], default: [] },
      ask: intField(1, MEETING_ASKS),
      askedAt: requiredDate,
      answer: { type: String, enum: [...MEETING_ANSWERS, null], default: null },
      answeredAt: nullableDate,
    },
    { ...ROOT_OPTIONS, collection: 'meetings' },
  );
  // A source's answers (rounds' "met" figure); the `_id` already orders a source's people.
  schema.index({ sourceKey: 1, personId: 1 }, { name: 'source_person' });
  // A person's questions (buddy streaks, erasure).
  schema.index({ personId: 1, askedAt: 1, sourceKey: 1 }, { name: 'person_askedAt' });
  return connection.model<MeetingDoc>('MeetingQuestion', schema);
}

const fromDoc = (d: MeetingDoc): MeetingQuestion => ({
  sourceKey: d.sourceKey,
  source: { ...d.source },
  personId: d.personId as PersonId,
  others: [...d.others] as PersonId[],
  ask: d.ask,
  askedAt: new Date(d.askedAt),
  answer: d.answer ?? null,
  answeredAt: d.answeredAt ? new Date(d.answeredAt) : null,
});

export function meetingsRepo(meetings: Model<MeetingDoc>): MeetingsRepo {
  return {
    /** An upsert that only inserts: of two concurrent first askings, one writes and both see the row. */
    async ask(q) {
      assertValid('meeting question', checkMeetingQuestion(q));
      const result = await meetings
        .updateOne({ _id: docId(q.sourceKey, q.personId) }, { $setOnInsert: { ...q, others: [...q.others] } }, { upsert: true })
        .exec();
      return result.upsertedCount > 0;
    },
    async get(sourceKey, personId) {
      const d = await meetings.findById(docId(sourceKey, personId)).lean<MeetingDoc>().exec();
      return d ? fromDoc(d) : null;
    },
    async answer(sourceKey, personId, ask, answer, now) {
      assertValid('meeting question', checkMeetingAnswer(answer, now));
      const d = await meetings
        .findOneAndUpdate({ _id: docId(sourceKey, personId), ask, answer: null }, { $set: { answer, answeredAt: now } }, { returnDocument: 'after' })
        .lean<MeetingDoc>()
        .exec();
      return d ? fromDoc(d) : null;
    },
    async reask(sourceKey, personId, ask, now) {
      assertValid('meeting question', checkMeetingAsk(ask + 1, now));
      const d = await meetings
        .findOneAndUpdate(
          { _id: docId(sourceKey, personId), ask, answer: 'not-yet' },
          { $set: { ask: ask + 1, askedAt: now, answer: null, answeredAt: null } },
          { returnDocument: 'after' },
        )
        .lean<MeetingDoc>()
        .exec();
      return d ? fromDoc(d) : null;
    },
    async forSources(sourceKeys) {
      if (sourceKeys.length === 0) return [];
      const docs = await meetings
        .find({ sourceKey: { $in: [...sourceKeys] } })
        .sort({ sourceKey: 1, personId: 1 })
        .lean<MeetingDoc[]>()
        .exec();
      return docs.map(fromDoc);
    },
    async forPerson(personId) {
      const docs = await meetings.find({ personId }).sort({ askedAt: 1, sourceKey: 1 }).lean<MeetingDoc[]>().exec();
      return docs.map(fromDoc);
    },
  };
}

/** Erasure: the person's own questions go. */
export async function eraseMeetings(meetings: Model<MeetingDoc>, personId: PersonId): Promise<void> {
  await meetings.deleteMany({ personId }).exec();
}
