import type { ActivityId } from '../domain/activities.js';
import { type Community, isBanned } from '../domain/community.js';
import type { PersonId } from '../domain/ids.js';
import { isMatchable, type Profile } from '../domain/profile.js';
import { NO_REPEAT_ROUNDS, pairsOf, type Round, type RoundGroup } from '../domain/rounds.js';
import type { Matcher } from './rounds-blossom.js';
import { buildGraph, type Edge, roundPerson, type RoundPerson, WEIGHT_SCALE, PRIORITY_BONUS } from './rounds-graph.js';
import { maximumPairing, withTrios } from './rounds-pairing.js';

/**
 * One round's pairing, from the members' profiles to groups: who may take part, who may never be
 * put together, the graph, the maximum-weight matching, the trios.
 *
 * The odd one out: a member left unmatched joins the pair where they add most (a trio), when
 * they fit both; one who fits no pair is left unpaired and gets priority next round (their edges
 * weigh more than any score then, so the matching pairs them first if anyone fits at all).
 */

export interface PairingInput {
  readonly members: readonly Profile[];
  readonly community: Community | null;
  readonly activity: ActivityId | null;
  /** The community's latest rounds: pairs in the last NO_REPEAT_ROUNDS are not repeated. */
  readonly recent: readonly Round[];
  readonly priority: readonly PersonId[];
  readonly weekStart: Date;
  readonly matcher: Matcher;
  /** Awaited every so often while the graph is built, to hand the event loop back. */
  readonly pause?: () => Promise<void>;
}

export interface PairingOutcome {
  readonly groups: RoundGroup[];
  /** Took part but fit nobody (they get priority next round). */
  readonly unpaired: PersonId[];
  /** Opted in but could not take part (paused, banned, profile unfinished, not doing the round's activity). */
  readonly left: PersonId[];
  /** The graph and its matching, for figures and the bench. */
  readonly people: readonly RoundPerson[];
  readonly edges: readonly Edge[];
  readonly matchingWeight: number;
}

/**
 * A `pause` for long loops: hands the event loop a turn (setImmediate) once `ms` of work went by
 * since the last one, or after `every` calls, so interactions arriving meanwhile are answered and
 * no stall grows long. `now` is the clock the slice is measured on (a test moves its own).
 */
export function timeSlices(ms: number, every = Number.POSITIVE_INFINITY, now: () => number = () => performance.now()): () => Promise<void> {
  let count = 0;
  let sliceStart = now();
  return async () => {
    if (++count < every && now() - sliceStart < ms) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    count = 0;
    sliceStart = now();
  };
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Whether the profile can be paired in this round at all. */
const eligible = (p: Profile, community: Community | null, activity: ActivityId | null): boolean =>
  isMatchable(p) && !isBanned(community, p) && (!activity || p.activities.includes(activity));

export async function pairMembers(input: PairingInput): Promise<PairingOutcome> {
  const left: PersonId[] = [];
  const people: RoundPerson[] = [];
  const profiles = new Map<PersonId, Profile>();
  for (const p of input.members) {
    await input.pause?.();
    const person = eligible(p, input.community, input.activity) ? roundPerson(p, input.weekStart) : null;
    if (!person) left.push(p.id);
    else {
      people.push(person);
      profiles.set(p.id, p);
    }
  }
  const met = new Set<string>();
  for (const r of input.recent.slice(0, NO_REPEAT_ROUNDS)) for (const [a, b] of pairsOf(r.groups)) met.add(pairKey(a, b));
  const forbidden = (a: PersonId, b: PersonId): boolean =>
    met.has(pairKey(a, b)) || !!profiles.get(a)?.blocked.includes(b) || !!profiles.get(b)?.blocked.includes(a);
  const index = new Map(people.map((p, i) => [p.id, i]));
  const priority = new Set(input.priority.flatMap((id) => (index.has(id) ? [index.get(id)!] : [])));
  const edges = await buildGraph(people, { activity: input.activity, forbidden, priority, ...(input.pause ? { pause: input.pause } : {}) });
  const pairing = await maximumPairing(people.length, edges, input.matcher);
  const grouping = withTrios(people.length, edges, pairing);
  const weightOf = new Map(edges.map(([u, v, w]) => [u * people.length + v, w]));
  const score = (group: readonly number[]): number => {
    let sum = 0;
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const [u, v] = group[i]! < group[j]! ? [group[i]!, group[j]!] : [group[j]!, group[i]!];
        const w = weightOf.get(u * people.length + v) ?? 0;
        sum += (w >= PRIORITY_BONUS && (priority.has(u) || priority.has(v)) ? w - PRIORITY_BONUS : w) / WEIGHT_SCALE;
      }
    return Math.round(sum * 1e6) / 1e6;
  };
  return {
    groups: grouping.groups.map((g) => ({ people: g.map((i) => people[i]!.id), score: score(g) })),
    unpaired: grouping.unpaired.map((i) => people[i]!.id),
    left,
    people,
    edges,
    matchingWeight: pairing.weight,
  };
}
