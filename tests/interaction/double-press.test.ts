import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Actor, Harness, runner } from '../support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

const ALREADY = /Already done: this question was answered, and its buttons work only once\./;

/** Ana hosts in a Berlin community that meets at Tiergarten gate, and is asked about Atlantis. */
async function askedAboutAtlantis(): Promise<Actor> {
  const mod = h.person('Mia', { community: 'berlin-runners', admin: true });
  await runner(h, 'Mia', { community: 'berlin-runners' });
  await mod.run('place-add', 'name: Tiergarten gate location: 52.5163, 13.3777');
  const ana = await runner(h, 'Ana', { community: 'berlin-runners', radius: 200 });
  await ana.run('session-create', 'activity: running when: tomorrow 7am place: Atlantis');
  expect(ana.text()).toMatch(/Create it there anyway\?/);
  return ana;
}

const openSessions = async (a: Actor) => h.store.sessions.listForPerson(await a.id(), ['open'], h.now);

describe('a confirmation answers once', () => {
  it('GIVEN the far-place question WHEN "Create there" is pressed twice THEN one session is created and the second press hears it was already done', async () => {
    const ana = await askedAboutAtlantis();
    const create = ana.button('Create there');
    await ana.press(create);
    expect(ana.text()).toMatch(/Session created: Running session/);
    const again = await ana.press(create);
    expect(again.outcome).toBe('user-error');
    expect(ana.text()).toMatch(ALREADY);
    expect(await openSessions(ana)).toHaveLength(1);
  });

  it('GIVEN the far-place question WHEN "Create there" is pressed twice at the same moment (a double click) THEN exactly one session exists', async () => {
    const ana = await askedAboutAtlantis();
    const create = ana.button('Create there');
    const outcomes = await Promise.all([ana.press(create), ana.press(create)]);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['ok', 'user-error']);
    expect(await openSessions(ana)).toHaveLength(1);
  });

  it('GIVEN a session created from the far-place question WHEN its Cancel is pressed after THEN nothing is undone and the answer says it was already done', async () => {
    const ana = await askedAboutAtlantis();
    const cancel = ana.button('Cancel');
    await ana.press(ana.button('Create there'));
    await ana.press(cancel);
    expect(ana.text()).toMatch(ALREADY);
    expect(ana.text()).not.toMatch(/Not created/);
    expect(await openSessions(ana)).toHaveLength(1);
  });

  it('GIVEN a cancelled far-place question WHEN "Create there" is pressed after THEN it says the question was answered and creates nothing', async () => {
    const ana = await askedAboutAtlantis();
    const create = ana.button('Create there');
    await ana.press(ana.button('Cancel'));
    await ana.press(create);
    expect(ana.text()).toMatch(ALREADY);
    expect(await openSessions(ana)).toHaveLength(0);
  });

  it('GIVEN /delete-me WHEN "Yes, delete everything" is pressed twice THEN the second press hears it was already done (not an error about an unknown person)', async () => {
    const zoe = await runner(h, 'Zoe');
    await zoe.run('delete-me');
    const yes = zoe.button('Yes, delete everything');
    await zoe.press(yes);
    expect(zoe.text()).toMatch(/deleted/i);
    const again = await zoe.press(yes);
    expect(again.outcome).toBe('user-error');
    expect(zoe.text()).toMatch(ALREADY);
  });

  it('GIVEN /delete-me answered with Cancel WHEN its Yes is pressed after THEN nothing is deleted and the answer says it was already answered', async () => {
    const zoe = await runner(h, 'Zoe');
    await zoe.run('delete-me');
    const yes = zoe.button('Yes, delete everything');
    await zoe.press(zoe.button('Cancel'));
    await zoe.press(yes);
    expect(zoe.text()).toMatch(ALREADY);
    expect((await zoe.profile()).activities).toEqual(['running']);
  });

  it('GIVEN a button that is no confirmation (Export on /profile) WHEN pressed twice THEN both presses work', async () => {
    const ana = await runner(h, 'Ana');
    await ana.run('profile');
    const exported = ana.button('Export my data');
    expect((await ana.press(exported)).outcome).toBe('ok');
    expect((await ana.press(exported)).outcome).toBe('ok');
  });
});
