import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restBase } from '../../../bots/discord/client.js';
import { main } from '../../../bots/discord/register.js';
import { COMMANDS_DIR, testRegistry } from '../../support/harness.js';
import { FakeDiscord } from '../../fakes/discord/index.js';

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
    expect(registered.map((c) => c.name).sort()).toEqual(visible.map((c) => c.name).sort());
    expect(fake.world.commands.get('global')).toBeUndefined();
    expect(fake.requests('PUT', `/applications/${fake.applicationId}/guilds/${guild.id}/commands`)[0]?.status).toBe(200);
  });

  it('GIVEN a REST base with or without the API version WHEN normalised THEN discord.js gets it without the version', () => {
    expect(restBase('http://127.0.0.1:3000/api/v10/')).toBe('http://127.0.0.1:3000/api');
    expect(restBase('https://discord.com/api')).toBe('https://discord.com/api');
  });
});
