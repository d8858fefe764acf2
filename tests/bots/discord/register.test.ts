import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restBase } from '../../../bots/discord/client.js';
import { main } from '../../../bots/discord/register.js';
import { COMMANDS_DIR, testRegistry } from '../../support/harness.js';
import { FakeDiscord } from '../../fakes/discord/index.js';
import { buildCommandTable } from '../../../bots/discord/commands.js';
import { type CommandJson, DISCORD_LOCALES, MAX_COMMAND_CHARACTERS } from '../../fakes/discord/validate.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.close();
});

describe('npm run discord:register', () => {
  it('GIVEN a development server id WHEN the commands are registered THEN they land in that server only, every visible command once', async () => {
    const guild = fake.addGuild('Dev server');
    await main({ token: fake.token, applicationId: fake.applicationId, guildId: guild.id, apiUrl: `${fake.apiUrl}/v10/` }, COMMANDS_DIR);

    const registered = fake.world.commands.get(guild.id) ?? [];
    const visible = (await testRegistry()).list.filter((c) => !c.hidden);
    // Commands of a group (`rounds-join`, `rounds-skip`…) are one Discord command with subcommands.
    const top = new Set(visible.map((c) => (c.group && c.name.startsWith(`${c.group.name}-`) ? c.group.name : c.name)));
    expect(registered.map((c) => c.name).sort()).toEqual([...top].sort());
    expect(fake.world.commands.get('global')).toBeUndefined();
    expect(fake.requests('PUT', `/applications/${fake.applicationId}/guilds/${guild.id}/commands`)[0]?.status).toBe(200);
  });

  it('GIVEN a REST base with or without the API version WHEN normalised THEN discord.js gets it without the version', () => {
    expect(restBase('http://127.0.0.1:3000/api/v10/')).toBe('http://127.0.0.1:3000/api');
    expect(restBase('https://discord.com/api')).toBe('https://discord.com/api');
  });

  it('GIVEN every visible command WHEN registered THEN each description, option description and choice name carries German, both Spanish and Russian words within Discord\'s limits', async () => {
    const guild = fake.addGuild('Localized server');
    await main({ token: fake.token, applicationId: fake.applicationId, guildId: guild.id, apiUrl: `${fake.apiUrl}/v10/` }, COMMANDS_DIR);
    const registered = (fake.world.commands.get(guild.id) ?? []) as unknown as CommandJson[];
    expect(registered.length).toBeGreaterThan(40);
    const fields: { where: string; english: string; localized: Record<string, string> | null | undefined }[] = [];
    for (const c of registered) {
      fields.push({ where: c.name, english: c.description, localized: c.description_localizations });
      for (const o of c.options ?? []) {
        fields.push({ where: `${c.name}.${o.name}`, english: o.description, localized: o.description_localizations });
        for (const ch of o.choices ?? []) fields.push({ where: `${c.name}.${o.name}=${String(ch.value)}`, english: ch.name, localized: ch.name_localizations });
      }
    }
    // A translation equal to English may be left out: a language's own name ("Deutsch") is the same
    // in every menu, on purpose. Everything else carries all four.
    const ownNames = new Set(['English', 'Deutsch', 'Español', 'Русский']);
    for (const f of fields.filter((f) => !ownNames.has(f.english))) {
      expect(Object.keys(f.localized ?? {}).sort(), f.where).toEqual(['de', 'es-419', 'es-ES', 'ru']);
      for (const text of Object.values(f.localized ?? {})) expect(text.length, f.where).toBeLessThanOrEqual(100);
      expect(f.localized?.['es-ES'], f.where).toBe(f.localized?.['es-419']);
    }
    const setup = registered.find((c) => c.name === 'setup')!;
    expect(setup.description_localizations).toMatchObject({ de: 'Dein Fitnessprofil Schritt für Schritt einrichten', ru: 'Настроить профиль шаг за шагом' });
    const level = registered.find((c) => c.name === 'set-level')!.options![0]!;
    expect(level.choices?.find((ch) => ch.value === 'beginner')?.name_localizations).toMatchObject({ de: 'Anfänger', 'es-ES': 'Principiante', ru: 'Новичок' });
    // Command names stay as they are: a name is what people type, the same in every language.
    expect(registered.every((c) => c.name_localizations === undefined)).toBe(true);
  });

  it('GIVEN payloads Discord refuses (an unknown locale, a 101-character translation, an upper-case name, too many characters) WHEN sent to the fake THEN it refuses each with 400 Invalid Form Body', async () => {
    const guild = fake.addGuild('Strict server');
    const good = buildCommandTable(await testRegistry()).json as unknown as CommandJson[];
    const put = (commands: unknown) =>
      fetch(`${fake.apiUrl}/v10/applications/${fake.applicationId}/guilds/${guild.id}/commands`, {
        method: 'PUT',
        headers: { authorization: `Bot ${fake.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(commands),
      });
    const withFirst = (change: (c: CommandJson) => CommandJson) => [change(structuredClone(good[0]!)), ...good.slice(1)];

    expect((await put(good)).status).toBe(200);
    const refused = [
      withFirst((c) => ({ ...c, description_localizations: { es: 'Sin código de país' } })),
      withFirst((c) => ({ ...c, description_localizations: { de: 'x'.repeat(101) } })),
      withFirst((c) => ({ ...c, description_localizations: { ru: '' } })),
      withFirst((c) => ({ ...c, name_localizations: { de: 'Einrichten' } })),
      withFirst((c) => ({ ...c, name: 'Setup' })),
      // 25 options of 25 choices: under the limit in English, over it once the longest translation counts.
      [
        {
          name: 'big',
          description: 'Big',
          options: Array.from({ length: 25 }, (_, i) => ({
            type: 3,
            name: `o${i}`,
            description: 'd',
            choices: Array.from({ length: 25 }, (_, j) => ({ name: `c${j}`, name_localizations: { ru: 'я'.repeat(20) }, value: `v${j}` })),
          })),
        },
      ],
    ];
    for (const payload of refused) {
      const answer = await put(payload);
      expect(answer.status).toBe(400);
      expect(((await answer.json()) as { code: number }).code).toBe(50035);
    }
    expect(MAX_COMMAND_CHARACTERS).toBe(8000);
    expect(DISCORD_LOCALES.has('es-419') && DISCORD_LOCALES.has('es-ES') && !DISCORD_LOCALES.has('es')).toBe(true);
  });
});
