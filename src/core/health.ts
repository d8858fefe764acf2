/**
 * How a community (or the whole deployment) is doing at getting people to show up: who came of
 * those who held a seat, who didn't, how many pairs trained together this week, whether round
 * pairs met, and how many of a round's members found a partner. Facts only; /community-stats and
 * the Prometheus gauges say them.
 */
import type { PersonId } from '../domain/ids.js';
import type { Round } from '../domain/rounds.js';
import { pairsOf } from '../domain/rounds.js';
import { outcomeOf, wasThere } from '../domain/session.js';
import type { SessionRecord } from '../store/port.js';

const DAY_MS = 86_400_000;
/** Show-up and no-show rates look back this far. */
export const HEALTH_WINDOW_DAYS = 28;
/** A pair met when they came to a session together within this many days of being paired. */
export const MET_WITHIN_DAYS = 14;
/** "This week": the last seven days, whatever the reader's zone. */
const WEEK_DAYS = 7;

export interface HealthFigures {
  /** Seats held at the start of completed sessions in the window (each person once per session). */
  readonly committed: number;
  readonly attended: number;
  /** Marked (by themselves or the host) as not having come. */
  readonly noShows: number;
  readonly showUpRate: number | null;
  readonly noShowRate: number | null;
  /** Different pairs of people who came to the same session in the last seven days. */
  readonly activePairs: number;
  /** Round pairs old enough to judge (paired at least 14 days ago), and those who met within 14 days. */
  readonly roundPairs: number;
  readonly roundPairsMet: number;
  readonly metRate: number | null;
  /** Members of the window's rounds who got a partner, of all who were in them. */
  readonly roundMembers: number;
  readonly roundPaired: number;
  readonly participation: number | null;
}

/** How far back the records and rounds for `healthFigures` must reach. */
export const healthSince = (now: Date): Date => new Date(now.getTime() - (HEALTH_WINDOW_DAYS + MET_WITHIN_DAYS) * DAY_MS);


const pairKey = (a: PersonId, b: PersonId): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** A community's recent rounds, enough to cover `healthSince` at one round a week. */
export const HEALTH_ROUNDS = 8;

/**
 * The figures at `now` from completed sessions and rounds since `healthSince(now)`. `meetings`:
 * where round pairs may have met (private sessions too), when wider than `records`.
 */
export function healthFigures(records: readonly SessionRecord[], rounds: readonly Round[], now: Date, meetings: readonly SessionRecord[] = records): HealthFigures {
  const t = now.getTime();
  const windowStart = t - HEALTH_WINDOW_DAYS * DAY_MS;
  const weekStart = t - WEEK_DAYS * DAY_MS;
  let committed = 0;
  let attended = 0;
  let noShows = 0;
  const active = new Set<string>();
  /** When each pair came to a session together. */
  const together = new Map<string, number[]>();
  const pairsThere = (s: SessionRecord, each: (key: string) => void) => {
    const there = [s.hostId, ...s.participants].filter((p) => wasThere(s, p));
    for (let i = 0; i < there.length; i++) for (let j = i + 1; j < there.length; j++) each(pairKey(there[i]!, there[j]!));
  };
  for (const s of meetings) {
    const at = s.startsAt.getTime();
    if (at <= t) pairsThere(s, (key) => together.set(key, [...(together.get(key) ?? []), at]));
  }
  for (const s of records) {
    const at = s.startsAt.getTime();
    if (at > t) continue;
    if (at >= weekStart) pairsThere(s, (key) => active.add(key));
    if (at < windowStart) continue;
    committed += s.participants.length;
    for (const p of s.participants) {
      const outcome = outcomeOf(s, p);
      if (outcome === true) attended++;
      if (outcome === false) noShows++;
    }
  }
  let roundPairs = 0;
  let roundPairsMet = 0;
  let roundMembers = 0;
  let roundPaired = 0;
  for (const r of rounds) {
    const started = r.startedAt.getTime();
    if (started >= windowStart && started <= t) {
      const paired = r.groups.reduce((n, g) => n + g.people.length, 0);
      roundPaired += paired;
      roundMembers += paired + r.unpaired.length;
    }
    // Judged once the 14 days are over, so a pair paired yesterday doesn't count as "not met".
    if (started + MET_WITHIN_DAYS * DAY_MS > t || started < windowStart - MET_WITHIN_DAYS * DAY_MS) continue;
    for (const [a, b] of pairsOf(r.groups)) {
      roundPairs++;
      const times = together.get(pairKey(a, b)) ?? [];
      if (times.some((at) => at >= started && at <= started + MET_WITHIN_DAYS * DAY_MS)) roundPairsMet++;
    }
  }
  const ratio = (n: number, d: number) => (d > 0 ? n / d : null);
  return {
    committed,
    attended,
    noShows,
    showUpRate: ratio(attended, committed),
    noShowRate: ratio(noShows, committed),
    activePairs: active.size,
    roundPairs,
    roundPairsMet,
    metRate: ratio(roundPairsMet, roundPairs),
    roundMembers,
    roundPaired,
    participation: ratio(roundPaired, roundMembers),
  };
}
