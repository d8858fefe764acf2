import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userKey } from '../../../src/domain/platform.js';
import type { CommandJson } from '../../fakes/discord/validate.js';
import { DiscordWorld } from './world.js';

let w: DiscordWorld;
beforeAll(async () => {
  w = await DiscordWorld.start();
});
afterAll(async () => {
  await w?.stop();
});

/**
 * A command's choice names as a member's Discord client shows them: the localization for the
 * client's locale, else the default name (Discord's rule for `name_localizations`).
 */
function choiceNamesSeenIn(locale: string, command: string, option: string): string[] {
  // The world registers its commands for every server at once (globally).
  const registered = (w.fake.world.commands.get('global') ?? w.fake.world.commands.get(w.guild.id) ?? []) as unknown as CommandJson[];
  const choices = registered.find((c) => c.name === command)?.options?.find((o) => o.name === option)?.choices ?? [];
  return choices.map((ch) => ch.name_localizations?.[locale] ?? ch.name);
}

describe('Discord: level ranges in every language, and the adapter in the language the person chose', () => {
  it('GIVEN the commands as registered WHEN a member whose Discord is es-ES opens /session-create THEN the level ranges read in Spanish, and picking one creates the session for that range', async () => {
    expect(choiceNamesSeenIn('es-ES', 'session-create', 'levels')).toEqual([
      'Todos los niveles',
      'Principiante',
      'Intermedio',
      'Avanzado',
      'De principiante a intermedio',
      'De intermedio a avanzado',
    ]);
    expect(choiceNamesSeenIn('ru', 'session-edit', 'levels')).toContain('От новичка до среднего');
    // English, Discord's default: the names the English catalogue gives.
    expect(choiceNamesSeenIn('en-US', 'session-create', 'levels')).toContain('Beginner to intermediate');

    const lucia = w.person('Lucía', { locale: 'es-ES' });
    await w.profile(lucia);
    const created = await w.slash(lucia.here, 'session-create', { activity: 'running', when: 'tomorrow 7am', place: 'Berlin', levels: 'beginner-intermediate' });
    expect(w.text(created)).toMatch(/Sesión creada/);
    const [session] = await w.store.sessions.listForPerson((await w.store.people.findByIdentity(userKey('discord', lucia.user.id)))!.id, ['open', 'full'], w.now);
    expect(session?.levels).toEqual({ min: 'beginner', max: 'intermediate' });
  });

  it('GIVEN a member whose Discord is en-US and who chose /language de WHEN a form opens and later expires THEN its label and the expiry note are German', async () => {
    const tom = w.person('Tom', { locale: 'en-US' });
    expect(w.text(await w.slash(tom.here, 'language', { language: 'de' }))).toMatch(/Spotter spricht ab jetzt Deutsch mit dir/);

    const opened = await w.slash(tom.here, 'set-bio');
    const label = (opened.modal?.components?.[0] as { label?: string } | undefined)?.label;
    expect(label).toBe('Eine kurze Bio (bis 300 Zeichen)');

    // The form waits 15 minutes for its answer; later, what was kept for it is gone.
    w.advance(16 * 60_000);
    const late = await w.submit(tom.here, opened, { bio: 'Lange Läufe.' });
    expect(w.text(late)).toBe('Dieses Formular ist abgelaufen. Bitte führe den Befehl noch einmal aus.');

    // WHEN he goes back to following his app THEN the adapter's words are English again.
    await w.slash(tom.here, 'language', { language: 'auto' });
    const english = await w.slash(tom.here, 'set-bio');
    expect((english.modal?.components?.[0] as { label?: string } | undefined)?.label).toBe('A short bio (up to 300 characters)');
  });
});
