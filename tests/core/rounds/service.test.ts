import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Core } from '../../../src/core/core.js';
import { DEFAULT_CORE_SETTINGS } from '../../../src/core/deps.js';
import { DEFAULT_LIMITS } from '../../../src/core/limits.js';
import type { ActivityId, Level } from '../../../src/domain/activities.js';
import { point } from '../../../src/domain/geo.js';
import type { PersonId } from '../../../src/domain/ids.js';
import type { Notification } from '../../../src/domain/notification.js';
import { communityKey } from '../../../src/domain/platform.js';
import { NO_REPEAT_ROUNDS, pairsOf, type Round } from '../../../src/domain/rounds.js';
import { silentLogger } from '../../../src/logger.js';
import { createMemoryStore } from '../../../src/store/memory/index.js';
import { createMemoryRateLimits } from '../../../src/store/rate-limits.js';
import { makeProfile } from '../../support/fixtures.js';

/** The core on the in-memory store with a hand-moved clock; notifications recorded as facts. */
async function world(start = new Date('2026-01-05T08:00:00Z')) {
  let now = start;
  const store = createMemoryStore();
  const told: { personId: PersonId; n: Notification }[] = [];
  const core = new Core({
    store,
    clock: () => now,
    notifier: { notify: async (personId, n) => void told.push({ personId, n }) },
    log: silentLogger(),
    settings: DEFAULT_CORE_SETTINGS,
    limits: createMemoryRateLimits(DEFAULT_LIMITS),
  });
  const community = await store.communities.ensure(communityKey('console', 'club'), 'Club', now);
  // Mondays 09:00 UTC: the clock starts on one.
  await store.rounds.schedule(community.id, { enabled: true, weekday: 1, hour: 9, timeZone: 'UTC', activity: null }, now);
  return {
    store,
    core,
    told,
    community,
    week: () => (now = new Date(now.getTime() + 7 * 86_400_000)),
    async members(n: number, vary: (i: number) => Parameters<typeof makeProfile>[0] = () => ({})) {
      const out = [];
      for (let i = 0; i < n; i++) {
        const p = makeProfile({ displayName: `M${i}`, ...vary(i) });
        await store.people.insert(p);
        await store.rounds.join(community.id, p.id, now);
        out.push(p);
      }
      return out;
    },
  };
}

const key = (a: string, b: string) => [a, b].sort().join('|');

describe('rounds: who is never put together', () => {
  it('GIVEN members of varied profiles WHEN 10 weekly rounds run THEN no pair repeats within 4 rounds, every group is 2 or 3 people, and nobody is in two groups', async () => {
    const profile = fc.record({
      lat: fc.double({ min: 52.45, max: 52.58, noNaN: true }),
      lng: fc.double({ min: 13.3, max: 13.5, noNaN: true }),
      level: fc.constantFrom<Level>('beginner', 'intermediate', 'advanced'),
      extra: fc.constantFrom<ActivityId[]>([], ['cycling'], ['yoga'], ['cycling', 'yoga']),
      radiusKm: fc.integer({ min: 8, max: 30 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(profile, { minLength: 6, maxLength: 14 }), async (people) => {
        const w = await world();
        await w.members(people.length, (i) => ({
          at: point(people[i]!.lat, people[i]!.lng),
          level: people[i]!.level,
          activities: ['running', ...people[i]!.extra],
          radiusKm: people[i]!.radiusKm,
        }));
        const held: Round[] = [];
        for (let r = 0; r < 10; r++) {
          const round = await w.core.rounds.run(w.community.id);
          expect(round).not.toBeNull();
          held.push(round!);
          w.week();
        }
        held.forEach((round, i) => {
          const seen = new Set<string>();
          for (const g of round.groups) {
            expect(g.people.length === 2 || g.people.length === 3).toBe(true);
            for (const p of g.people) {
              expect(seen.has(p)).toBe(false);
              seen.add(p);
            }
          }
          const earlier = new Set(held.slice(Math.max(0, i - NO_REPEAT_ROUNDS), i).flatMap((r) => pairsOf(r.groups).map(([a, b]) => key(a, b))));
          for (const [a, b] of pairsOf(round.groups)) expect(earlier.has(key(a, b))).toBe(false);
        });
      }),
      { numRuns: 12 },
    );
  }, 60_000);

  it('GIVEN someone blocked and someone banned WHEN the round runs THEN the blocked pair is never together and the banned member is left out', async () => {
    const w = await world();
    const [a, b, c, d] = await w.members(4);
    await w.store.people.addToSet(a!.id, 'blocked', b!.id);
    await w.store.communities.ban(w.community.id, { personId: d!.id, identities: d!.identities, laterIds: [], by: c!.id, reason: 'spam', at: new Date('2026-01-01T00:00:00Z') });
    for (let r = 0; r < 3; r++) {
      const round = (await w.core.rounds.run(w.community.id))!;
      const pairs = pairsOf(round.groups).map(([x, y]) => key(x, y));
      expect(pairs).not.toContain(key(a!.id, b!.id));
      expect(round.groups.flatMap((g) => g.people)).not.toContain(d!.id);
      w.week();
    }
  });

  it('GIVEN three compatible members WHEN the round runs THEN the odd one joins the pair as a trio and each of the three hears of both others', async () => {
    const w = await world();
    const trio = await w.members(3);
    const round = (await w.core.rounds.run(w.community.id))!;
    expect(round.groups).toHaveLength(1);
    expect([...round.groups[0]!.people].sort()).toEqual(trio.map((p) => p.id).sort());
    for (const p of trio) {
      const intro = w.told.find((t) => t.personId === p.id)!.n;
      expect(intro.kind).toBe('round-intro');
      if (intro.kind === 'round-intro') expect(intro.partners.map((x) => x.person.id).sort()).toEqual(trio.filter((q) => q !== p).map((q) => q.id).sort());
    }
  });

  it('GIVEN a member nobody fits (too far) WHEN the round runs THEN they are unpaired and first in line next round', async () => {
    const w = await world();
    await w.members(2);
    const [far] = await w.members(1, () => ({ at: point(48.14, 11.58) }));
    const round = (await w.core.rounds.run(w.community.id))!;
    expect(round.unpaired).toEqual([far!.id]);
    expect((await w.store.rounds.config(w.community.id))?.priority).toEqual([far!.id]);
  });

  it('GIVEN the same round run twice at the same time (a retried job) THEN it is held once and nobody hears twice', async () => {
    const w = await world();
    await w.members(4);
    expect(await w.core.rounds.run(w.community.id)).not.toBeNull();
    expect(await w.core.rounds.run(w.community.id)).toBeNull();
    expect(w.told.filter((t) => t.n.kind === 'round-intro')).toHaveLength(4);
  });

  it('GIVEN a round with a running activity WHEN a cyclist-only member is in THEN they are left out and the runners paired on running', async () => {
    const w = await world();
    await w.store.rounds.schedule(w.community.id, { enabled: true, weekday: 1, hour: 9, timeZone: 'UTC', activity: 'running' }, new Date('2026-01-05T08:00:00Z'));
    const runners = await w.members(2, () => ({ activities: ['running', 'cycling'] }));
    const [cyclist] = await w.members(1, () => ({ activities: ['cycling'] }));
    const round = (await w.core.rounds.run(w.community.id))!;
    expect(round.groups.map((g) => [...g.people].sort())).toEqual([runners.map((r) => r.id).sort()]);
    expect(round.groups.flatMap((g) => g.people)).not.toContain(cyclist!.id);
  });
});
