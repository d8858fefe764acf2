import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { communityKey, userKey } from '../../../src/domain/platform.js';
import { type Actor, Harness, runner, textOf } from '../../support/harness.js';

const C = 'berlin-runners';

let h: Harness;
afterEach(() => h.assertNoCoordinatesLeaked());

const community = async () => (await h.store.communities.getByKey(communityKey('console', C)))!;

describe('reports are pushed to moderators', () => {
  let mia: Actor;
  let ana: Actor;
  let ben: Actor;
  beforeEach(async () => {
    h = await Harness.create({ settings: { owners: [userKey('console', 'olga')] } });
    mia = h.person('Mia', { community: C, admin: true });
    await mia.run('mod-settings');
    ana = await runner(h, 'Ana', { community: C });
    ben = await runner(h, 'Ben', { community: C });
  });

  it('GIVEN Mia moderates WHEN Ana reports Ben THEN Mia alone is told, with the context and a button that opens it from her private chat', async () => {
    expect((await community()).moderators.map((m) => m.personId)).toEqual([await mia.id()]);
    await ana.run('report', `person: ${await ben.id()} reason: followed me after the run`);
    expect(ana.last?.outcome, ana.text()).toBe('ok');

    const notice = mia.lastInbox();
    expect(notice.title).toBe(`New report in ${C}`);
    expect(textOf(notice)).toMatch(/Ana reported/);
    expect(textOf(notice)).toMatch(/Person: \*\*Ben\*\*/);
    expect(textOf(notice)).toMatch(/followed me after the run/);
    expect(ana.inbox()).toEqual([]);
    expect(ben.inbox()).toEqual([]);

    const dm = mia.in(null);
    await dm.press(mia.button('Open report', [notice]));
    expect(dm.last?.outcome, dm.text()).toBe('ok');
    expect(dm.text()).toMatch(new RegExp(`Report in ${C}`));
    expect(dm.text()).toMatch(/followed me after the run/);
    expect(dm.text()).toMatch(/\/reports lists it/);

    // Her button is hers: Ben pressing it gets nothing.
    await ben.press(mia.button('Open report', [notice]));
    expect(ben.text()).toMatch(/isn't for you/);
    // Nor can anyone type it.
    await ben.run('report-open', 'abcdefghijkl');
    expect(ben.text()).toMatch(/I don't know \/report-open/);
  });

  it('GIVEN Mia lost her moderator rights WHEN a report arrives THEN she is not told (the owner is) and her old button opens nothing', async () => {
    await ana.run('report', `person: ${await ben.id()} reason: first`);
    const old = mia.lastInbox();
    const olga = h.person('Olga');
    await olga.run('help');

    // She acts in the community without rights: the platform no longer says she moderates.
    const demoted = mia.in(C, { admin: false });
    await demoted.run('places');
    expect((await community()).moderators).toEqual([]);

    const cara = await runner(h, 'Cara', { community: C });
    await cara.run('report', `person: ${await ben.id()} reason: second`);
    expect(mia.inbox()).toHaveLength(1);
    expect(textOf(olga.lastInbox())).toMatch(/second/);

    const dm = mia.in(null);
    await dm.press(mia.button('Open report', [old]));
    expect(dm.text()).toMatch(/can't find that report/);
    expect(dm.text()).not.toMatch(/first/);
  });

  it('GIVEN a report about the only moderator WHEN it arrives THEN she is not told about herself; the owner is', async () => {
    const olga = h.person('Olga');
    await olga.run('help');
    await ana.run('report', `person: ${await mia.id()} reason: abusing her role`);
    expect(mia.inbox()).toEqual([]);
    expect(textOf(olga.lastInbox())).toMatch(/abusing her role/);
  });

  it('GIVEN bad input WHEN someone reports THEN the specific answer comes back, nothing is stored and no moderator is bothered', async () => {
    const before = await h.store.reports.listOpen((await community()).id, 10);
    await ana.run('report', `person: ${await ben.id()} reason: ${'x'.repeat(501)}`);
    expect(ana.last?.outcome).toBe('user-error');
    expect(ana.text()).toMatch(/500/);
    await ana.run('report', `person: ${await ana.id()} reason: me`);
    expect(ana.text()).toMatch(/You can't report yourself/);
    await ana.run('report', 'reason: nothing named');
    expect(ana.text()).toMatch(/Say what you are reporting/);
    expect(await h.store.reports.listOpen((await community()).id, 10)).toEqual(before);
    expect(mia.inbox()).toEqual([]);
  });
});
