import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Harness, runner } from '../../support/harness.js';
import { createSession } from '../sessions/helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

describe('setting up a profile', () => {
  it('GIVEN a newcomer WHEN they run /setup and answer each question THEN the profile is complete and matchable', async () => {
    const ana = h.person('Ana');
    const first = await ana.run('setup');
    expect(first.replies[0]?.text).toMatch(/What do you train/);
    await ana.say('running, yoga');
    await ana.press(ana.button('Intermediate'));
    const place = await ana.say('Berlin, DE');
    expect(place.replies[0]?.prompt?.kind).toBe('text');
    await ana.say('15');
    await ana.say('weekday evenings, sat morning');
    const done = await ana.say('skip');
    expect(done.replies[0]?.title).toBe('Profile saved: Ana');
    const p = await ana.profile();
    expect(p).toMatchObject({ activities: ['running', 'yoga'], level: 'intermediate', radiusKm: 15, area: expect.stringMatching(/Berlin/), timeZone: 'Europe/Berlin' });
    expect(p.availability.length).toBeGreaterThanOrEqual(6);
  });

  it('GIVEN a person in the middle of /setup WHEN Spotter restarts THEN the next answer continues the same flow', async () => {
    const ana = h.person('Ana');
    await ana.run('setup');
    await ana.say('cycling');
    // A restart: a new dispatcher and core over the same store.
    const { Core } = await import('../../../src/core/core.js');
    const { Dispatcher } = await import('../../../src/interaction/dispatcher.js');
    const restarted = new Dispatcher(h.dispatcher.registry, new Core(h.core.deps), h.core.deps.log);
    const next = await restarted.handle(ana.invocation(), { kind: 'text', text: 'advanced' });
    expect(next.replies[0]?.text).toMatch(/Where do you train/);
    // Each answer is kept as it is given: the level answered after the restart is saved.
    expect(await ana.profile()).toMatchObject({ activities: ['cycling'], level: 'advanced' });
  });

  it('GIVEN conversation state written by an older version of the flow WHEN the person answers THEN it is dropped, not replayed', async () => {
    const ana = h.person('Ana');
    await ana.run('setup');
    const state = (await h.store.conversations.get(await ana.id(), h.now))!;
    await h.store.conversations.put({ ...state, version: state.version - 1 });
    const out = await ana.say('running');
    expect(out.replies[0]?.text).toMatch(/older version/);
    expect(await h.store.conversations.get(await ana.id(), h.now)).toBeNull();
    expect((await ana.profile()).activities).toEqual([]);
  });

  it('GIVEN a guided question WHEN the person types "cancel" THEN nothing is saved', async () => {
    const ana = h.person('Ana');
    await ana.run('setup');
    const out = await ana.say('cancel');
    expect(out.replies[0]?.text).toMatch(/Cancelled/);
    expect((await ana.profile()).activities).toEqual([]);
  });

  it('GIVEN everything in one line WHEN /setup has name: value pairs THEN it saves at once', async () => {
    const ben = h.person('Ben');
    const out = await ben.run('setup', 'activities: climbing, gym level: advanced place: Hamburg, DE radius: 20');
    expect(out.outcome).toBe('ok');
    expect(await ben.profile()).toMatchObject({ activities: ['climbing', 'gym'], level: 'advanced', radiusKm: 20, timeZone: 'Europe/Berlin' });
  });
});

describe('location', () => {
  it('GIVEN an ambiguous city WHEN set THEN the person chooses from a list, and the choice sets it', async () => {
    const cy = h.person('Cy');
    const out = await cy.run('set-location', 'Springfield');
    const select = out.replies[0]?.select;
    expect(select?.options.length).toBeGreaterThan(1);
    const illinois = select!.options.find((o) => /Illinois/.test(o.label))!;
    await cy.press({ action: select!.action }, illinois.value);
    expect((await cy.profile()).timeZone).toBe('America/Chicago');
  });

  it('GIVEN a shared GPS location WHEN no question is open THEN it becomes the home area, named but never echoed', async () => {
    const dee = h.person('Dee');
    const out = await dee.shareLocation(48.8584, 2.2945);
    expect(out.replies[0]?.text).toMatch(/Home area set to \*\*.*Paris/);
    expect((await dee.profile()).timeZone).toBe('Europe/Paris');
  });

  it('GIVEN "lat, lng" and a map link WHEN typed THEN both set the area; out of range is refused and nothing stored', async () => {
    const eve = h.person('Eve');
    expect((await eve.run('set-location', '40.7128, -74.0060')).replies[0]?.text).toMatch(/New York|Manhattan|Jersey/);
    expect((await eve.run('set-location', 'https://www.google.com/maps/@51.5074,-0.1278,14z')).replies[0]?.text).toMatch(/London|Westminster/);
    const bad = await eve.run('set-location', '95, 10');
    expect(bad.outcome).toBe('user-error');
    expect((await eve.profile()).timeZone).toBe('Europe/London');
  });
});

describe('bad input to every profile option gets a specific answer and stores nothing', () => {
  const cases: [string, string, RegExp][] = [
    ['set-activities', 'underwater basket weaving', /don't know the activity/],
    ['set-activities', '{"$gt": ""}', /don't know the activity/],
    ['set-activities', '🏃', /don't know the activity/],
    ['set-level', 'godlike', /level must be one of/],
    ['set-level', '{"$gt": ""}', /level must be one of/],
    ['set-radius', '0', /at least 1/],
    ['set-radius', '10000', /at most 200/],
    ['set-radius', 'far', /whole number/],
    ['set-radius', '🚲', /whole number/],
    ['set-bio', 'x'.repeat(5000), /too long/],
    ['set-name', 'x'.repeat(200), /too long/],
    ['set-availability', 'whenever the moon is full', /moon|don't understand|understand/i],
    ['set-timezone', 'Mars/Olympus', /neither a place nor a time zone/],
    ['set-timezone', '{"$gt": ""}', /neither a place nor a time zone/],
    ['set-location', 'Qwxzzyville', /find|know/i],
    ['set-location', '🏠', /find|know/i],
    ['notifications', 'quiet: 25-99', /Quiet hours look like/],
    ['notifications', 'reminders: soon', /Reminder times look like/],
    ['notifications', 'alerts: maybe', /on or off/],
  ];
  it.each(cases)('GIVEN a complete profile WHEN /%s %s THEN it is refused specifically', async (command, text, message) => {
    const ana = await runner(h, 'Ana');
    const before = await ana.profile();
    const out = await ana.run(command, text);
    expect(out.outcome).toBe('user-error');
    expect(ana.text()).toMatch(message);
    expect(await ana.profile()).toEqual(before);
  });

  it('GIVEN an empty value WHEN a required option is given as empty THEN the question is asked instead of storing blank', async () => {
    const ana = await runner(h, 'Ana');
    const out = await ana.run('set-name', '   ');
    expect(out.replies[0]?.text).toMatch(/display name/);
    expect((await ana.profile()).displayName).toBe('Ana');
  });
});

describe('pause, export and delete', () => {
  it('GIVEN a paused person WHEN someone nearby matches THEN they are not shown; resumed, they are', async () => {
    const ana = await runner(h, 'Ana');
    const ben = await runner(h, 'Ben');
    await ben.run('pause');
    expect((await ana.run('match')).replies[0]?.title).toBe('No matches yet');
    await ben.run('resume');
    expect(ana.text()).not.toMatch(/Ben/);
    await ana.run('match');
    expect(ana.text()).toMatch(/Ben/);
  });

  it('GIVEN a person with a pending join request WHEN they export THEN the JSON file has their profile and that request', async () => {
    const ana = await runner(h, 'Ana');
    const ben = await runner(h, 'Ben');
    const session = await createSession(h, ben);
    await ana.run('join', session.id);
    const out = await ana.run('export');
    const file = out.replies[0]?.file;
    expect(file?.mime).toBe('application/json');
    const data = JSON.parse(file!.content);
    expect(data.profile.displayName).toBe('Ana');
    expect(data.joinRequests).toMatchObject([{ sessionId: session.id, status: 'pending' }]);
  });

  it('GIVEN a person WHEN they confirm /delete-me THEN everything is gone; the confirm is not typeable', async () => {
    const ana = await runner(h, 'Ana');
    const id = await ana.id();
    expect((await ana.run('delete-me-confirm')).outcome).toBe('user-error');
    await ana.run('delete-me');
    await ana.press(ana.button('Yes, delete everything'));
    expect(await h.store.people.get(id)).toBeNull();
  });
});
