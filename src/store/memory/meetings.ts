import type { PersonId } from '../../domain/ids.js';
import type { MeetingAnswer, MeetingQuestion } from '../../domain/meeting.js';
import type { MeetingsRepo } from '../port.js';
import { assertValid } from '../validate.js';
import { checkMeetingAnswer, checkMeetingAsk, checkMeetingQuestion } from '../validate-meetings.js';
import { Table } from './table.js';

type Row = MeetingQuestion & { readonly id: string };

const rowId = (sourceKey: string, personId: PersonId) => `${sourceKey}|${personId}`;
const withoutId = ({ id: _id, ...q }: Row): MeetingQuestion => q;

/** "Did you meet?" questions keyed by source and person. */
export class MemoryMeetings implements MeetingsRepo {
  readonly table = new Table<Row>();

  async ask(question: MeetingQuestion): Promise<boolean> {
    assertValid('meeting question', checkMeetingQuestion(question));
    const id = rowId(question.sourceKey, question.personId);
    if (this.table.has(id)) return false;
    this.table.set({ ...question, id });
    return true;
  }

  async get(sourceKey: string, personId: PersonId): Promise<MeetingQuestion | null> {
    const row = this.table.get(rowId(sourceKey, personId));
    return row ? withoutId(row) : null;
  }

  async answer(sourceKey: string, personId: PersonId, ask: number, answer: MeetingAnswer, now: Date): Promise<MeetingQuestion | null> {
    assertValid('meeting question', checkMeetingAnswer(answer, now));
    const done = this.table.modify(
      rowId(sourceKey, personId),
      (q) => q.ask === ask && q.answer === null,
      (q) => ({ ...q, answer, answeredAt: now }),
    );
    return done ? withoutId(done.after) : null;
  }

  async reask(sourceKey: string, personId: PersonId, ask: number, now: Date): Promise<MeetingQuestion | null> {
    assertValid('meeting question', checkMeetingAsk(ask + 1, now));
    const done = this.table.modify(
      rowId(sourceKey, personId),
      (q) => q.ask === ask && q.answer === 'not-yet',
      (q) => ({ ...q, ask: ask + 1, askedAt: now, answer: null, answeredAt: null }),
    );
    return done ? withoutId(done.after) : null;
  }

  async forSources(sourceKeys: readonly string[]): Promise<MeetingQuestion[]> {
    const keys = new Set(sourceKeys);
    return this.table
      .filter((q) => keys.has(q.sourceKey))
      .sort((a, b) => compare(a.sourceKey, b.sourceKey) || compare(a.personId, b.personId))
      .map(withoutId);
  }

  async forPerson(personId: PersonId): Promise<MeetingQuestion[]> {
    return this.table
      .filter((q) => q.personId === personId)
      .sort((a, b) => a.askedAt.getTime() - b.askedAt.getTime() || compare(a.sourceKey, b.sourceKey))
      .map(withoutId);
  }

  /** Erasure: the person's own questions go. */
  erasePerson(personId: PersonId): void {
    this.table.deleteWhere((q) => q.personId === personId);
  }
}

/** Code-unit order, as MongoDB sorts strings (not the locale's). */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
