import { beforeAll, describe, expect, it } from 'vitest';
import type { OptionSpec } from '../../src/interaction/options.js';
import type { Store } from '../../src/store/port.js';
import { Harness, runner, testRegistry } from '../support/harness.js';
import { storeSnapshot } from '../support/store-snapshot.js';

/** What each kind of option must refuse, beyond an object smuggled in where text belongs. */
function badValues(spec: OptionSpec): unknown[] {
  const common = [{ $gt: '' }];
  switch (spec.kind) {
    case 'text':
      return [...common, 'x'.repeat((spec.maxLength ?? 100) + 1)];
    case 'long-text':
      return [...common, 'x'.repeat(5000)];
    case 'integer':
      return [...common, '🚲', String((spec.min ?? 0) - 1), String((spec.max ?? 0) + 1)];
    case 'boolean':
      return [...common, 'maybe'];
    case 'choice':
    case 'level':
      return [...common, '{"$gt": ""}'];
    case 'activity':
    case 'activities':
      return [...common, 'underwater basket weaving'];
    case 'place':
      return [...common, 'x'.repeat(201)];
    case 'when':
      return [...common, 'x'.repeat(101)];
    default:
      return [...common, 'x'.repeat(41)];
  }
}

const registry = await testRegistry();
const cases = registry.list
  .filter((c) => !c.hidden)
  .flatMap((c) =>
    (Object.entries(c.options) as [string, OptionSpec][]).flatMap(([name, spec]) =>
      badValues(spec).map((bad) => [c.name, name, bad] as const),
    ),
  );

describe('bad input to every option of every command', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.create();
    await runner(h, 'Mod', { community: 'club' });
    // Acting there as admin once records Mod as a moderator of the club (reports are pushed to
    // moderators): that write belongs to the set-up, not to the bad input below.
    await h.person('Mod', { community: 'club', admin: true }).run('help');
  });

  it.each(cases)('GIVEN a moderator WHEN /%s gets %s = %j THEN a specific message, and nothing stored', async (command, option, bad) => {
    const mod = h.person('Mod', { community: 'club', admin: true });
    const before = storeSnapshot(h.store);
    const out = await mod.runWith(command, { [option]: bad });
    expect(out.outcome).toBe('user-error');
    const text = out.replies.map((r) => r.text).join('\n');
    expect(text.length).toBeGreaterThan(10);
    expect(text).not.toMatch(/something went wrong/i);
    expect(storeSnapshot(h.store)).toBe(before);
  });

  it('covers every visible command that has options', () => {
    const withOptions = registry.list.filter((c) => !c.hidden && Object.keys(c.options).length > 0).map((c) => c.name);
    expect(new Set(cases.map(([c]) => c))).toEqual(new Set(withOptions));
  });
});
