import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CANDIDATE_POOL } from '../../../src/core/matching.js';
import { point } from '../../../src/domain/geo.js';
import { makeProfile } from '../../support/fixtures.js';
import { Harness, runner } from '../../support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

describe('matching', () => {
  it('GIVEN two runners in Berlin WHEN one asks for matches THEN the other is suggested with the reasons in words', async () => {
    const ana = await runner(h, 'Ana', { place: '52.52, 13.40', availability: 'weekday evenings' });
    await runner(h, 'Ben', { place: '52.51, 13.45', availability: 'mon-fri 18-20' });
    const out = await ana.run('match');
    const field = out.replies[0]!.fields![0]!;
    expect(field.name).toMatch(/^#1 Ben/);
    expect(field.value).toMatch(/both run/);
    expect(field.value).toMatch(/both intermediate/);
    expect(field.value).toMatch(/5 evenings overlap/);
    expect(field.value).toMatch(/~4 km away/);
  });

  it('GIVEN people at the very same spot WHEN matched THEN the distance says "under 1 km", nothing finer', async () => {
    const ana = await runner(h, 'Ana', { place: '52.52, 13.40' });
    await runner(h, 'Ben', { place: '52.52, 13.40' });
    await ana.run('match');
    expect(ana.text()).toMatch(/under 1 km away/);
  });

  it('GIVEN a closer level and shared evenings WHEN ranked THEN that person comes first', async () => {
    const ana = await runner(h, 'Ana', { availability: 'weekday evenings', level: 'intermediate' });
    await runner(h, 'Far-off level', { level: 'advanced', availability: 'sat morning' });
    await runner(h, 'Good fit', { level: 'intermediate', availability: 'weekday evenings' });
    const out = await ana.run('match');
    expect(out.replies[0]!.fields!.map((f) => f.name.split(' ')[1])).toEqual(['Good', 'Far-off']);
  });

  it('GIVEN evenings in Berlin and mornings in New York WHEN matched across zones THEN the overlap is computed in real time', async () => {
    // 18–20 in Berlin is 12–14 in New York: a New Yorker free at lunch overlaps, one free in the evening does not.
    const ana = await runner(h, 'Ana', { availability: 'weekday 18-20', radius: 200 });
    const lunch = h.person('NY lunch');
    await lunch.run('setup', 'activities: running level: intermediate place: 52.52, 13.40 radius: 200 availability: weekday 12-14');
    await lunch.run('set-timezone', 'America/New_York');
    await lunch.run('set-availability', 'weekday 12-14');
    const evening = h.person('NY evening');
    await evening.run('setup', 'activities: running level: intermediate place: 52.52, 13.40 radius: 200');
    await evening.run('set-timezone', 'America/New_York');
    await evening.run('set-availability', 'weekday 18-20');
    const out = await ana.run('match');
    const byName = Object.fromEntries(out.replies[0]!.fields!.map((f) => [f.name.replace(/^#\d+ /, '').split(' · ')[0], f.value]));
    expect(byName['NY lunch']).toMatch(/overlap/);
    expect(byName['NY evening']).not.toMatch(/overlap/);
  });

  it('GIVEN someone whose own radius does not reach me WHEN I match THEN they are not suggested (mutual reach)', async () => {
    const ana = await runner(h, 'Ana', { place: 'Berlin, DE', radius: 50 });
    await runner(h, 'Homebody', { place: 'Potsdam, DE', radius: 5 });
    await runner(h, 'Traveller', { place: 'Potsdam, DE', radius: 50 });
    await ana.run('match');
    expect(ana.text()).toMatch(/Traveller/);
    expect(ana.text()).not.toMatch(/Homebody/);
  });

  it('GIVEN no shared activity WHEN matching THEN nobody is suggested and the reply says what to try', async () => {
    const ana = await runner(h, 'Ana', { activities: 'yoga' });
    await runner(h, 'Ben', { activities: 'climbing' });
    const out = await ana.run('match');
    expect(out.replies[0]!.title).toBe('No matches yet');
  });

  it('GIVEN an incomplete profile WHEN asking for matches THEN the person is told what to finish', async () => {
    const out = await h.person('Newbie').run('match');
    expect(out.outcome).toBe('user-error');
    expect(out.replies[0]!.text).toMatch(/Finish your profile/);
  });

  it('GIVEN twelve runners WHEN paging THEN each page has five, numbered on, with Next/Previous', async () => {
    const ana = await runner(h, 'Ana');
    for (let i = 0; i < 12; i++) await runner(h, `R${String(i).padStart(2, '0')}`);
    const p1 = await ana.run('match');
    expect(p1.replies[0]!.title).toMatch(/page 1 of 3/);
    const p2 = await ana.press(ana.button('Next ▶'));
    expect(p2.replies[0]!.fields!.map((f) => f.name.split(' ')[0])).toEqual(['#6', '#7', '#8', '#9', '#10']);
    const p3 = await ana.run('match', '3');
    expect(p3.replies[0]!.fields).toHaveLength(2);
  });

  it("GIVEN a match list WHEN someone else presses Ana's Connect button THEN it is refused", async () => {
    const ana = await runner(h, 'Ana');
    await runner(h, 'Ben');
    const mallory = await runner(h, 'Mallory');
    const out = await ana.run('match');
    const replayed = await mallory.press(ana.button(/Connect with/, out.replies));
    expect(replayed.outcome).toBe('user-error');
    expect(replayed.replies[0]!.text).toMatch(/isn't for you/);
  });

  it('GIVEN a made-up button id WHEN pressed THEN nothing happens but a clear message', async () => {
    const ana = await runner(h, 'Ana');
    const out = await ana.press({ action: 'forged-action-id-123' });
    expect(out.replies[0]!.text).toMatch(/expired/);
  });

  it('GIVEN more people in reach than are ranked WHEN matching THEN a better fit further away still wins and the footer says of how many', async () => {
    const ana = await runner(h, 'Ana', { place: '52.52, 13.405', availability: 'weekday evenings', radius: 15 });
    // CANDIDATE_POOL + 10 near but poorer fits: other activities too, another level, no shared time.
    for (let i = 0; i < CANDIDATE_POOL + 10; i++)
      await h.store.people.insert(makeProfile({ displayName: `Near ${i}`, at: point(52.52 + (i % 20) * 0.0004, 13.405 + Math.floor(i / 20) * 0.0004), activities: ['running', 'climbing', 'swimming'], level: 'advanced', radiusKm: 15 }));
    const evenings = [1, 2, 3, 4, 5].map((day) => ({ day: day as 1 | 2 | 3 | 4 | 5, start: 18 * 60, end: 22 * 60 }));
    await h.store.people.insert(makeProfile({ displayName: 'Best Fit', at: point(52.56, 13.45), activities: ['running'], level: 'intermediate', availability: evenings, radiusKm: 15 }));
    const out = await ana.run('match');
    const reply = out.replies[0]!;
    expect(reply.fields![0]!.name).toMatch(/^#1 Best Fit/);
    const inReach = CANDIDATE_POOL + 11;
    expect(reply.text).toMatch(new RegExp(`^${inReach} people fit\\.`));
    expect(reply.text).toMatch(new RegExp(`Best 5 of ${inReach} people in reach\\.`));
    const page2 = await ana.press(ana.button('Next ▶'));
    expect(page2.replies[0]!.text).toMatch(new RegExp(`#6–10 of the best ${CANDIDATE_POOL}, out of ${inReach} people in reach\\.`));
  });

  it('GIVEN everyone in reach is ranked WHEN matching THEN no "best of" footer is shown', async () => {
    const ana = await runner(h, 'Ana');
    await runner(h, 'Ben');
    await ana.run('match');
    expect(ana.text()).toMatch(/1 person fits\./);
    expect(ana.text()).not.toMatch(/in reach/);
  });
});
