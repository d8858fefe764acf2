import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userKey } from '../../../src/domain/platform.js';
import { type FakeMessage, messageText } from '../../fakes/discord/index.js';
import { DiscordWorld } from './world.js';

let w: DiscordWorld;
beforeAll(async () => {
  w = await DiscordWorld.start();
});
afterAll(async () => {
  await w?.stop();
});

describe('a member whose Discord is set to German', () => {
  it('GIVEN a German-locale member without a profile WHEN they ask for matches THEN they are told in German to finish their profile first', async () => {
    const jonas = w.person('Jonas', { locale: 'de' });
    const ix = await w.slash(jonas.here, 'match');
    expect(w.text(ix)).toMatch(/Vervollständige zuerst dein Profil mit \/setup/);
    expect(w.text(ix)).not.toMatch(/Finish your profile/);
    // Their platform's language is remembered for what reaches them later (notifications).
    expect((await w.store.people.findByIdentity(userKey('discord', jonas.user.id)))?.platformLanguage).toBe('de');
  });

  it('GIVEN a German-locale member WHEN /set-bio asks for the text in a modal THEN its label is German, and the bio is saved', async () => {
    const lena = w.person('Lena', { locale: 'de' });
    const opened = await w.slash(lena.here, 'set-bio');
    expect(opened.modal?.title).toBe('/set-bio');
    const label = (opened.modal?.components?.[0] as { label?: string } | undefined)?.label;
    expect(label).toBe('Eine kurze Bio (bis 300 Zeichen)');
    await w.submit(lena.here, opened, { bio: 'Lange Läufe am Sonntag.' });
    expect((await w.store.people.findByIdentity(userKey('discord', lena.user.id)))?.bio).toBe('Lange Läufe am Sonntag.');
  });

  it('GIVEN a German-locale member WHEN they run /setup bare THEN a typed answer is asked for with an "Antworten" button whose modal is titled "Deine Antwort"', async () => {
    const mia = w.person('Mia', { locale: 'de' });
    const first = await w.slash(mia.here, 'setup');
    const question: FakeMessage = w.lastShown(first);
    const labels = question.components.flatMap((row) => row.components ?? []).map((c) => c.label);
    expect(labels).toContain('Antworten');
    expect(labels).not.toContain('Answer');
    const opened = await w.click(mia.here, question, 'Antworten');
    expect(opened.modal?.title).toBe('Deine Antwort');
    expect(messageText(question).length).toBeGreaterThan(0);
  });

  it('GIVEN a Russian-locale and an English-locale member WHEN each runs the same command THEN each is answered in their own language', async () => {
    const olga = w.person('Olga', { locale: 'ru' });
    const sam = w.person('Sam', { locale: 'en-GB' });
    expect(w.text(await w.slash(olga.here, 'match'))).toMatch(/Сначала заполните профиль/);
    expect(w.text(await w.slash(sam.here, 'match'))).toMatch(/Finish your profile first with \/setup/);
  });

  it('GIVEN an English-locale member and a German-locale one WHEN the English one connects THEN the German one’s DM is German, with German buttons', async () => {
    const anna = w.person('Anna', { locale: 'en-US' });
    const klaus = w.person('Klaus', { locale: 'de' });
    await w.profile(anna);
    await w.profile(klaus);
    // Klaus uses Spotter once from his German Discord: his platform's language is remembered.
    await w.slash(klaus.here, 'profile');

    const match = await w.slash(anna.here, 'match');
    await w.click(anna.here, w.lastShown(match), /Connect with #1 Klaus/);
    const dms = w.fake.dms(klaus.user);
    const request = dms[dms.length - 1]!;
    expect(messageText(request)).toMatch(/Anna/);
    expect(messageText(request)).toMatch(/möchte mit dir trainieren/);
    const labels = request.components.flatMap((row) => row.components ?? []).map((c) => c.label);
    expect(labels).toContain('Annehmen');
    expect(labels).not.toContain('Accept');
  });
});
