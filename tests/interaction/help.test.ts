import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Harness, testRegistry } from '../support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

describe('help', () => {
  it('GIVEN every visible command WHEN someone runs /help THEN each one is listed in a section', async () => {
    const out = await h.person('Ana').run('help');
    const listed = out.replies[0]!.fields!.map((f) => f.value).join(' ');
    const visible = (await testRegistry()).list.filter((c) => !c.hidden).map((c) => c.name);
    expect(visible.filter((name) => !listed.split(' ').includes(`/${name}`))).toEqual([]);
  });

  it('GIVEN a command name WHEN /help names it THEN its options are explained; an unknown one is said to be unknown', async () => {
    const ana = h.person('Ana');
    const out = await ana.run('help', 'set-radius');
    expect(out.replies[0]!.title).toBe('/set-radius');
    expect(out.replies[0]!.fields![0]!.name).toBe('km');
    expect((await ana.run('help', '/nonsense')).replies[0]!.text).toMatch(/There's no \/nonsense/);
  });
});
