import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Harness, runner } from '../support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

const labels = (h: Harness) => (h.replies.at(-1)?.buttons ?? []).flat().map((b) => b.label);

describe('guided /setup keeps every good answer', () => {
  it('GIVEN an unreadable availability WHEN answered THEN only that question is asked again, with the reason and examples, and nothing moves on until it is answered', async () => {
    const ana = h.person('Ana');
    await ana.run('setup');
    for (const answer of ['running, yoga', 'intermediate', 'Berlin, DE', '15']) await ana.say(answer);
    const bad = await ana.say('whenever I feel like it');
    // THEN the reason and examples come with the same question, and nothing is lost.
    expect(bad.outcome).toBe('user-error');
    expect(ana.text()).toMatch(/I don't understand .* in your availability\. Try something like "weekday evenings, sat morning"/);
    expect(ana.text()).toMatch(/When can you train\?/);
    expect(labels(h)).toContain('Skip');
    expect(await ana.profile()).toMatchObject({ activities: ['running', 'yoga'], level: 'intermediate', radiusKm: 15, area: expect.stringMatching(/Berlin/) });
    // WHEN answered properly THEN the flow goes on to the next question.
    await ana.say('weekday evenings');
    expect(ana.text()).toMatch(/A few words about how you like to train/);
    expect((await ana.profile()).availability.length).toBeGreaterThan(0);
  });

  it('GIVEN someone who stopped halfway WHEN they run /setup again THEN their answers were kept and it resumes at the first missing piece, saying how far they got', async () => {
    const ben = h.person('Ben');
    await ben.run('setup');
    await ben.say('climbing');
    await ben.press(ben.button('Advanced'));
    await ben.say('Hamburg, DE');
    // Ben stops here (a new command ends the question).
    await ben.run('help');
    expect(await ben.profile()).toMatchObject({ activities: ['climbing'], level: 'advanced', area: expect.stringMatching(/Hamburg/), availability: [], bio: '' });

    await ben.run('setup');
    expect(ben.text()).toMatch(/Welcome back — 4 of 6 done/);
    expect(ben.text()).toMatch(/When can you train\?/);
    await ben.say('sat morning');
    await ben.say('Bouldering mostly');
    expect(ben.text()).toMatch(/Profile saved: Ben/);
    expect((await ben.profile()).bio).toBe('Bouldering mostly');
  });

  it('GIVEN a complete profile WHEN /setup runs THEN each piece is offered to change instead of starting over, and a button asks just that one', async () => {
    const cy = await runner(h, 'Cy', { availability: 'weekday evenings' });
    await cy.run('set-bio', 'Early runner');
    await cy.run('setup');
    expect(cy.text()).toMatch(/Your profile is complete\. What would you like to change\?/);
    expect(labels(h)).toEqual(['Activities', 'Level', 'Area', 'Radius', 'Availability', 'Bio']);
    await cy.press(cy.button('Radius'));
    expect(cy.text()).toMatch(/Travel radius in km/);
    await cy.say('30');
    expect((await cy.profile()).radiusKm).toBe(30);
  });
});

describe('guided /session-create', () => {
  async function berlinClub() {
    const mia = await runner(h, 'Mia', { community: 'berlin-runners' });
    const mod = h.person('Mia', { community: 'berlin-runners', admin: true });
    expect((await mod.run('place-add', 'name: Tiergarten gate location: 52.5163, 13.3777')).outcome).toBe('ok');
    return mia;
  }

  it('GIVEN a community with a meeting place WHEN the host is asked where THEN the place is a choice, and "Somewhere else" asks for a name; the optional steps show what skipping keeps', async () => {
    await berlinClub();
    const ana = await runner(h, 'Ana', { community: 'berlin-runners' });
    await ana.run('session-create');
    await ana.say('running');
    await ana.say('tomorrow 7am');
    expect(labels(h)).toEqual(['Tiergarten gate', 'Somewhere else', 'Cancel']);
    await ana.press(ana.button('Somewhere else'));
    expect(ana.text()).toMatch(/Which place\? Write its name/);
    expect(labels(h)).toEqual(['Cancel']);
    await ana.say('Berlin, DE');
    expect(ana.text()).toMatch(/Seats for others/);
    expect(ana.text()).toMatch(/Skipping keeps: 4 seats/);
    await ana.say('skip');
    expect(ana.text()).toMatch(/Skipping keeps: all levels/);
    await ana.say('skip');
    expect(ana.text()).toMatch(/How long.*\n?.*Skipping keeps: 60 minutes/s);
    // A duration nobody can read is asked again at once.
    expect((await ana.say('a while')).outcome).toBe('user-error');
    expect(ana.text()).toMatch(/How long/);
    await ana.say('skip');
    expect(ana.text()).toMatch(/Skipping keeps: Running session/);
    await ana.say('skip');
    expect(ana.text()).toMatch(/Skipping keeps: one-off/);
    await ana.say('skip');
    await ana.say('skip');
    expect(ana.text()).toMatch(/Session created: Running session/);
  });

  it('GIVEN the meeting place chosen with its button WHEN the rest is skipped THEN the session meets there', async () => {
    await berlinClub();
    const ana = await runner(h, 'Ana', { community: 'berlin-runners' });
    await ana.run('session-create', 'yoga');
    await ana.say('tomorrow 6pm');
    await ana.press(ana.button('Tiergarten gate'));
    for (let i = 0; i < 6; i++) await ana.say('skip');
    expect(ana.text()).toMatch(/Session created: Yoga session/);
    expect(ana.text()).toMatch(/Tiergarten gate/);
  });
});

describe('guided /session-create with many places or an ambiguous one', () => {
  it('GIVEN six meeting places WHEN the host is asked where THEN they come as one select, and choosing one answers', async () => {
    const mod = h.person('Mia', { community: 'berlin-runners', admin: true });
    await runner(h, 'Mia', { community: 'berlin-runners' });
    for (const n of [1, 2, 3, 4, 5, 6]) expect((await mod.run('place-add', `name: Gate ${n} location: 52.51${n}, 13.37${n}`)).outcome).toBe('ok');
    const ana = await runner(h, 'Ana', { community: 'berlin-runners' });
    await ana.run('session-create', 'running');
    await ana.say('tomorrow 7am');
    const question = h.replies.at(-1)!;
    expect(question.select?.options.map((o) => o.label)).toEqual(['Gate 1', 'Gate 2', 'Gate 3', 'Gate 4', 'Gate 5', 'Gate 6']);
    expect(labels(h)).toEqual(['Somewhere else', 'Cancel']);
    await ana.press({ action: question.select!.action }, 'Gate 4');
    expect(ana.text()).toMatch(/Seats for others/);
    for (let i = 0; i < 6; i++) await ana.say('skip');
    expect(ana.text()).toMatch(/Session created: Running session.*Gate 4/s);
  });

  it('GIVEN a place name shared by several towns WHEN given as the answer THEN the towns are offered as the choices of the same question', async () => {
    const ana = await runner(h, 'Ana', { place: 'Chicago, US', radius: 200 });
    await ana.run('session-create', 'running');
    await ana.say('tomorrow 7am');
    const out = await ana.say('Springfield');
    expect(out.outcome).toBe('ok');
    expect(ana.text()).toMatch(/Several places are called "Springfield"/);
    // Many towns: one select of them.
    const select = h.replies.at(-1)!.select!;
    const illinois = select.options.find((o) => /Illinois/.test(o.label))!;
    await ana.press({ action: select.action }, illinois.value);
    expect(ana.text()).toMatch(/Seats for others/);
  });
});

describe('a session place far from its community', () => {
  it('GIVEN a Berlin community WHEN a session is set at Atlantis THEN the host is asked, with the distance in words; Cancel stores nothing, and Create there creates it', async () => {
    const mod = h.person('Mia', { community: 'berlin-runners', admin: true });
    await runner(h, 'Mia', { community: 'berlin-runners' });
    await mod.run('place-add', 'name: Tiergarten gate location: 52.5163, 13.3777');
    const ana = await runner(h, 'Ana', { community: 'berlin-runners', radius: 200 });

    const asked = await ana.run('session-create', 'activity: running when: tomorrow 7am place: Atlantis');
    expect(asked.outcome).toBe('ok');
    expect(ana.text()).toMatch(/\*\*Atlantis.*\*\* is about [\d,]+ km from \*\*Tiergarten gate\*\*, where this community meets\. Create it there anyway\?/);
    expect(labels(h)).toEqual(['Create there', 'Cancel']);
    const create = ana.button('Create there');
    await ana.press(ana.button('Cancel'));
    expect(ana.text()).toMatch(/Not created: nothing was saved/);
    expect(await h.store.sessions.listForPerson(await ana.id(), ['open'], h.now)).toHaveLength(0);
    // The Create button of a cancelled question does nothing.
    expect((await ana.press(create)).outcome).toBe('user-error');
    expect(await h.store.sessions.listForPerson(await ana.id(), ['open'], h.now)).toHaveLength(0);

    await ana.run('session-create', 'activity: running when: tomorrow 7am place: Atlantis capacity: 6');
    await ana.press(ana.button('Create there'));
    expect(ana.text()).toMatch(/Session created: Running session/);
    const [s] = await h.store.sessions.listForPerson(await ana.id(), ['open'], h.now);
    expect(s).toMatchObject({ capacity: 6, place: { label: expect.stringMatching(/Atlantis/) } });
  });

  it('GIVEN a session at the community\'s meeting place WHEN its host moves it to Atlantis with /session-edit THEN the same question is asked; Cancel keeps it, and Move it there moves it once', async () => {
    const mod = h.person('Mia', { community: 'berlin-runners', admin: true });
    await runner(h, 'Mia', { community: 'berlin-runners' });
    await mod.run('place-add', 'name: Tiergarten gate location: 52.5163, 13.3777');
    const ana = await runner(h, 'Ana', { community: 'berlin-runners', radius: 200 });
    await ana.run('session-create', 'activity: running when: tomorrow 7am place: Tiergarten gate');
    const [s] = await h.store.sessions.listForPerson(await ana.id(), ['open'], h.now);

    await ana.run('session-edit', `${s!.id} place: Atlantis title: Far away run`);
    expect(ana.text()).toMatch(/\*\*Atlantis.*\*\* is about [\d,]+ km from \*\*Tiergarten gate\*\*, where this community meets\. Move the session there anyway\?/);
    expect(labels(h)).toEqual(['Move it there', 'Cancel']);
    const move = ana.button('Move it there');
    await ana.press(ana.button('Cancel'));
    expect(ana.text()).toMatch(/Not changed: the session stays as it was/);
    await ana.press(move);
    expect(ana.text()).toMatch(/Already done/);
    expect(await h.store.sessions.get(s!.id)).toMatchObject({ title: s!.title, place: { label: 'Tiergarten gate' } });

    await ana.run('session-edit', `${s!.id} place: Atlantis title: Far away run`);
    const again = ana.button('Move it there');
    await ana.press(again);
    expect(ana.text()).toMatch(/Session updated|Far away run/);
    expect(await h.store.sessions.get(s!.id)).toMatchObject({ title: 'Far away run', place: { label: expect.stringMatching(/Atlantis/) } });
    await ana.press(again);
    expect(ana.text()).toMatch(/Already done/);
  });

  it('GIVEN members who train near a place WHEN a session is set there THEN it is created without a question', async () => {
    await runner(h, 'Pia', { place: 'Potsdam, DE', community: 'berlin-runners' });
    const ana = await runner(h, 'Ana', { community: 'berlin-runners', radius: 50 });
    await ana.run('session-create', 'activity: running when: tomorrow 7am place: Potsdam, DE');
    expect(ana.text()).toMatch(/Session created/);
  });

  it('GIVEN a host in a private chat WHEN the place is beyond the radius they travel THEN they are asked, naming their own area and radius', async () => {
    const ana = await runner(h, 'Ana');
    await ana.run('session-create', 'activity: running when: tomorrow 7am place: Hamburg, DE');
    expect(ana.text()).toMatch(/\*\*Hamburg, DE\*\* is about \d+ km from your area \(Berlin.*\), farther than the 15 km you travel/);
    expect(await h.store.sessions.listForPerson(await ana.id(), ['open'], h.now)).toHaveLength(0);
  });
});
