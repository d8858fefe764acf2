/**
 * Types for `@graph-algorithm/maximum-matching` (Edmonds' blossom algorithm, van Rantwijk's
 * maximum-weight matching), which ships none. The package is CommonJS with `__esModule`: Node
 * hands an ESM default import the whole `module.exports`, whose `default` is the weighted
 * matching; some loaders hand over that function itself (see src/core/rounds-blossom.ts).
 */
declare module '@graph-algorithm/maximum-matching' {
  /** One edge: two vertex numbers (0…n−1) and its weight (integers keep the algorithm exact). */
  type Edge = readonly [number, number, number];
  /** `mate[v]`: the vertex matched with `v`, or −1. Without `maxCardinality`, the maximum-weight matching. */
  type MaximumWeightMatching = (edges: readonly Edge[], maxCardinality?: boolean) => number[];
  interface MaximumMatchingModule {
    readonly default: MaximumWeightMatching;
    readonly weight: MaximumWeightMatching;
    /** Each matched pair once, as [u, v] with u < v. */
    readonly iter: (mate: readonly number[]) => Iterable<[number, number]>;
  }
  const pkg: MaximumMatchingModule | MaximumWeightMatching;
  export default pkg;
}
