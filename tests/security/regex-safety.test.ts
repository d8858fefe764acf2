import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { collectRegexes, type FoundRegex } from '../support/regex-sources.js';

/**
 * No regular expression in the product can be stalled by what someone types: recheck (the
 * bundled native binary where there is one, its pure-JS build elsewhere) analyses each pattern
 * found in src/, bots/, commands/ and jobs/ and must call it `safe`. A pattern that can only be
 * known at run time can't be checked, so it fails too.
 */
const found = collectRegexes();
const statics = found.filter((r): r is Extract<FoundRegex, { kind: 'static' }> => r.kind === 'static');

describe('regular expressions against ReDoS', () => {
  it('GIVEN the product sources WHEN parsed with the compiler API THEN the patterns are found, including the coordinate one', () => {
    expect(statics.length).toBeGreaterThan(100);
    expect(statics.some((r) => r.where.startsWith('src/core/parse/coordinates.ts') && r.source.includes('[NS]'))).toBe(true);
  });

  it('GIVEN every new RegExp WHEN its pattern is evaluated statically THEN none is built from run-time data', () => {
    expect(found.filter((r) => r.kind === 'dynamic')).toEqual([]);
  });

  it(
    'GIVEN every pattern WHEN recheck analyses it THEN each one is safe',
    async () => {
      const unsafe: string[] = [];
      for (const r of statics) {
        const d = await check(r.source, r.flags, { timeout: 30_000 });
        if (d.status !== 'safe') {
          const why = d.status === 'vulnerable' ? d.complexity.summary : d.error.kind;
          unsafe.push(`${r.where} /${r.source}/${r.flags}: ${d.status} (${why})`);
        }
      }
      console.info(`recheck checked ${statics.length} regular expressions`);
      expect(unsafe).toEqual([]);
    },
    // A hang guard, not a timing assertion: the pure-JS fallback is far slower than the binary.
    900_000,
  );
});
