import type { Edge } from './rounds-graph.js';
import type { Matcher, WeightedEdge } from './rounds-blossom.js';

/**
 * From a round's graph to its groups: a maximum-weight matching (Edmonds' blossom, per connected
 * component), then each member left over joins the pair where they add the most, as a trio. Who
 * fits no pair stays unpaired (and gets priority next round; see RoundsService).
 */

export interface Pairing {
  /** Pairs of vertices, each i < j, in order of their first vertex. */
  readonly pairs: readonly (readonly [number, number])[];
  /** The matching's total weight: what the blossom algorithm maximised. */
  readonly weight: number;
}

export interface Grouping {
  /** Groups of two or three vertices. */
  readonly groups: readonly (readonly number[])[];
  readonly unpaired: readonly number[];
}

/** Vertex sets joined by edges (union–find), each with its edges renumbered 0…k−1. */
export function componentsOf(n: number, edges: readonly Edge[]): { vertices: number[]; edges: WeightedEdge[] }[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (const [u, v] of edges) parent[find(u)] = find(v);
  const byRoot = new Map<number, { vertices: number[]; local: Map<number, number>; edges: WeightedEdge[] }>();
  const local = (root: number) => {
    let c = byRoot.get(root);
    if (!c) byRoot.set(root, (c = { vertices: [], local: new Map(), edges: [] }));
    return c;
  };
  for (const [u, v, w] of edges) {
    const c = local(find(u));
    for (const x of [u, v]) if (!c.local.has(x)) c.local.set(x, c.vertices.push(x) - 1);
    c.edges.push([c.local.get(u)!, c.local.get(v)!, w]);
  }
  return [...byRoot.values()].map(({ vertices, edges: e }) => ({ vertices, edges: e }));
}

/** The maximum-weight matching of the graph (vertices 0…n−1). */
export async function maximumPairing(n: number, edges: readonly Edge[], matcher: Matcher): Promise<Pairing> {
  const weightOf = new Map(edges.map(([u, v, w]) => [u * n + v, w]));
  const components = componentsOf(n, edges);
  const mates = await matcher.solve(components.map((c) => c.edges));
  const pairs: [number, number][] = [];
  let weight = 0;
  components.forEach((c, k) => {
    const mate = mates[k] ?? [];
    mate.forEach((m, v) => {
      if (m < 0 || m < v) return;
      const a = Math.min(c.vertices[v]!, c.vertices[m]!);
      const b = Math.max(c.vertices[v]!, c.vertices[m]!);
      pairs.push([a, b]);
      weight += weightOf.get(a * n + b) ?? 0;
    });
  });
  pairs.sort((x, y) => x[0] - y[0]);
  return { pairs, weight };
}

/**
 * Groups from a pairing: each unmatched vertex (in order) joins the pair, not yet a trio, where
 * it has an edge to both and the two edges weigh most. One with no such pair stays unpaired.
 */
export function withTrios(n: number, edges: readonly Edge[], pairing: Pairing): Grouping {
  const neighbours: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const [u, v, w] of edges) {
    neighbours[u]!.set(v, w);
    neighbours[v]!.set(u, w);
  }
  const groups: number[][] = pairing.pairs.map(([a, b]) => [a, b]);
  // Which group each matched vertex is in: a trio candidate is found from the newcomer's own edges.
  const groupOf = new Map<number, number[]>();
  for (const g of groups) for (const x of g) groupOf.set(x, g);
  const unpaired: number[] = [];
  for (let u = 0; u < n; u++) {
    if (groupOf.has(u)) continue;
    let best: number[] | null = null;
    let bestWeight = 0;
    for (const [a, wa] of neighbours[u]!) {
      const g = groupOf.get(a);
      if (!g || g.length !== 2) continue;
      const wb = neighbours[u]!.get(g[0] === a ? g[1]! : g[0]!);
      if (wb === undefined || wa + wb <= bestWeight) continue;
      // Ties go to the group met first in pair order, as a scan of the pairs would.
      best = g;
      bestWeight = wa + wb;
    }
    if (best) {
      best.push(u);
      groupOf.set(u, best);
    } else unpaired.push(u);
  }
  return { groups, unpaired };
}
