import { platformSettingsOf } from '../../src/domain/community.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { communityKey } from '../../src/domain/platform.js';
import { Harness, runner } from '../support/harness.js';
import { createSession, session } from '../core/sessions/helpers.js';

const C = 'berlin-runners';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

describe('off, default and none in the person’s language', () => {
  it('GIVEN a German member WHEN a setting is mistyped THEN the hint shows the German words, and those words turn quiet hours and reminders off and back to the default', async () => {
    const greta = h.person('Greta', { locale: 'de' });
    await greta.run('notifications', 'quiet: 22-7 reminders: 30m');
    expect((await greta.profile()).notifications).toMatchObject({ quietHours: { start: 22 * 60, end: 7 * 60 }, reminderLeadMinutes: [30] });

    await greta.run('notifications', 'quiet: spät');
    expect(greta.text()).toMatch(/oder „aus“; „spät“ passt nicht dazu/);
    await greta.run('notifications', 'reminders: nie');
    expect(greta.text()).toMatch(/„standard“ oder „aus“; „nie“ passt nicht dazu/);

    await greta.run('notifications', 'quiet: aus reminders: aus');
    expect(greta.last?.outcome, greta.text()).toBe('ok');
    expect((await greta.profile()).notifications).toMatchObject({ quietHours: null, reminderLeadMinutes: [] });
    await greta.run('notifications', 'reminders: Standard');
    expect((await greta.profile()).notifications.reminderLeadMinutes).toBeNull();
  });

  it('GIVEN Spanish and Russian members WHEN they type their own words for off and default THEN each is understood', async () => {
    const ana = h.person('Ana', { locale: 'es' });
    await ana.run('notifications', 'quiet: 23-6 reminders: predeterminado');
    await ana.run('notifications', 'quiet: desactivado');
    expect((await ana.profile()).notifications).toMatchObject({ quietHours: null, reminderLeadMinutes: null });
    const olga = h.person('Olga', { locale: 'ru' });
    await olga.run('notifications', 'reminders: по умолчанию');
    expect((await olga.profile()).notifications.reminderLeadMinutes).toBeNull();
    await olga.run('notifications', 'reminders: выкл');
    expect((await olga.profile()).notifications.reminderLeadMinutes).toEqual([]);
    await olga.run('notifications', 'quiet: ночью');
    expect(olga.text()).toMatch(/либо «выкл»; «ночью» не подходит/);
  });

  it('GIVEN a German moderator WHEN she clears the announce channel with "keine" THEN it is cleared; a wrong value is answered naming "keine"', async () => {
    const mia = h.person('Mia', { community: C, admin: true, locale: 'de' });
    await mia.run('mod-settings', 'announce-channel: <#998877665544332211>');
    const settings = async () => platformSettingsOf((await h.store.communities.getByKey(communityKey('console', C)))!);
    expect((await settings()).announceChannelId).toBe('998877665544332211');
    await mia.run('mod-settings', 'announce-channel: #Läufe!');
    expect(mia.text()).toMatch(/eine Erwähnung davon oder "keine" sein/);
    await mia.run('mod-settings', 'announce-channel: keine');
    expect(mia.last?.outcome, mia.text()).toBe('ok');
    expect((await settings()).announceChannelId).toBeNull();
  });

  it('GIVEN a German moderator WHEN she types a choice by its German name ("aus") THEN it is taken as that choice; a word that names no choice is refused as before', async () => {
    const mia = h.person('Mia', { community: C, admin: true, locale: 'de' });
    await mia.run('mod-settings', 'events: Aus');
    expect(mia.last?.outcome, mia.text()).toBe('ok');
    expect((await h.store.communities.getByKey(communityKey('console', C)))!.settings.scheduledEvents).toBe(false);
    await mia.run('mod-settings', 'events: constructor');
    expect(mia.last?.outcome).toBe('user-error');
    expect((await h.store.communities.getByKey(communityKey('console', C)))!.settings.scheduledEvents).toBe(false);
  });
});

describe('level ranges by their names in the person’s language', () => {
  it('GIVEN a German host WHEN she edits the level range by its German name, typed and as an answer THEN the session takes that range', async () => {
    const hana = await runner(h, 'Hana', { community: C });
    const s = await createSession(h, hana);
    const german = h.person('Hana', { community: C, locale: 'de' });
    await german.run('session-edit', `${s.id} levels: Anfänger bis Fortgeschritten`);
    expect(german.last?.outcome, german.text()).toBe('ok');
    expect((await session(h, s.id)).levels).toEqual({ min: 'beginner', max: 'intermediate' });
    await german.run('session-edit', `${s.id} levels: alle niveaus`);
    expect((await session(h, s.id)).levels).toEqual({ min: 'beginner', max: 'advanced' });
  });

  it('GIVEN a Russian host creating a session step by step WHEN the level question is answered with a Russian name THEN that range is kept', async () => {
    const olga = await runner(h, 'Olga', { community: C });
    const russian = h.person('Olga', { community: C, locale: 'ru' });
    await russian.run('session-create');
    for (const answer of ['running', 'tomorrow 7am', 'Berlin, DE', '4']) await russian.say(answer);
    // The level question offers its choices by their Russian names; typing one answers it.
    expect(russian.text()).toMatch(/Для кого/);
    await russian.say('  от среднего  до продвинутого ');
    expect(russian.text()).toMatch(/Длительность/);
    for (const answer of ['60', 'Утро', 'no', '-']) await russian.say(answer);
    expect(russian.text()).toMatch(/Тренировка создана: Утро/);
    const [created] = await h.store.sessions.listForPerson(await olga.id(), ['open'], new Date(0));
    expect(created?.levels).toEqual({ min: 'intermediate', max: 'advanced' });
  });
});
