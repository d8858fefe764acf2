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
import { type Connection, pairKey } from '../domain/social.js';
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
  /**
   * New pairs old enough to judge (buddies who connected, and round pairs, at least 14 days ago),
   * and those who came to a session together within 14 days.
   */
  readonly pairs: number;
  readonly pairsMet: number;
  readonly metRate: number | null;
  /** Members of the window's rounds who got a partner, of all who were in them. */
  readonly roundMembers: number;
  readonly roundPaired: number;
  readonly participation: number | null;
}

/** How far back the records and rounds for `healthFigures` must reach. */
export const healthSince = (now: Date): Date => new Date(now.getTime() - (HEALTH_WINDOW_DAYS + MET_WITHIN_DAYS) * DAY_MS);

/** New pairs, and where they may have met when that is wider than the rates' sessions (private ones). */
export interface PairSources {
  readonly connections?: readonly Connection[];
  readonly meetings?: readonly SessionRecord[];
  /** The pairs already judged from these same sources at the same instant, so they are not judged twice. */
  readonly judged?: readonly JudgedPair[];
}

/**
 * A new pair judged: formed (buddies said yes, or a round paired them) at least 14 days before
 * `now`, judged when those 14 days ended, and whether they came to a session together in them.
 */
export interface JudgedPair {
  readonly judgedAt: Date;
  readonly met: boolean;
}

/**
 * Every new pair whose 14 days ended by `now` (oldest first), from accepted connections and round
 * groups, met when both were at one session (`meetings`) within those days. The 28-day met rate
 * counts the pairs judged in its window; the community chart counts them week by week, so both
 * say the same thing over the same days.
 */
export function judgedPairs(meetings: readonly SessionRecord[], rounds: readonly Round[], now: Date, connections: readonly Connection[] = []): JudgedPair[] {
  const t = now.getTime();
  const span = MET_WITHIN_DAYS * DAY_MS;
  /** When each pair came to a session together. */
  const together = new Map<string, number[]>();
  for (const s of meetings) {
    const at = s.startsAt.getTime();
    if (at <= t) eachPairThere(s, (key) => together.set(key, [...(together.get(key) ?? []), at]));
  }
  const judged: JudgedPair[] = [];
  // A pair formed at `formed` is judged once its 14 days are over, so yesterday's pair isn't "not met".
  const judge = (a: PersonId, b: PersonId, formed: number) => {
    if (formed + span > t) return;
    const times = together.get(pairKey(a, b)) ?? [];
    judged.push({ judgedAt: new Date(formed + span), met: times.some((at) => at >= formed && at <= formed + span) });
  };
  for (const c of connections) if (c.status === 'accepted' && c.respondedAt) judge(c.requesterId, c.addresseeId, c.respondedAt.getTime());
  for (const r of rounds) for (const [a, b] of pairsOf(r.groups)) judge(a, b, r.startedAt.getTime());
  return judged.sort((x, y) => x.judgedAt.getTime() - y.judgedAt.getTime());
}

/** Calls `each` with the key of every pair of people who were there (host included). */
function eachPairThere(s: SessionRecord, each: (key: string) => void): void {
  const there = [s.hostId, ...s.participants].filter((p) => wasThere(s, p));
  for (let i = 0; i < there.length; i++) for (let j = i + 1; j < there.length; j++) each(pairKey(there[i]!, there[j]!));
}

/** The figures at `now` from completed sessions, rounds and connections since `healthSince(now)`. */
export function healthFigures(records: readonly SessionRecord[], rounds: readonly Round[], now: Date, sources: PairSources = {}): HealthFigures {
  const t = now.getTime();
  const windowStart = t - HEALTH_WINDOW_DAYS * DAY_MS;
  const weekStart = t - WEEK_DAYS * DAY_MS;
  let committed = 0;
  let attended = 0;
  let noShows = 0;
  const active = new Set<string>();
  for (const s of records) {
    const at = s.startsAt.getTime();
    if (at > t) continue;
    if (at >= weekStart) eachPairThere(s, (key) => active.add(key));
    if (at < windowStart) continue;
    committed += s.participants.length;
    for (const p of s.participants) {
      const outcome = outcomeOf(s, p);
      if (outcome === true) attended++;
      if (outcome === false) noShows++;
    }
  }
  const judged = (sources.judged ?? judgedPairs(sources.meetings ?? records, rounds, now, sources.connections)).filter((p) => p.judgedAt.getTime() >= windowStart);
  const pairs = judged.length;
  const pairsMet = judged.filter((p) => p.met).length;
  let roundMembers = 0;
  let roundPaired = 0;
  for (const r of rounds) {
    const started = r.startedAt.getTime();
    if (started >= windowStart && started <= t) {
      const paired = r.groups.reduce((n, g) => n + g.people.length, 0);
      roundPaired += paired;
      roundMembers += paired + r.unpaired.length;
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
    pairs,
    pairsMet,
    metRate: ratio(pairsMet, pairs),
    roundMembers,
    roundPaired,
    participation: ratio(roundPaired, roundMembers),
  };
}
