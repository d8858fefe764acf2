import { beforeEach, describe, expect, it } from 'vitest';
import { newId, type PersonId, type SessionId } from '../../../src/domain/ids.js';
import { keyOf, type Mark, markKeys, type MarkOf } from '../../../src/domain/marks.js';
import { userKey } from '../../../src/domain/platform.js';
import type { Store } from '../../../src/store/port.js';
import { T0, hoursFrom } from '../../support/fixtures.js';
import { invalidOf } from './builders.js';

/** Link codes, shown lists and once-per-while markers: the marks store, on every adapter. */
export function marksContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  const late = (personId: PersonId, session: SessionId, at: Date): MarkOf<'running-late'> => ({ kind: 'running-late', session, personId, createdAt: at, expiresAt: hoursFrom(at, 1) });

  describe('marks: short-lived records that are not buttons', () => {
    it('GIVEN a shown list put until a day from now WHEN read before and after THEN it is there, then gone; put again THEN the newer replaces it', async () => {
      const me = newId<PersonId>();
      const list: Mark = { kind: 'shown-list', personId: me, list: 'sessions', ids: ['a', 'b'], createdAt: T0, expiresAt: hoursFrom(T0, 24) };
      await store.marks.put(list);
      expect(await store.marks.get(markKeys.shownList(me, 'sessions'), T0)).toEqual(list);
      expect(await store.marks.get(markKeys.shownList(me, 'sessions'), hoursFrom(T0, 24))).toBeNull();
      expect(await store.marks.get(markKeys.shownList(me, 'matches'), T0)).toBeNull();
      const again = { ...list, ids: ['c'], createdAt: hoursFrom(T0, 1), expiresAt: hoursFrom(T0, 25) };
      await store.marks.put(again);
      expect(await store.marks.get(markKeys.shownList(me, 'sessions'), hoursFrom(T0, 24))).toEqual(again);
      await store.marks.delete(keyOf(again));
      expect(await store.marks.get(markKeys.shownList(me, 'sessions'), T0)).toBeNull();
      await store.marks.delete(keyOf(again));
    });

    it('GIVEN every kind of mark WHEN each is put and read by its key THEN each comes back as it went in, under a key of its own', async () => {
      const me = newId<PersonId>();
      const session = newId<SessionId>();
      const until = hoursFrom(T0, 2);
      const marks: Mark[] = [
        { kind: 'link-code', code: 'K7Q2MX', personId: me, createdAt: T0, expiresAt: until },
        { kind: 'shown-list', personId: me, list: 'buddies', ids: [], createdAt: T0, expiresAt: until },
        { kind: 'question-spent', question: newId(), createdAt: T0, expiresAt: until },
        { kind: 'plan-taken', offer: newId(), session, createdAt: T0, expiresAt: until },
        late(me, session, T0),
        { kind: 'event-interest', session, user: userKey('telegram', '77'), personId: null, createdAt: T0, expiresAt: until },
      ];
      for (const m of marks) await store.marks.put(m);
      expect(new Set(marks.map(keyOf)).size).toBe(marks.length);
      for (const m of marks) expect(await store.marks.get(keyOf(m), T0)).toEqual(m);
    });

    it('GIVEN eight concurrent claims of one key THEN exactly one stores it; the others get the live one until it lapses, then it can be claimed again', async () => {
      const me = newId<PersonId>();
      const session = newId<SessionId>();
      const claims = await Promise.all(Array.from({ length: 8 }, () => store.marks.claim(late(me, session, T0), T0)));
      expect(claims.filter((c) => c === null)).toHaveLength(1);
      for (const held of claims.filter((c) => c !== null)) expect(held).toEqual(late(me, session, T0));
      expect(await store.marks.claim(late(me, session, hoursFrom(T0, 0.5)), hoursFrom(T0, 0.5))).toEqual(late(me, session, T0));
      // Someone else's mark about the same session is another key.
      expect(await store.marks.claim(late(newId<PersonId>(), session, T0), T0)).toBeNull();
      expect(await store.marks.claim(late(me, session, hoursFrom(T0, 1)), hoursFrom(T0, 1))).toBeNull();
      expect(await store.marks.get(markKeys.runningLate(session, me), hoursFrom(T0, 1.5))).toEqual(late(me, session, hoursFrom(T0, 1)));
    });

    it('GIVEN a claimed mark deleted THEN the next claim stores it', async () => {
      const question = newId();
      const spent = (at: Date): MarkOf<'question-spent'> => ({ kind: 'question-spent', question, createdAt: at, expiresAt: hoursFrom(at, 24) });
      expect(await store.marks.claim(spent(T0), T0)).toBeNull();
      await store.marks.delete(markKeys.questionSpent(question));
      expect(await store.marks.claim(spent(hoursFrom(T0, 1)), hoursFrom(T0, 1))).toBeNull();
      expect(await store.marks.claim(spent(hoursFrom(T0, 2)), hoursFrom(T0, 2))).toEqual(spent(hoursFrom(T0, 1)));
    });

    it('GIVEN a link code WHEN five take it at once THEN exactly one gets it and it is gone; a lapsed one nobody takes', async () => {
      const code: MarkOf<'link-code'> = { kind: 'link-code', code: 'ABCDEF', personId: newId<PersonId>(), createdAt: T0, expiresAt: hoursFrom(T0, 0.25) };
      await store.marks.put(code);
      const takes = await Promise.all(Array.from({ length: 5 }, () => store.marks.take(markKeys.linkCode('ABCDEF'), T0)));
      expect(takes.filter((t) => t !== null)).toEqual([code]);
      expect(await store.marks.get(markKeys.linkCode('ABCDEF'), T0)).toBeNull();
      await store.marks.put(code);
      expect(await store.marks.take(markKeys.linkCode('ABCDEF'), hoursFrom(T0, 0.25))).toBeNull();
      expect(await store.marks.take(markKeys.linkCode('NEVERS'), T0)).toBeNull();
    });

    it('GIVEN marks about two people and marks naming nobody WHEN one is erased THEN only their marks go', async () => {
      const leaving = newId<PersonId>();
      const staying = newId<PersonId>();
      const session = newId<SessionId>();
      const until = hoursFrom(T0, 5);
      const theirs: Mark[] = [
        { kind: 'link-code', code: 'LEAVE2', personId: leaving, createdAt: T0, expiresAt: until },
        { kind: 'shown-list', personId: leaving, list: 'matches', ids: [staying], createdAt: T0, expiresAt: until },
        late(leaving, session, T0),
        { kind: 'event-interest', session, user: userKey('discord', '1'), personId: leaving, createdAt: T0, expiresAt: until },
      ];
      const kept: Mark[] = [
        late(staying, session, T0),
        { kind: 'event-interest', session, user: userKey('discord', '2'), personId: null, createdAt: T0, expiresAt: until },
        // Names nobody: a second "Yes, delete" still hears it was done.
        { kind: 'question-spent', question: newId(), createdAt: T0, expiresAt: until },
        { kind: 'plan-taken', offer: newId(), session, createdAt: T0, expiresAt: until },
      ];
      for (const m of [...theirs, ...kept]) await store.marks.put(m);
      expect(await store.marks.erasePerson(leaving)).toBe(theirs.length);
      for (const m of theirs) expect(await store.marks.get(keyOf(m), T0)).toBeNull();
      for (const m of kept) expect(await store.marks.get(keyOf(m), T0)).toEqual(m);
      expect(await store.marks.erasePerson(leaving)).toBe(0);
    });

    it('GIVEN a mark read back WHEN the caller changes it THEN the stored mark is untouched', async () => {
      const me = newId<PersonId>();
      const ids = ['x'];
      await store.marks.put({ kind: 'shown-list', personId: me, list: 'places', ids, createdAt: T0, expiresAt: hoursFrom(T0, 1) });
      ids.push('changed-after-put');
      const read = await store.marks.get(markKeys.shownList(me, 'places'), T0);
      (read?.ids as string[]).push('changed-after-get');
      expect((await store.marks.get(markKeys.shownList(me, 'places'), T0))?.ids).toEqual(['x']);
    });

    it('GIVEN a mark of no known kind, an empty id, a list of no known kind, a date that is none or a key too long THEN the store refuses it and writes nothing', async () => {
      const me = newId<PersonId>();
      const list = { kind: 'shown-list', personId: me, list: 'sessions', ids: ['a'], createdAt: T0, expiresAt: hoursFrom(T0, 1) } as const;
      const unknownKind = JSON.parse('{"kind":"sticky-note"}') as Mark;
      expect(await invalidOf(store.marks.put(unknownKind))).toEqual([{ path: 'kind', rule: 'enum' }]);
      expect(await invalidOf(store.marks.put({ ...list, personId: '' as PersonId }))).toEqual([{ path: 'personId', rule: 'empty' }]);
      expect(await invalidOf(store.marks.put({ ...list, list: JSON.parse('"lists"') as 'sessions' }))).toEqual([{ path: 'list', rule: 'enum' }]);
      expect(await invalidOf(store.marks.put({ ...list, ids: ['a', ''] }))).toEqual([{ path: 'ids.1', rule: 'empty' }]);
      expect(await invalidOf(store.marks.claim({ ...list, expiresAt: new Date('nonsense') }, T0))).toEqual([{ path: 'expiresAt', rule: 'type' }]);
      expect(await invalidOf(store.marks.put({ kind: 'question-spent', question: 'q'.repeat(300), createdAt: T0, expiresAt: hoursFrom(T0, 1) }))).toEqual([{ path: 'key', rule: 'max' }]);
      expect(await store.marks.get(markKeys.shownList(me, 'sessions'), T0)).toBeNull();
    });
  });
}
