import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlossomMatcher } from '../../../src/core/rounds-blossom.js';
import type { Edge } from '../../../src/core/rounds-graph.js';
import { maximumPairing, withTrios } from '../../../src/core/rounds-pairing.js';

/** The best total weight of any matching, by trying every one: the reference the blossom must equal. */
function bruteForce(n: number, edges: readonly Edge[]): number {
  const w = new Map(edges.map(([u, v, x]) => [u * n + v, x]));
  const best = (free: number): number => {
    if (free === 0) return 0;
    const u = 31 - Math.clz32(free & -free);
    const rest = free & ~(1 << u);
    let top = best(rest); // u stays single
    for (let v = u + 1; v < n; v++) {
      const x = w.get(u * n + v);
      if (x !== undefined && rest & (1 << v)) top = Math.max(top, x + best(rest & ~(1 << v)));
    }
    return top;
  };
  return best((1 << n) - 1);
}

/** A graph on n vertices: each pair an edge with probability `density`, an integer weight (a scaled score). */
const graphs = fc.integer({ min: 2, max: 9 }).chain((n) =>
  fc
    .record({
      density: fc.double({ min: 0.1, max: 1, noNaN: true }),
      weights: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 1_000_000 })), {
        minLength: (n * (n - 1)) / 2,
        maxLength: (n * (n - 1)) / 2,
      }),
    })
    .map(({ density, weights }) => {
      const edges: Edge[] = [];
      let k = 0;
      for (let u = 0; u < n; u++) for (let v = u + 1; v < n; v++) {
        const [coin, weight] = weights[k++]!;
        if (coin < density) edges.push([u, v, weight]);
      }
      return { n, edges };
    }),
);

const valid = (n: number, pairs: readonly (readonly [number, number])[], edges: readonly Edge[]) => {
  const seen = new Set<number>();
  const allowed = new Set(edges.map(([u, v]) => u * n + v));
  for (const [a, b] of pairs) {
    expect(allowed.has(a * n + b)).toBe(true);
    expect(seen.has(a) || seen.has(b)).toBe(false);
    seen.add(a).add(b);
  }
};

describe('round pairing: maximum-weight matching', () => {
  const inline = new BlossomMatcher(Number.POSITIVE_INFINITY);

  it('GIVEN any graph of 2–9 members WHEN paired THEN the total score equals the brute-force optimum and every pair is an allowed edge', async () => {
    await fc.assert(
      fc.asyncProperty(graphs, async ({ n, edges }) => {
        const pairing = await maximumPairing(n, edges, inline);
        valid(n, pairing.pairs, edges);
        expect(pairing.weight).toBe(bruteForce(n, edges));
      }),
      { numRuns: 600 },
    );
  });

  it('GIVEN every graph on 4 vertices with weights 1–3 WHEN paired THEN always optimal (exhaustive)', async () => {
    const slots: [number, number][] = [];
    for (let u = 0; u < 4; u++) for (let v = u + 1; v < 4; v++) slots.push([u, v]);
    // Each of the 6 pairs: absent or weight 1, 2, 3 → 4⁶ = 4096 graphs.
    for (let code = 0; code < 4 ** 6; code++) {
      const edges: Edge[] = [];
      slots.forEach(([u, v], k) => {
        const w = Math.floor(code / 4 ** k) % 4;
        if (w) edges.push([u, v, w]);
      });
      expect((await maximumPairing(4, edges, inline)).weight).toBe(bruteForce(4, edges));
    }
  });

  it('GIVEN an odd member compatible with two pairs WHEN grouped THEN they join the pair where they add most, as a trio', () => {
    const edges: Edge[] = [
      [0, 1, 900],
      [2, 3, 900],
      [0, 4, 100],
      [1, 4, 100],
      [2, 4, 300],
      [3, 4, 200],
    ];
    const grouping = withTrios(5, edges, { pairs: [[0, 1], [2, 3]], weight: 1800 });
    expect(grouping.groups).toEqual([[0, 1], [2, 3, 4]]);
    expect(grouping.unpaired).toEqual([]);
  });

  it('GIVEN a member with an edge to only one of a pair WHEN grouped THEN they stay unpaired (a trio needs both)', () => {
    const edges: Edge[] = [
      [0, 1, 900],
      [0, 2, 500],
    ];
    expect(withTrios(3, edges, { pairs: [[0, 1]], weight: 900 })).toEqual({ groups: [[0, 1]], unpaired: [2] });
  });

  it('GIVEN a component too big to solve inline WHEN paired THEN the worker thread finds the same optimum as the inline solver', async () => {
    const worker = new BlossomMatcher(1);
    try {
      const n = 60;
      const edges: Edge[] = [];
      let seed = 7;
      const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      for (let u = 0; u < n; u++) for (let v = u + 1; v < n; v++) if (rand() < 0.2) edges.push([u, v, 1 + Math.floor(rand() * 1_000_000)]);
      const viaWorker = await maximumPairing(n, edges, worker);
      const here = await maximumPairing(n, edges, inline);
      valid(n, viaWorker.pairs, edges);
      expect(viaWorker.weight).toBe(here.weight);
    } finally {
      await worker.close();
    }
  }, 30_000);
});
