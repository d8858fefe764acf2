import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { timeTag } from '../../../src/interaction/reply.js';
import { Harness, runner } from '../../support/harness.js';
import { communityId, createSession } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

/** Lines of the list in my last reply, "**1. Title** · …". */
const lines = (text: string) => text.split('\n').filter((l) => /^\*\*\d+\. /.test(l));
const titles = (text: string) => lines(text).map((l) => /^\*\*\d+\. (.+?)\*\*/.exec(l)![1]);

describe('browsing sessions nearby', () => {
  it('GIVEN sessions at different distances WHEN I browse THEN those within my distance are listed, each with time tag, area name, rounded distance and seats — never coordinates', async () => {
    const me = await runner(h, 'Ana', { place: '52.52, 13.40' });
    const host = await runner(h, 'Hana', { place: '52.52, 13.40', radius: 40 });
    const here = await createSession(h, host, 'activity: running when: tomorrow 7am place: 52.521, 13.401 title: Right here');
    await createSession(h, host, 'activity: running when: tomorrow 8am place: 52.52, 13.46 title: Across town capacity: 3');
    await createSession(h, host, 'activity: running when: tomorrow 9am place: Potsdam, DE title: Potsdam loop');
    // A host in Hamburg hosts where they live.
    await createSession(h, await runner(h, 'Hal', { place: 'Hamburg, DE' }), 'activity: running when: tomorrow 9am place: Hamburg, DE title: Far away');
    const out = await me.run('sessions');
    expect(out.outcome, me.text()).toBe('ok');
    const text = me.text();
    expect(titles(text)).toEqual(['Right here', 'Across town']);
    const [first, second] = lines(text);
    expect(first).toContain(timeTag(here.startsAt, 'F'));
    expect(first).toContain('under 1 km');
    expect(first).toContain('4 of 4 seats left');
    expect(first).toContain('Running');
    expect(second).toContain('~4 km');
    expect(second).toContain('3 of 3 seats left');
    expect(text).not.toMatch(/13\.4|52\.5/);
    // Further out on request.
    await me.run('sessions', 'distance: 40');
    expect(titles(me.text())).toEqual(['Right here', 'Across town', 'Potsdam loop']);
    expect(lines(me.text())[2]).toMatch(/~25 km|~30 km/);
  });

  it('GIVEN sessions of different activities, days and levels WHEN I filter THEN only the matching ones are listed', async () => {
    const me = await runner(h, 'Ana', { place: '52.52, 13.40' });
    const host = await runner(h, 'Hana', { place: '52.52, 13.40', radius: 40 });
    await createSession(h, host, 'activity: running when: tomorrow 7am place: 52.52, 13.40 title: Sunday run');
    await createSession(h, host, 'activity: cycling when: tomorrow 7am place: 52.52, 13.40 title: Sunday ride');
    await createSession(h, host, 'activity: running when: 2026-11-28 9am place: 52.52, 13.40 title: Next Saturday run levels: intermediate-advanced');
    await me.run('sessions', 'activity: cycling');
    expect(titles(me.text())).toEqual(['Sunday ride']);
    await me.run('sessions', 'running');
    expect(titles(me.text()).sort()).toEqual(['Next Saturday run', 'Sunday run']);
    await me.run('sessions', 'day: tomorrow');
    expect(titles(me.text()).sort()).toEqual(['Sunday ride', 'Sunday run']);
    await me.run('sessions', 'day: 2026-11-28');
    expect(titles(me.text())).toEqual(['Next Saturday run']);
    await me.run('sessions', 'level: beginner');
    expect(titles(me.text()).sort()).toEqual(['Sunday ride', 'Sunday run']);
    await me.run('sessions', 'day: someday soon');
    expect(me.text()).toMatch(/couldn't read "someday soon" as a day/);
    await me.run('sessions', 'activity: yoga');
    expect(me.text()).toMatch(/No Yoga sessions within 15 km/);
  });

  it('GIVEN twelve sessions WHEN I page THEN five per page with Next / Previous, numbered on, and "join 7" asks for the seventh', async () => {
    // One busy host makes all twelve: more than the default daily allowance.
    h = await Harness.create({ limits: { 'session-create': { points: 12, windowMs: 86_400_000 } } });
    const me = await runner(h, 'Ana', { place: '52.52, 13.40' });
    const host = await runner(h, 'Hana', { place: '52.52, 13.40', radius: 40 });
    for (let i = 0; i < 12; i++) await createSession(h, host, `activity: running when: tomorrow ${7 + i}:00 place: 52.52, 13.${String(40 + i).padStart(2, '0')} title: S${String(i).padStart(2, '0')}`);
    const p1 = await me.run('sessions');
    expect(p1.replies[0]!.title).toBe('Sessions near you · page 1 of 3');
    expect(titles(me.text())).toEqual(['S00', 'S01', 'S02', 'S03', 'S04']);
    expect(() => me.button('◀ Previous')).toThrow();
    await me.press(me.button('Next ▶'));
    expect(me.last!.replies[0]!.title).toBe('Sessions near you · page 2 of 3');
    expect(lines(me.text())[0]).toMatch(/^\*\*6\. S05\*\*/);
    await me.press(me.button('Next ▶'));
    expect(titles(me.text())).toEqual(['S10', 'S11']);
    expect(() => me.button('Next ▶')).toThrow();
    await me.run('join', '7');
    expect(me.text()).toMatch(/join \*\*S06\*\*/);
  });

  it('GIVEN hosts who blocked me or whom I blocked, and a community that banned me WHEN I browse THEN their sessions are not there, nor my own', async () => {
    const me = await runner(h, 'Ana', { place: '52.52, 13.40' });
    const friendly = await runner(h, 'Fay', { place: '52.52, 13.40' });
    const blocker = await runner(h, 'Blake', { place: '52.52, 13.40' });
    const blocked = await runner(h, 'Bert', { place: '52.52, 13.40' });
    const banningHost = await runner(h, 'Cleo', { place: '52.52, 13.40', community: 'strict-club' });
    await createSession(h, friendly, 'activity: running when: tomorrow 7am place: 52.52, 13.40 title: Open to all');
    await createSession(h, blocker, 'activity: running when: tomorrow 7am place: 52.52, 13.40 title: From a blocker');
    await createSession(h, blocked, 'activity: running when: tomorrow 7am place: 52.52, 13.40 title: From someone I blocked');
    await createSession(h, banningHost, 'activity: running when: tomorrow 7am place: 52.52, 13.40 title: In a club that banned me');
    await createSession(h, me, 'activity: running when: tomorrow 7am place: 52.52, 13.40 title: My own');
    await h.store.people.addToSet(await blocker.id(), 'blocked', await me.id());
    await h.store.people.addToSet(await me.id(), 'blocked', await blocked.id());
    await h.store.communities.ban(await communityId(h, 'strict-club'), { personId: await me.id(), by: await banningHost.id(), reason: 'x', at: h.now, identities: [], laterIds: [] });
    await me.run('sessions');
    expect(titles(me.text())).toEqual(['Open to all']);
  });

  it('GIVEN seven sessions, the two soonest from a host who blocked me WHEN I browse THEN the count, the pages and the numbers leave them out', async () => {
    h = await Harness.create({ limits: { 'session-create': { points: 12, windowMs: 86_400_000 } } });
    const me = await runner(h, 'Ana', { place: '52.52, 13.40' });
    const host = await runner(h, 'Hana', { place: '52.52, 13.40' });
    const blocker = await runner(h, 'Blake', { place: '52.52, 13.40' });
    await createSession(h, blocker, 'activity: running when: tomorrow 6:00 place: 52.52, 13.40 title: B1');
    await createSession(h, blocker, 'activity: running when: tomorrow 6:30 place: 52.52, 13.40 title: B2');
    for (let i = 0; i < 5; i++) await createSession(h, host, `activity: running when: tomorrow ${8 + i}:00 place: 52.52, 13.40 title: S${i}`);
    await h.store.people.addToSet(await blocker.id(), 'blocked', await me.id());
    const out = await me.run('sessions');
    expect(out.replies[0]!.title).toBe('Sessions near you · page 1 of 1');
    expect(titles(me.text())).toEqual(['S0', 'S1', 'S2', 'S3', 'S4']);
    expect(me.text()).toMatch(/5 sessions/);
    await me.run('join', '1');
    expect(me.text()).toMatch(/join \*\*S0\*\*/);
  });

  it('GIVEN a listed session WHEN I open it by number THEN I see its details with a join button, and joining from there works', async () => {
    const me = await runner(h, 'Ana', { place: '52.52, 13.40' });
    const host = await runner(h, 'Hana', { place: '52.52, 13.40', radius: 40 });
    const s = await createSession(h, host, 'activity: running when: tomorrow 7am place: 52.52, 13.46 title: Across town notes: Easy pace');
    await me.run('sessions');
    await me.press(me.button('#1'));
    const detail = me.text();
    expect(detail).toMatch(/Across town/);
    expect(detail).toContain(timeTag(s.startsAt, 'F'));
    expect(detail).toMatch(/~4 km from you/);
    expect(detail).toMatch(/Easy pace/);
    expect(detail).toMatch(/Hana/);
    await me.press(me.button('Request to join'));
    expect(me.text()).toMatch(/Request sent/);
    await me.run('session', '1');
    expect(me.text()).toMatch(/You asked to join/);
    expect(me.button('Withdraw request')).toBeTruthy();
  });

  it('GIVEN no home area WHEN browsing THEN I am told to finish my profile', async () => {
    const out = await h.person('Newbie').run('sessions');
    expect(out.outcome).toBe('user-error');
    expect(out.replies[0]!.text).toMatch(/Finish your profile/);
  });
});
