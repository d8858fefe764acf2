import { beforeEach, describe, expect, it } from 'vitest';
import { type CommunityId, type ConnectionId, newId, type PersonId } from '../../../src/domain/ids.js';
import { type MeetingQuestion, type MeetingSource, sourceKey } from '../../../src/domain/meeting.js';
import type { CheckIn } from '../../../src/domain/session.js';
import { type Store, StoreInvalid } from '../../../src/store/port.js';
import { T0, hoursFrom, makeSession } from '../../support/fixtures.js';

const connectionSource = (): MeetingSource => ({ kind: 'connection', connectionId: newId<ConnectionId>() });

const question = (source: MeetingSource, personId: PersonId, others: PersonId[], overrides: Partial<MeetingQuestion> = {}): MeetingQuestion => ({
  sourceKey: sourceKey(source),
  source,
  personId,
  others,
  ask: 1,
  askedAt: T0,
  answer: null,
  answeredAt: null,
  ...overrides,
});

const came = (personId: PersonId, attended: boolean): CheckIn => ({ personId, attended, at: T0 });

/** "Did you meet?" questions (one per source and person, each asking answered once) and sessions two shared. */
export function meetingsContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('meetings: did you two train together?', () => {
    it('GIVEN a question asked WHEN the same person is asked about the same source again THEN the first stays and the second is refused', async () => {
      const source = connectionSource();
      const [ana, ben] = [newId<PersonId>(), newId<PersonId>()];
      expect(await store.meetings.ask(question(source, ana, [ben]))).toBe(true);
      expect(await store.meetings.ask(question(source, ana, [ben], { askedAt: hoursFrom(T0, 1) }))).toBe(false);
      expect(await store.meetings.get(sourceKey(source), ana)).toEqual(question(source, ana, [ben]));
      expect(await store.meetings.get(sourceKey(source), ben)).toBeNull();
    });

    it('GIVEN two concurrent first askings THEN exactly one writes', async () => {
      const source = connectionSource();
      const ana = newId<PersonId>();
      const results = await Promise.all([store.meetings.ask(question(source, ana, [])), store.meetings.ask(question(source, ana, []))]);
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('GIVEN an asking WHEN it is answered twice at once THEN one answer counts and the other finds nothing to answer', async () => {
      const source = connectionSource();
      const ana = newId<PersonId>();
      await store.meetings.ask(question(source, ana, []));
      const [a, b] = await Promise.all([
        store.meetings.answer(sourceKey(source), ana, 1, 'yes', hoursFrom(T0, 1)),
        store.meetings.answer(sourceKey(source), ana, 1, 'no', hoursFrom(T0, 2)),
      ]);
      expect([a, b].filter((x) => x !== null)).toHaveLength(1);
      const stored = await store.meetings.get(sourceKey(source), ana);
      expect([a?.answer, b?.answer]).toContain(stored?.answer);
      // Another asking's number, or someone never asked: nothing.
      expect(await store.meetings.answer(sourceKey(source), ana, 2, 'yes', T0)).toBeNull();
      expect(await store.meetings.answer(sourceKey(source), newId<PersonId>(), 1, 'yes', T0)).toBeNull();
    });

    it('GIVEN "not yet" WHEN asked once more THEN the second asking is open to one answer; a yes is never asked again', async () => {
      const source = connectionSource();
      const [ana, ben] = [newId<PersonId>(), newId<PersonId>()];
      await store.meetings.ask(question(source, ana, [ben]));
      await store.meetings.ask(question(source, ben, [ana]));
      await store.meetings.answer(sourceKey(source), ana, 1, 'not-yet', hoursFrom(T0, 1));
      await store.meetings.answer(sourceKey(source), ben, 1, 'yes', hoursFrom(T0, 1));

      expect(await store.meetings.reask(sourceKey(source), ben, 1, hoursFrom(T0, 168))).toBeNull();
      const again = await store.meetings.reask(sourceKey(source), ana, 1, hoursFrom(T0, 168));
      expect(again).toEqual({ ...question(source, ana, [ben]), ask: 2, askedAt: hoursFrom(T0, 168) });
      // Twice is the same second asking, not a third.
      expect(await store.meetings.reask(sourceKey(source), ana, 1, hoursFrom(T0, 169))).toBeNull();
      expect(await store.meetings.answer(sourceKey(source), ana, 1, 'yes', hoursFrom(T0, 170))).toBeNull();
      expect((await store.meetings.answer(sourceKey(source), ana, 2, 'yes', hoursFrom(T0, 170)))?.answer).toBe('yes');
    });

    it('GIVEN questions of several sources and people WHEN read by source and by person THEN each list holds its own, in order, as copies', async () => {
      const round: MeetingSource = { kind: 'round', communityId: newId<CommunityId>(), roundId: 'r1' };
      const conn = connectionSource();
      const [a, b, c] = [newId<PersonId>(), newId<PersonId>(), newId<PersonId>()].sort();
      await store.meetings.ask(question(round, c!, [a!, b!], { askedAt: hoursFrom(T0, 2) }));
      await store.meetings.ask(question(round, a!, [b!, c!], { askedAt: hoursFrom(T0, 2) }));
      await store.meetings.ask(question(round, b!, [a!, c!], { askedAt: hoursFrom(T0, 2) }));
      await store.meetings.ask(question(conn, a!, [b!], { askedAt: T0 }));

      const ofRound = await store.meetings.forSources([sourceKey(round)]);
      expect(ofRound.map((q) => q.personId)).toEqual([a, b, c]);
      expect(ofRound[0]!.source).toEqual(round);
      const both = await store.meetings.forSources([sourceKey(conn), sourceKey(round)]);
      expect(both.map((q) => q.sourceKey)).toEqual([sourceKey(conn), ...[sourceKey(round), sourceKey(round), sourceKey(round)]].sort());
      expect(await store.meetings.forSources([])).toEqual([]);

      const mine = await store.meetings.forPerson(a!);
      expect(mine.map((q) => q.sourceKey)).toEqual([sourceKey(conn), sourceKey(round)]);
      (mine[0]!.others as PersonId[]).push(c!);
      expect((await store.meetings.get(sourceKey(conn), a!))!.others).toEqual([b]);
    });

    it('GIVEN a question with an unknown source kind or answer THEN it is refused and nothing is stored', async () => {
      const ana = newId<PersonId>();
      const bad = { kind: 'party', partyId: 'x' } as unknown as MeetingSource;
      await expect(store.meetings.ask({ ...question(connectionSource(), ana, []), source: bad })).rejects.toBeInstanceOf(StoreInvalid);
      await expect(store.meetings.ask(question(connectionSource(), ana, [], { ask: 3 }))).rejects.toBeInstanceOf(StoreInvalid);
      expect(await store.meetings.forPerson(ana)).toEqual([]);
      const source = connectionSource();
      await store.meetings.ask(question(source, ana, []));
      await expect(store.meetings.answer(sourceKey(source), ana, 1, 'maybe' as 'yes', T0)).rejects.toBeInstanceOf(StoreInvalid);
      expect((await store.meetings.get(sourceKey(source), ana))?.answer).toBeNull();
    });

    it('GIVEN a person with questions WHEN their data is erased THEN their questions go and the others stay', async () => {
      const source = connectionSource();
      const [ana, ben] = [newId<PersonId>(), newId<PersonId>()];
      await store.meetings.ask(question(source, ana, [ben]));
      await store.meetings.ask(question(source, ben, [ana]));
      await store.erasePerson(ana, T0);
      expect((await store.meetings.forSources([sourceKey(source)])).map((q) => q.personId)).toEqual([ben]);
    });
  });

  describe('sessions two people shared', () => {
    it('GIVEN sessions with both, one, and neither, as host or seat, some cancelled WHEN asked for the two THEN those both took part in come back oldest first, with who checked in', async () => {
      const [ana, ben, other] = [newId<PersonId>(), newId<PersonId>(), newId<PersonId>()];
      const anaHosts = makeSession(ana, { startsAt: hoursFrom(T0, -48), status: 'completed', participants: [ben], checkIns: [came(ben, true)] });
      const benHosts = makeSession(ben, { startsAt: hoursFrom(T0, -24), status: 'completed', participants: [other, ana] });
      const bothSeated = makeSession(other, { startsAt: hoursFrom(T0, -24), status: 'completed', participants: [ana, ben], checkIns: [came(ana, true), came(ben, false)] });
      const upcoming = makeSession(other, { startsAt: hoursFrom(T0, 24), status: 'open', participants: [ben, ana] });
      const onlyAna = makeSession(other, { startsAt: hoursFrom(T0, -30), status: 'completed', participants: [ana] });
      const benWaiting = makeSession(ana, { startsAt: hoursFrom(T0, -20), status: 'completed', waitlist: [ben] });
      const cancelled = makeSession(ana, { startsAt: hoursFrom(T0, -10), status: 'cancelled', participants: [ben] });
      for (const s of [upcoming, bothSeated, onlyAna, cancelled, benWaiting, benHosts, anaHosts]) await store.sessions.insert(s);

      const got = await store.sessions.sharedBy(ana, ben);
      expect(got.map((r) => r.id)).toEqual([anaHosts.id, ...[benHosts.id, bothSeated.id].sort(), upcoming.id]);
      expect(got[0]).toEqual({ id: anaHosts.id, activity: anaHosts.activity, startsAt: anaHosts.startsAt, hostId: ana, participants: [ben], checkIns: [came(ben, true)] });
      expect((await store.sessions.sharedBy(ben, ana)).map((r) => r.id)).toEqual(got.map((r) => r.id));
      expect(await store.sessions.sharedBy(ana, newId<PersonId>())).toEqual([]);
    });
  });
}
