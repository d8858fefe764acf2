import { judgedPairs } from '../../src/core/health.js';
import { type CommunityHistory, communityHistory, trainingHistory } from '../../src/core/progress.js';
import type { ActivityId } from '../../src/domain/activities.js';
import type { CommunityId, PersonId, SessionId } from '../../src/domain/ids.js';
import type { Round, RoundId } from '../../src/domain/rounds.js';
import type { SessionRecord } from '../../src/store/port.js';
import type { SessionStats } from '../../src/views/progress.js';

/** Fixed data for the pictures: the same every run, so rendered images can be compared with references. */
export const NOW = new Date('2026-11-29T12:00:00Z');
const DAY = 86_400_000;
const ME = 'me' as PersonId;
const BUDDY = 'buddy' as PersonId;
const ACTIVITIES: ActivityId[] = ['running', 'yoga', 'cycling'];

/** A deterministic pseudo-random number in [0, 1) for day `d`. */
const noise = (d: number) => {
  const x = Math.sin(d * 12.9898) * 43758.5453;
  return x - Math.floor(x);
};

const record = (n: number, startsAt: Date, activity: ActivityId, hostId: PersonId, others: PersonId[] = []): SessionRecord => ({
  id: `s${n}` as SessionId,
  activity,
  startsAt,
  hostId,
  participants: [ME, ...others],
  checkIns: [{ personId: ME, attended: true, at: startsAt }, ...others.map((p) => ({ personId: p, attended: true, at: startsAt }))],
});

/** A year of irregular training: 0–4 sessions a day, some with a buddy. */
export function busyYear(): SessionStats {
  const records: SessionRecord[] = [];
  for (let d = 380; d >= 0; d--) {
    const f = noise(d);
    const n = f < 0.55 ? 0 : f < 0.8 ? 1 : f < 0.93 ? 2 : f < 0.98 ? 3 : 4;
    for (let i = 0; i < n; i++)
      records.push(record(records.length, new Date(NOW.getTime() - d * DAY - (i + 1) * 3_600_000), ACTIVITIES[(d + i) % 3]!, 'host' as PersonId, d % 5 === 0 ? [BUDDY] : []));
  }
  return {
    attendance: { attended: 230, missed: 12, streak: 17, bestStreak: 41 },
    history: trainingHistory(records, ME, new Set([BUDDY]), NOW, 'Europe/Berlin'),
    hosted: 3,
    joined: 240,
    upcoming: 1,
    buddyStreaks: [
      { buddyId: BUDDY, name: 'Jonas', current: 3, best: 8, weeks: 30 },
      { buddyId: 'mia' as PersonId, name: 'Mia', current: 0, best: 2, weeks: 4 },
    ],
  };
}

/** Someone who has not trained yet. */
export const emptyYear = (): SessionStats => ({
  attendance: { attended: 0, missed: 0, streak: 0, bestStreak: 0 },
  history: trainingHistory([], ME, new Set(), NOW, 'America/New_York'),
  hosted: 0,
  joined: 0,
  upcoming: 0,
});

/** One session every day for 365 days: a 365-session streak. */
export function streakYear(): SessionStats {
  const records = Array.from({ length: 365 }, (_, d) => record(d, new Date(NOW.getTime() - (364 - d) * DAY - 3_600_000), 'running', 'host' as PersonId));
  return {
    attendance: { attended: 365, missed: 0, streak: 365, bestStreak: 365 },
    history: trainingHistory(records, ME, new Set(), NOW, 'Europe/Berlin'),
    hosted: 0,
    joined: 365,
    upcoming: 0,
  };
}

/**
 * Twelve weeks of a community, sessions on some days, check-ins answered from the third week on,
 * and a pairing round each Monday from the fifth week before the chart on (the first weeks judge no pair).
 */
export function busyCommunity(): CommunityHistory {
  const records: SessionRecord[] = [];
  for (let d = 83; d >= 0; d--) {
    if (d % 3 && d % 4) continue;
    const people = Array.from({ length: 2 + (d % 5) }, (_, i) => `p${(d + i) % 17}` as PersonId);
    const startsAt = new Date(NOW.getTime() - d * DAY - 3_600_000);
    records.push({
      id: `c${d}` as SessionId,
      activity: 'running',
      startsAt,
      hostId: `h${d % 3}` as PersonId,
      participants: people,
      checkIns: d > 70 ? [] : people.slice(0, 3).map((p, i) => ({ personId: p, attended: (d + i) % 4 !== 0, at: startsAt })),
    });
  }
  // Who came to the session of day `e` (the first three answered; the rest never did).
  const cameOn = (e: number) => records.find((r) => r.id === `c${e}`)?.checkIns.filter((c) => c.attended).map((c) => c.personId) ?? [];
  const rounds: Round[] = [];
  for (let d = 83, k = 0; d >= 0; d -= 7, k++) {
    const started = new Date(NOW.getTime() - d * DAY - 6 * 3_600_000);
    // Some of each round's three pairs came to a session together within 14 days, the rest never.
    const meeting = [1, 2, 3, 0, 2, 1, 3, 2, 1, 2, 3, 1][k % 12]!;
    const together = Array.from({ length: 13 }, (_, i) => d - 1 - i).filter((e) => e >= 0 && cameOn(e).length >= 2);
    const groups = [0, 1, 2].map((g) => {
      const met = g < meeting ? cameOn(together[g] ?? -1) : [];
      return { people: met.length >= 2 ? met.slice(0, 2) : [`q${k}-${g}a` as PersonId, `q${k}-${g}b` as PersonId], score: 1 };
    });
    rounds.push({
      id: `r${d}` as RoundId,
      communityId: 'c' as CommunityId,
      key: started.toISOString().slice(0, 10),
      activity: null,
      startedAt: started,
      groups,
      unpaired: [],
      nudgedAt: null,
      endedAt: null,
    });
  }
  return communityHistory(records, NOW, 'Europe/Berlin', judgedPairs(records, rounds, NOW));
}

export const quietCommunity = (): CommunityHistory => communityHistory([], NOW, 'Europe/Berlin');
