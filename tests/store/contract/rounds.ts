import { beforeEach, describe, expect, it } from 'vitest';
import { type CommunityId, newId, type PersonId } from '../../../src/domain/ids.js';
import type { Round, RoundId, RoundSchedule } from '../../../src/domain/rounds.js';
import type { Store } from '../../../src/store/port.js';
import { hoursFrom, T0 } from '../../support/fixtures.js';

const SCHEDULE: RoundSchedule = { enabled: true, weekday: 1, hour: 9, timeZone: 'Europe/Berlin', activity: null };

const round = (communityId: CommunityId, key: string, startedAt: Date, people: PersonId[] = []): Round => ({
  id: newId<RoundId>(),
  communityId,
  key,
  activity: null,
  startedAt,
  groups: people.length >= 2 ? [{ people, score: 0.75 }] : [],
  unpaired: [],
  nudgedAt: null,
  endedAt: null,
});

/** Weekly pairing rounds: a community's schedule and members, and the rounds it held. */
export function roundsContract(current: () => Store): void {
  let store: Store;
  let community: CommunityId;
  const ana = newId<PersonId>();
  const ben = newId<PersonId>();
  beforeEach(() => {
    store = current();
    community = newId<CommunityId>();
  });

  describe('rounds: schedule and members', () => {
    it('GIVEN no rounds WHEN the schedule is set THEN the config holds it with no members, and a second setting keeps the members', async () => {
      expect(await store.rounds.config(community)).toBeNull();
      const first = await store.rounds.schedule(community, SCHEDULE, T0);
      expect(first).toEqual({ communityId: community, ...SCHEDULE, members: [], skipping: [], priority: [], updatedAt: T0 });
      expect(await store.rounds.join(community, ana, T0)).toBe(true);
      const second = await store.rounds.schedule(community, { ...SCHEDULE, weekday: 3, hour: 18, activity: 'running' }, hoursFrom(T0, 1));
      expect(second).toMatchObject({ weekday: 3, hour: 18, activity: 'running', members: [ana] });
      expect(await store.rounds.config(community)).toEqual(second);
    });

    it('GIVEN a community without rounds WHEN someone joins THEN nothing is stored', async () => {
      expect(await store.rounds.join(community, ana, T0)).toBe(false);
      expect(await store.rounds.config(community)).toBeNull();
    });

    it('GIVEN members WHEN one joins twice, skips twice and leaves THEN each change counts once and leaving drops the skip', async () => {
      await store.rounds.schedule(community, SCHEDULE, T0);
      expect(await store.rounds.join(community, ana, T0)).toBe(true);
      expect(await store.rounds.join(community, ana, T0)).toBe(false);
      expect(await store.rounds.join(community, ben, T0)).toBe(true);
      expect(await store.rounds.skip(community, ana, T0)).toBe(true);
      expect(await store.rounds.skip(community, ana, T0)).toBe(false);
      expect((await store.rounds.config(community))?.skipping).toEqual([ana]);
      expect(await store.rounds.leave(community, ana, T0)).toBe(true);
      expect(await store.rounds.leave(community, ana, T0)).toBe(false);
      expect(await store.rounds.skip(community, ana, T0)).toBe(false);
      expect(await store.rounds.config(community)).toMatchObject({ members: [ben], skipping: [] });
    });

    it('GIVEN a person in two communities WHEN forgotten THEN they are out of both and other members stay', async () => {
      const other = newId<CommunityId>();
      for (const c of [community, other]) {
        await store.rounds.schedule(c, SCHEDULE, T0);
        await store.rounds.join(c, ana, T0);
        await store.rounds.join(c, ben, T0);
      }
      await store.rounds.skip(community, ana, T0);
      expect(await store.rounds.forget(ana)).toBe(2);
      expect(await store.rounds.config(community)).toMatchObject({ members: [ben], skipping: [] });
      expect((await store.rounds.config(other))?.members).toEqual([ben]);
    });
  });

  describe('rounds: rounds held', () => {
    it('GIVEN a round WHEN it is started THEN it is found, skips are cleared and the priority set; the same key again records nothing', async () => {
      await store.rounds.schedule(community, SCHEDULE, T0);
      await store.rounds.join(community, ana, T0);
      await store.rounds.join(community, ben, T0);
      await store.rounds.skip(community, ben, T0);
      const r = round(community, '2026-11-23', T0, [ana, ben]);
      expect(await store.rounds.start(r, [ben])).toBe(true);
      expect(await store.rounds.get(r.id)).toEqual(r);
      expect(await store.rounds.config(community)).toMatchObject({ skipping: [], priority: [ben] });
      expect(await store.rounds.start({ ...r, id: newId<RoundId>() }, [])).toBe(false);
      expect(await store.rounds.recent(community, 10)).toHaveLength(1);
      expect(await store.rounds.config(community)).toMatchObject({ priority: [ben] });
    });

    it('GIVEN three rounds WHEN the recent ones are listed THEN newest first, cut at the limit, another community apart', async () => {
      const a = round(community, 'a', T0);
      const b = round(community, 'b', hoursFrom(T0, 168));
      const c = round(community, 'c', hoursFrom(T0, 336));
      for (const r of [b, a, c]) await store.rounds.start(r, []);
      await store.rounds.start(round(newId<CommunityId>(), 'z', hoursFrom(T0, 500)), []);
      expect((await store.rounds.recent(community, 2)).map((r) => r.key)).toEqual(['c', 'b']);
      expect(await store.rounds.recent(community, 0)).toEqual([]);
      // Every community's rounds since a date, oldest first: the health gauges.
      expect((await store.rounds.startedSince(hoursFrom(T0, 168))).map((r) => r.key)).toEqual(['b', 'c', 'z']);
      expect(await store.rounds.startedSince(hoursFrom(T0, 1000))).toEqual([]);
    });

    it('GIVEN a round WHEN nudged and ended THEN each is stamped once', async () => {
      const r = round(community, 'k', T0);
      await store.rounds.start(r, []);
      expect(await store.rounds.markNudged(r.id, hoursFrom(T0, 72))).toBe(true);
      expect(await store.rounds.markNudged(r.id, hoursFrom(T0, 73))).toBe(false);
      expect(await store.rounds.markEnded(r.id, hoursFrom(T0, 168))).toBe(true);
      expect(await store.rounds.markEnded(r.id, hoursFrom(T0, 169))).toBe(false);
      expect(await store.rounds.get(r.id)).toMatchObject({ nudgedAt: hoursFrom(T0, 72), endedAt: hoursFrom(T0, 168) });
      expect(await store.rounds.markEnded(newId<RoundId>(), T0)).toBe(false);
    });
  });
}
