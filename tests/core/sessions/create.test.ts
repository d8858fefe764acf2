import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { point } from '../../../src/domain/geo.js';
import { timeTag } from '../../../src/interaction/reply.js';
import { Harness, runner, textOf } from '../../support/harness.js';
import { communityId, createSession, curatePlaces, hostedBy } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

describe('creating a session', () => {
  it('GIVEN a host in Berlin and one in New York WHEN both say "tomorrow 7am" THEN each gets 7:00 in their own zone, two different instants', async () => {
    const berlin = await runner(h, 'Bea', { place: 'Berlin, DE' });
    const newYork = await runner(h, 'Nico', { place: 'New York, US' });
    const b = await createSession(h, berlin, 'activity: running when: tomorrow 7am place: Berlin, DE');
    const n = await createSession(h, newYork, 'activity: running when: tomorrow 7am place: New York, US');
    // T0 is Sat 21 Nov 2026 12:00 UTC: Berlin is UTC+1 and New York UTC-5 then.
    expect(b.startsAt.toISOString()).toBe('2026-11-22T06:00:00.000Z');
    expect(n.startsAt.toISOString()).toBe('2026-11-22T12:00:00.000Z');
    expect(b.timeZone).toBe('Europe/Berlin');
    expect(n.timeZone).toBe('America/New_York');
    expect(newYork.text()).toContain(timeTag(n.startsAt, 'F'));
  });

  it('GIVEN a runner WHEN creating with every option THEN the session keeps them all and the host is told what was made', async () => {
    const ana = await runner(h, 'Ana');
    const s = await createSession(
      h,
      ana,
      'activity: jogging when: sat 9:30 place: Berlin, DE capacity: 6 levels: beginner-intermediate duration: 1h30 title: Slow Saturday loop notes: 6:30/km, bring water weekly: yes',
    );
    expect(s).toMatchObject({
      activity: 'running',
      title: 'Slow Saturday loop',
      notes: '6:30/km, bring water',
      capacity: 6,
      durationMinutes: 90,
      levels: { min: 'beginner', max: 'intermediate' },
      recurrence: 'weekly',
      status: 'open',
      communityId: null,
      place: { label: 'Berlin, DE' },
    });
    expect(s.startsAt.toISOString()).toBe('2026-11-28T08:30:00.000Z');
    expect(ana.text()).toMatch(/Session created: Slow Saturday loop/);
    expect(ana.text()).toMatch(/6 of 6 seats left/);
  });

  it('GIVEN no title WHEN created THEN the title comes from the activity, with defaults for seats, level and length', async () => {
    const ana = await runner(h, 'Ana');
    const s = await createSession(h, ana, 'activity: yoga when: tomorrow 18:00 place: Berlin, DE');
    expect(s).toMatchObject({ title: 'Yoga session', capacity: 4, durationMinutes: 60, levels: { min: 'beginner', max: 'advanced' }, recurrence: 'none' });
  });

  it('GIVEN a member of a community WHEN creating THEN it belongs to the community and is announced publicly with time, place, level, seats and a join button for anyone', async () => {
    const ana = await runner(h, 'Ana', { community: 'berlin-runners' });
    const s = await createSession(h, ana, 'activity: running when: tomorrow 7am place: Berlin, DE capacity: 4 levels: intermediate-advanced');
    expect(s.communityId).toBe(await communityId(h, 'berlin-runners'));
    expect(h.posts).toHaveLength(1);
    const post = h.posts[0]!;
    expect(post.reply.visibility).toBe('public');
    const text = textOf(post.reply);
    expect(text).toContain('Running');
    expect(text).toContain(timeTag(s.startsAt, 'F'));
    expect(text).toContain('Berlin, DE');
    expect(text).toContain('intermediate–advanced');
    expect(text).toContain('4 of 4 seats left');
    const join = post.reply.buttons!.flat().find((b) => b.label === 'Request to join')!;
    expect((await h.store.actions.get(join.action, h.now))?.actorId).toBeNull();
    expect(s.announcements).toEqual([{ community: post.community.key, channelId: 'main', messageId: post.messageId }]);
    expect(ana.text()).toMatch(/announced in the community/);
  });

  it('GIVEN a private chat with no community WHEN creating THEN nothing is announced and the session belongs to no community', async () => {
    const ana = await runner(h, 'Ana');
    const s = await createSession(h, ana);
    expect(s.communityId).toBeNull();
    expect(h.posts).toHaveLength(0);
  });

  it('GIVEN curated meeting places WHEN the host names one (any case, or part of its name) THEN the session meets there under that name', async () => {
    const ana = await runner(h, 'Ana', { community: 'berlin-runners' });
    await curatePlaces(h, 'berlin-runners', [
      { name: 'Tempelhofer Feld, north gate', point: point(52.4815, 13.3906) },
      { name: 'Volkspark Friedrichshain', point: point(52.5277, 13.4341) },
    ]);
    const exact = await createSession(h, ana, 'activity: running when: tomorrow 7am place: volkspark friedrichshain');
    expect(exact.place.label).toBe('Volkspark Friedrichshain');
    expect(exact.place.point.coordinates).toEqual([13.4341, 52.5277]);
    const partial = await createSession(h, ana, 'activity: running when: tomorrow 8am place: tempelhofer');
    expect(partial.place.label).toBe('Tempelhofer Feld, north gate');
    expect(textOf(h.posts[1]!.reply)).toContain('Tempelhofer Feld, north gate');
  });

  it('GIVEN a place name shared by several towns WHEN creating THEN the host picks one from a list and the session is created there', async () => {
    const ana = await runner(h, 'Ana', { place: 'Chicago, US' });
    const out = await ana.run('session-create', 'activity: running when: tomorrow 7am place: Springfield capacity: 3');
    expect(await hostedBy(h, ana)).toHaveLength(0);
    const select = out.replies[0]!.select!;
    expect(select.options.length).toBeGreaterThan(1);
    const illinois = select.options.find((o) => /Illinois/.test(o.label))!;
    await ana.press({ action: select.action }, illinois.value);
    // Springfield is beyond the 15 km Ana travels from Chicago: she says yes to it.
    expect(ana.text()).toMatch(/farther than the 15 km you travel/);
    const picked = await ana.press(ana.button('Create there'));
    expect(picked.outcome, ana.text()).toBe('ok');
    const [s] = await hostedBy(h, ana);
    expect(s).toMatchObject({ place: { label: illinois.label }, capacity: 3 });
  });

  it('GIVEN no options at all WHEN running session-create THEN it asks step by step and creates the session at the end', async () => {
    const ana = await runner(h, 'Ana');
    await ana.run('session-create');
    expect(ana.text()).toMatch(/What you will do/);
    for (const answer of ['climbing', 'tomorrow 19:00', 'Berlin, DE', '3', 'all', 'skip', 'skip', 'skip', 'skip']) await ana.say(answer);
    expect(ana.text()).toMatch(/Session created: Climbing session/);
    const [s] = await hostedBy(h, ana);
    expect(s).toMatchObject({ activity: 'climbing', capacity: 3, notes: '' });
  });

  it('GIVEN someone banned in the community WHEN they try to create a session there THEN they are refused and nothing is stored', async () => {
    const ana = await runner(h, 'Ana', { community: 'berlin-runners' });
    const mod = await runner(h, 'Mo', { community: 'berlin-runners' });
    await h.store.communities.ban(await communityId(h, 'berlin-runners'), { personId: await ana.id(), by: await mod.id(), reason: 'spam', at: h.now, identities: [], laterIds: [] });
    const out = await ana.run('session-create', 'activity: running when: tomorrow 7am place: Berlin, DE');
    expect(out.outcome).toBe('user-error');
    expect(ana.text()).toMatch(/banned/);
    expect(await hostedBy(h, ana)).toHaveLength(0);
    expect(h.posts).toHaveLength(0);
  });
});

describe('bad input to session-create', () => {
  const base = { activity: 'running', when: 'tomorrow 7am', place: 'Berlin, DE' };
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['a time in the past', { when: 'yesterday 7am' }, /already passed/],
    ['a date with no time of day', { when: 'tomorrow' }, /needs a time of day/],
    ['capacity 0', { capacity: 0 }, /capacity must be at least 1/i],
    ['capacity 10,000', { capacity: 10_000 }, /capacity can be at most 50/i],
    ['capacity as words', { capacity: 'lots' }, /capacity must be a whole number/i],
    ['an unknown activity', { activity: 'underwater basket weaving' }, /don't know the activity "underwater basket weaving"/],
    ['5,000 characters of notes', { notes: 'x'.repeat(5000) }, /The notes are too long: keep them under 500 characters/],
    ['a query object as the title', { title: { $gt: '' } }, /title must be text/i],
    ['a query object as the time', { when: { $gt: '' } }, /time must be text/i],
    ['a query object as the place', { place: { $gt: '' } }, /place must be text/i],
    ['a query object typed as text for the time', { when: '{"$gt": ""}' }, /couldn't find a date or time/],
    ['a query object typed as text for the place', { place: '{"$gt": ""}' }, /couldn't find a place/],
    ['emoji as the activity', { activity: '🏃‍♀️' }, /don't know the activity/],
    ['emoji as the time', { when: '🏃🏃🏃' }, /couldn't find a date or time/],
    ['emoji as the capacity', { capacity: '💪' }, /capacity must be a whole number/i],
    ['an unknown place', { place: 'Qwzxyville' }, /couldn't find a place called "Qwzxyville"/],
    ['an unknown level range', { levels: 'expert' }, /level range must be one of/i],
    ['an unreadable duration', { duration: 'a while' }, /couldn't read "a while" as a duration/],
    ['a 12-hour duration', { duration: '12h' }, /between 10 minutes and 10 hours/],
    ['a title of spaces only', { title: '   \u0007 ' }, /title can't be empty/i],
    ['a time too far ahead', { when: '2027-12-01 07:00' }, /more than 180 days away/],
  ];

  it.each(cases)('GIVEN %s WHEN creating THEN a specific message and nothing stored', async (_what, override, message) => {
    const ana = await runner(h, 'Ana', { community: 'berlin-runners' });
    const out = await ana.runWith('session-create', { ...base, ...override });
    expect(out.outcome).toBe('user-error');
    expect(ana.text()).toMatch(message);
    expect(await hostedBy(h, ana)).toHaveLength(0);
    expect(h.posts).toHaveLength(0);
  });

  it('GIVEN an empty time WHEN creating THEN the time is asked for and nothing is stored until it is given', async () => {
    const ana = await runner(h, 'Ana');
    const out = await ana.runWith('session-create', { ...base, when: '  ' });
    expect(out.replies[0]!.text).toMatch(/When it starts/);
    expect(await hostedBy(h, ana)).toHaveLength(0);
    await ana.say('sun 10am');
    expect(await hostedBy(h, ana)).toHaveLength(1);
  });

  it('GIVEN emoji in the title WHEN creating THEN they are kept as written', async () => {
    const ana = await runner(h, 'Ana');
    const s = await createSession(h, ana, 'activity: running when: tomorrow 7am place: Berlin, DE title: 🏃 Sunrise run 🌅');
    expect(s.title).toBe('🏃 Sunrise run 🌅');
  });
});
