import { beforeEach, describe, expect, it } from 'vitest';
import { Harness } from '../../support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});

describe('/set-timezone by place or by name', () => {
  it.each([
    ['New York', 'America/New_York', /from New York/],
    ['berlin', 'Europe/Berlin', /from Berlin/],
    ['europe/berlin', 'Europe/Berlin', /Time zone: \*\*Europe\/Berlin\*\*\. Times/],
    ['America/New York', 'America/New_York', /Time zone/],
    ['UTC', 'UTC', /Time zone: \*\*UTC\*\*/],
  ])('GIVEN a member WHEN they type "%s" THEN their zone is %s and the reply says how it was found', async (typed, zone, said) => {
    const ana = h.person('Ana');
    const out = await ana.run('set-timezone', typed);
    expect(out.outcome, ana.text()).toBe('ok');
    expect(ana.text()).toMatch(said);
    expect((await ana.profile()).timeZone).toBe(zone);
  });

  it('GIVEN a member in Berlin WHEN they type a name of no place and no zone THEN it is refused with examples and the zone stays', async () => {
    const ana = h.person('Ana');
    await ana.run('set-timezone', 'Europe/Berlin');
    const out = await ana.run('set-timezone', 'Atlantis Prime');
    expect(out.outcome).toBe('user-error');
    expect(ana.text()).toMatch(/"Atlantis Prime" is neither a place nor a time zone I know\. Write a city like New York/);
    expect((await ana.profile()).timeZone).toBe('Europe/Berlin');
  });

  it('GIVEN a place name shared by towns in different zones WHEN typed THEN the zones are named back to choose from and nothing changes', async () => {
    const ana = h.person('Ana');
    await ana.run('set-timezone', 'Europe/Berlin');
    const out = await ana.run('set-timezone', 'Portland');
    expect(out.outcome).toBe('user-error');
    expect(ana.text()).toMatch(/"Portland" spans several time zones: .*America\/Los_Angeles/);
    expect((await ana.profile()).timeZone).toBe('Europe/Berlin');
  });
});
