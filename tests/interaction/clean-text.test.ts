import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Actor, Harness, runner, textOf } from '../support/harness.js';
import { storeSnapshot } from '../support/store-snapshot.js';
import { createSession, hostedBy } from '../core/sessions/helpers.js';

/**
 * Free text is stored and shown clean: NFC, without direction overrides, isolates, marks or
 * zero-width characters (an emoji's joiner excepted), whether it came as an option, a
 * conversation answer or the platform's display name; and two people with one name are told
 * apart wherever people are listed.
 */
const RLO = '\u202E';
const LRI = '\u2066';
const PDI = '\u2069';
const ZWSP = '\u200B';
const BOM = '\uFEFF';
const DEV = '👩‍💻'; // woman + ZWJ + laptop

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\u200C\u2060\uFEFF]/u;

describe('clean text through the command layer', () => {
  it('GIVEN a name with a right-to-left override WHEN set with /set-name THEN it is stored and confirmed without it', async () => {
    const ana = h.person('Ana');
    const out = await ana.run('set-name', `Ana${RLO}nimda`);
    expect(out.outcome).toBe('ok');
    expect((await ana.profile()).displayName).toBe('Ananimda');
    expect(ana.text()).not.toMatch(INVISIBLE);
  });

  it('GIVEN zero-width characters, isolates and a decomposed accent WHEN set as name, bio and title THEN each is stored NFC and without them', async () => {
    const zoe = await runner(h, 'Zoe', { community: 'club' });
    await zoe.run('set-name', `Zoe\u0308${ZWSP}${BOM}`);
    await zoe.run('set-bio', `${LRI}Trail runs${PDI} and ${ZWSP}hills`);
    const p = await zoe.profile();
    expect(p.displayName).toBe('Zoë');
    expect(p.displayName).toBe('Zo\u00EB');
    expect(p.bio).toBe('Trail runs and hills');
    const s = await createSession(h, zoe, `activity: running when: tomorrow 7am place: Berlin, DE title: Hill${RLO} repeats notes: Bring${ZWSP} water`);
    expect(s.title).toBe('Hill repeats');
    expect(s.notes).toBe('Bring water');
  });

  it('GIVEN an emoji sequence joined by ZWJ WHEN used in a name THEN the joiner stays and the emoji still reads as one', async () => {
    const ana = h.person('Ana');
    await ana.run('set-name', `${DEV} Ana`);
    expect((await ana.profile()).displayName).toBe(`${DEV} Ana`);
    await ana.run('set-name', `Ana\u200D${DEV}`);
    // A joiner after a letter joins nothing: it goes; the one inside the emoji stays.
    expect((await ana.profile()).displayName).toBe(`Ana${DEV}`);
  });

  it('GIVEN a name with no letter left WHEN set with /set-name THEN the platform name is used and the person is told why', async () => {
    const ana = h.person('Ana');
    const out = await ana.run('set-name', '🔥🔥 !!');
    expect(out.outcome).toBe('ok');
    expect(ana.text()).toMatch(/needs at least one letter.*your terminal name, \*\*Ana\*\*/s);
    expect((await ana.profile()).displayName).toBe('Ana');
  });

  it('GIVEN only invisible characters WHEN set as a name THEN it is refused as empty and nothing is stored', async () => {
    const ana = h.person('Ana');
    await ana.run('profile');
    const before = storeSnapshot(h.store);
    const out = await ana.runWith('set-name', { name: `${RLO}${ZWSP}${BOM}` });
    expect(out.outcome).toBe('user-error');
    expect(ana.text()).toMatch(/Your name can't be empty/);
    expect(storeSnapshot(h.store)).toBe(before);
  });

  it('GIVEN a platform display name with an override WHEN the person first arrives THEN the profile name is clean; with no letter, "Someone"', async () => {
    const eve = h.person(`${RLO}Eve${ZWSP}`);
    await eve.run('profile');
    expect((await eve.profile()).displayName).toBe('Eve');
    const blank = h.person(`${ZWSP}${BOM}…`);
    await blank.run('profile');
    expect((await blank.profile()).displayName).toBe('Someone');
  });

  it('GIVEN the guided /setup WHEN the bio is answered with overrides and zero-width spaces THEN the bio is stored clean', async () => {
    const ana = h.person('Ana');
    await ana.run('setup');
    for (const answer of ['running', 'beginner', 'Berlin', '10', 'weekday evenings']) expect((await ana.say(answer)).outcome, ana.text()).toBe('ok');
    await ana.say(`${RLO}I like${ZWSP} hills`);
    expect((await ana.profile()).bio).toBe('I like hills');
  });

  it('GIVEN buddies WHEN a relayed message carries an override THEN it arrives without it', async () => {
    const ana = await runner(h, 'Ana');
    const ben = await runner(h, 'Ben');
    await ana.run('connect', await ben.id());
    await ben.press(ben.button('Accept', [ben.lastInbox()]));
    await ana.runWith('msg', { person: await ben.id(), text: `see you at 7${RLO} tomorrow` });
    expect(ana.last?.outcome, ana.text()).toBe('ok');
    expect(ben.lastInbox().text).toContain('see you at 7 tomorrow');
    expect(ben.lastInbox().text).not.toMatch(INVISIBLE);
  });
});

/** A second person who calls themselves `name` (the harness derives ids from names). */
async function namesake(name: string, as: string, setup: Parameters<typeof runner>[2]): Promise<Actor> {
  const a = await runner(h, as, setup);
  expect((await a.run('set-name', name)).outcome).toBe('ok');
  return a;
}

describe('two people with one name', () => {
  it('GIVEN two Bens in Berlin and Potsdam WHEN Ana runs /match THEN she sees "Ben (Berlin)" and "Ben (Potsdam)"', async () => {
    const ana = await runner(h, 'Ana', { radius: 60 });
    await runner(h, 'Ben', { radius: 60 });
    await namesake('Ben', 'Ben2', { place: 'Potsdam, DE', radius: 60 });
    await ana.run('match');
    const names = ana.last!.replies[0]!.fields!.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/^#\d Ben \(Berlin\)$/), expect.stringMatching(/^#\d Ben \(Potsdam\)$/)]));
    expect(ana.last!.replies[0]!.buttons!.flat().map((b) => b.label)).toEqual(expect.arrayContaining([expect.stringMatching(/Ben \(Potsdam\)$/)]));
  });

  it('GIVEN an impostor who types "Ben" with a zero-width space WHEN both are listed THEN the names are the same once cleaned and are numbered apart', async () => {
    const ana = await runner(h, 'Ana', { radius: 60 });
    await runner(h, 'Ben', { radius: 60 });
    const mallory = await namesake(`Ben${ZWSP}`, 'Mallory', { radius: 60 });
    expect((await mallory.profile()).displayName).toBe('Ben');
    await ana.run('match');
    const names = ana.last!.replies[0]!.fields!.map((f) => f.name.replace(/^#\d /, ''));
    expect(names.sort()).toEqual(['Ben · 1', 'Ben · 2']);
  });

  it('GIVEN two Bens in one session WHEN the host opens it THEN "Going" tells them apart', async () => {
    const host = await runner(h, 'Hana', { community: 'club' });
    const s = await createSession(h, host, 'activity: running when: tomorrow 7am place: Berlin, DE capacity: 4');
    const ben = await runner(h, 'Ben', { community: 'club' });
    const ben2 = await namesake('Ben', 'Ben2', { community: 'club', place: 'Potsdam, DE' });
    for (const b of [ben, ben2]) {
      await b.run('join', s.id);
      await host.press(host.button('Accept', [host.lastInbox()]));
    }
    expect((await hostedBy(h, host))[0]!.participants).toHaveLength(2);
    await host.run('session', s.id);
    const going = host.last!.replies[0]!.fields!.find((f) => f.name === 'Going')!.value;
    expect(going).toContain('Ben (Berlin)');
    expect(going).toContain('Ben (Potsdam)');
  });

  it('GIVEN two pending requests from two Bens WHEN the host runs /requests THEN each line names a different Ben', async () => {
    const host = await runner(h, 'Hana', { community: 'club' });
    const s = await createSession(h, host, 'activity: running when: tomorrow 7am place: Berlin, DE capacity: 4');
    await (await runner(h, 'Ben', { community: 'club' })).run('join', s.id);
    await (await namesake('Ben', 'Ben2', { community: 'club' })).run('join', s.id);
    await host.run('requests');
    expect(host.text()).toMatch(/1\. Ben · 1 \(intermediate\)/);
    expect(host.text()).toMatch(/2\. Ben · 2 \(intermediate\)/);
  });

  it('GIVEN two buddies called Ben WHEN Ana opens /buddies THEN they are told apart', async () => {
    const ana = await runner(h, 'Ana');
    for (const b of [await runner(h, 'Ben'), await namesake('Ben', 'Ben2', { place: 'Potsdam, DE', radius: 60 })]) {
      await ana.run('connect', await b.id());
      await b.press(b.button('Accept', [b.lastInbox()]));
    }
    await ana.run('buddies');
    const text = textOf(ana.last!.replies[0]!);
    expect(text).toContain('**Ben (Berlin)**');
    expect(text).toContain('**Ben (Potsdam)**');
  });

  it('GIVEN reports from two members called Ben WHEN a moderator lists them THEN the reporters are told apart', async () => {
    const target = await runner(h, 'Tom', { community: 'club' });
    const ben = await runner(h, 'Ben', { community: 'club' });
    const ben2 = await namesake('Ben', 'Ben2', { community: 'club', place: 'Potsdam, DE' });
    for (const b of [ben, ben2]) expect((await b.runWith('report', { person: await target.id(), reason: 'Rude in chat' })).outcome, b.text()).toBe('ok');
    const mia = h.person('Mia', { community: 'club', admin: true });
    await mia.run('reports');
    const fields = mia.last!.replies[0]!.fields!.map((f) => f.name);
    expect(fields.some((f) => f.endsWith('by Ben (Berlin)'))).toBe(true);
    expect(fields.some((f) => f.endsWith('by Ben (Potsdam)'))).toBe(true);
  });
});
