import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Harness, runner } from '../../support/harness.js';
import { createSession } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

const titles = (text: string) => text.split('\n').flatMap((l) => /^\*\*\d+\. (.+?)\*\*/.exec(l)?.[1] ?? []);

describe('lists in the order people think', () => {
  it('GIVEN sessions next door next month and across town tomorrow WHEN I browse THEN soonest first within my distance, and a larger distance adds sessions in time order', async () => {
    h = await Harness.create({ limits: { 'session-create': { points: 10, windowMs: 86_400_000 } } });
    const me = await runner(h, 'Ana', { place: '52.52, 13.40' });
    const host = await runner(h, 'Hana', { place: '52.52, 13.40', radius: 40 });
    await createSession(h, host, 'activity: running when: 2026-12-19 7am place: 52.521, 13.401 title: Next door in December');
    await createSession(h, host, 'activity: running when: tomorrow 6pm place: 52.52, 13.46 title: Tomorrow evening across town');
    await createSession(h, host, 'activity: running when: 2026-11-24 7am place: 52.521, 13.401 title: Tuesday next door');
    await createSession(h, host, 'activity: running when: tomorrow 7am place: 52.53, 13.45 title: Tomorrow morning across town');
    await createSession(h, host, 'activity: running when: tomorrow 6am place: Potsdam, DE title: Early in Potsdam');

    await me.run('sessions');
    expect(titles(me.text())).toEqual(['Tomorrow morning across town', 'Tomorrow evening across town', 'Tuesday next door', 'Next door in December']);

    // A distance filter widens or narrows the circle; the order stays by start.
    await me.run('sessions', 'distance: 40');
    expect(titles(me.text())).toEqual(['Early in Potsdam', 'Tomorrow morning across town', 'Tomorrow evening across town', 'Tuesday next door', 'Next door in December']);
    await me.run('sessions', 'distance: 1');
    expect(titles(me.text())).toEqual(['Tuesday next door', 'Next door in December']);

    // Numbers follow the order shown: /session 1 is tomorrow morning's.
    await me.run('sessions');
    await me.run('session', '1');
    expect(me.text()).toMatch(/Tomorrow morning across town/);
  });

  it('GIVEN one page of matches WHEN I ask for page 40 or 99 THEN I am told there is only 1 page, with a button that shows it', async () => {
    const ana = await runner(h, 'Ana', { place: '52.52, 13.40' });
    await runner(h, 'Ben', { place: '52.51, 13.45' });
    for (const page of ['page: 40', 'page: 99']) {
      const out = await ana.run('match', page);
      expect(out.replies[0]!.text).toBe('There is only 1 page of matches.');
      expect(out.replies[0]!.title).toBeUndefined();
    }
    const shown = await ana.press(ana.button('Show it'));
    expect(shown.replies[0]!.fields![0]!.name).toMatch(/^#1 Ben/);
  });

  it('GIVEN twelve sessions nearby WHEN I ask for page 4 THEN I am told there are only 3 pages, and the button opens the last one with my filters', async () => {
    h = await Harness.create({ limits: { 'session-create': { points: 12, windowMs: 86_400_000 } } });
    const me = await runner(h, 'Ana', { place: '52.52, 13.40' });
    const host = await runner(h, 'Hana', { place: '52.52, 13.40', radius: 40 });
    for (let i = 0; i < 12; i++) await createSession(h, host, `activity: running when: tomorrow ${7 + i}:00 place: 52.52, 13.40 title: S${String(i).padStart(2, '0')}`);

    const out = await me.run('sessions', 'activity: running page: 4');
    expect(out.replies[0]!.text).toBe('There are only 3 pages of sessions.');
    await me.press(me.button('Show page 3'));
    expect(me.last!.replies[0]!.title).toBe('Sessions near you · page 3 of 3');
    expect(titles(me.text())).toEqual(['S10', 'S11']);

    // With nothing at all, the truth is that there is nothing, whatever the page.
    expect((await me.run('sessions', 'activity: yoga page: 2')).replies[0]!.title).toBe('No sessions found');
  });
});
