import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/domain/language.js';
import { catalogues } from '../../src/i18n/catalogue.js';
import { translator } from '../../src/i18n/translator.js';
import { HELP_CATEGORIES } from '../../src/interaction/command.js';
import { offeredTo, placeOf } from '../../src/interaction/preconditions.js';
import { categoryTitleKey } from '../../src/views/help.js';
import { Harness, runner, testRegistry, textOf } from '../support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

const listed = (out: { replies: readonly { fields?: readonly { value: string }[] }[] }): string[] =>
  out.replies[0]!.fields!.flatMap((f) => f.value.split(' '));

describe('help', () => {
  it('GIVEN a moderator inside their community WHEN they run /help THEN every command they can use there is listed in a section', async () => {
    const mod = h.person('Ana', { community: 'club', admin: true });
    await mod.run('profile');
    const out = await mod.run('help');
    const visible = (await testRegistry()).list.filter((c) => !c.hidden && placeOf(c) !== 'private' && offeredTo(c) !== 'owners').map((c) => `/${c.name}`);
    expect(visible.filter((name) => !listed(out).includes(name))).toEqual([]);
    expect(listed(out)).not.toContain('/link');
  });

  it('GIVEN a member who is no moderator WHEN they run /help in the community and in private THEN no moderator command is offered to them', async () => {
    const ben = h.person('Ben', { community: 'club' });
    await ben.run('profile');
    const moderatorOnly = (await testRegistry()).list.filter((c) => offeredTo(c) !== 'everyone').map((c) => `/${c.name}`);

    const there = await ben.run('help');
    expect(listed(there).filter((n) => moderatorOnly.includes(n))).toEqual([]);
    expect(listed(there)).toEqual(expect.arrayContaining(['/match', '/sessions', '/places', '/report']));
    // /places is for everyone who meets there: it is listed with sessions, and no "Moderators" heading shows.
    expect(there.replies[0]!.fields!.map((f) => f.name)).not.toContain('Moderators');

    const dm = await ben.in(null).run('help');
    expect(listed(dm).filter((n) => moderatorOnly.includes(n))).toEqual([]);
    expect(listed(dm)).not.toContain('/places');
    expect(listed(dm)).toContain('/link');
    expect(dm.replies[0]!.text).toMatch(/listed when you ask inside it/);
  });

  it('GIVEN a moderator in a private chat WHEN they run /help THEN moderator commands are left for the community, where they work', async () => {
    const mod = h.person('Mia', { community: 'club', admin: true });
    await mod.run('profile');
    const dm = await mod.in(null).run('help');
    expect(listed(dm)).not.toContain('/ban');
    expect(listed(dm)).not.toContain('/reports');
  });

  it('GIVEN someone who has not yet run a command WHEN their first is /help THEN a short welcome with buttons for the first steps; the next /help lists the commands', async () => {
    const cal = h.person('Cal');
    const first = await cal.run('help');
    expect(first.replies[0]!.title).toBe('Welcome to Spotter');
    expect(first.replies[0]!.text.split('\n')).toHaveLength(2);
    expect(first.replies[0]!.fields).toBeUndefined();
    expect(first.replies[0]!.buttons!.flat().map((b) => b.label)).toEqual(['Set up my profile', 'Find buddies', 'Sessions nearby']);

    // The setup button starts the guided profile; the others run /match and /sessions.
    const setup = await cal.press(cal.button('Set up my profile', first.replies));
    expect(setup.command).toBe('setup');
    expect((await cal.press(cal.button('Find buddies', first.replies))).command).toBe('match');
    expect((await cal.press(cal.button('Sessions nearby', first.replies))).command).toBe('sessions');

    const again = await cal.run('help');
    expect(again.replies[0]!.title).toBe('Spotter — find workout buddies nearby');
    expect(listed(again)).toContain('/setup');
  });

  it('GIVEN the platform says the person just opened the bot WHEN the welcome arrives THEN it is the welcome even for someone who has used Spotter before', async () => {
    const dan = await runner(h, 'Dan');
    const out = await dan.send({ kind: 'welcome' });
    expect(out.command).toBe('help');
    expect(textOf(out.replies[0]!)).toMatch(/Spotter finds people near you who train like you/);
  });

  it('GIVEN a command name WHEN /help names it THEN its options are explained; an unknown one is said to be unknown', async () => {
    const ana = h.person('Ana');
    const out = await ana.run('help', 'set-radius');
    expect(out.replies[0]!.title).toBe('/set-radius');
    expect(out.replies[0]!.fields![0]!.name).toBe('km');
    expect((await ana.run('help', '/nonsense')).replies[0]!.text).toMatch(/There's no \/nonsense/);
  });

  it('GIVEN every command WHEN its declaration is read THEN it names a help category, and every category has a title in all four languages', async () => {
    const categories = new Set<string>(HELP_CATEGORIES);
    const registry = await testRegistry();
    expect(registry.list.filter((c) => !categories.has(c.category)).map((c) => c.name)).toEqual([]);
    for (const lang of LANGUAGES)
      for (const category of HELP_CATEGORIES) expect(catalogues().bundle(lang).hasMessage(categoryTitleKey(category)), `${lang} ${category}`).toBe(true);
  });

  it('GIVEN a moderator inside their community WHEN /help lists the commands THEN each is under the title of the category it declares, in the declared order of categories', async () => {
    const mod = h.person('Ana', { community: 'club', admin: true });
    await mod.run('profile');
    const fields = (await mod.run('help')).replies[0]!.fields!;
    const t = translator('en');
    expect(fields.map((f) => f.name)).toEqual(HELP_CATEGORIES.map((c) => t.t(categoryTitleKey(c))));
    const registry = await testRegistry();
    for (const f of fields)
      for (const name of f.value.split(' ')) expect(t.t(categoryTitleKey(registry.get(name.slice(1))!.category)), name).toBe(f.name);
    expect(fields.find((f) => f.name === 'Pairing rounds')!.value).toBe('/rounds-join /rounds-leave /rounds-setup /rounds-skip /rounds-status');
  });
});
