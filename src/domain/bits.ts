/** Set bits in a 32-bit word (SWAR: no loop over the bits), for weekly half-hour and activity bitsets. */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Set bits in a whole bitset. */
export function bitCount(words: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < words.length; i++) n += popcount(words[i]!);
  return n;
}
