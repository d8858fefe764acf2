import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { platformSettingsOf } from '../../../src/domain/community.js';
import { communityKey } from '../../../src/domain/platform.js';
import { EPHEMERAL } from '../../fakes/discord/index.js';
import { DiscordWorld } from './world.js';

let w: DiscordWorld;
beforeAll(async () => {
  w = await DiscordWorld.start();
});
beforeEach(() => w.isolate());
afterAll(async () => {
  await w?.stop();
});

const settings = async () => (await w.store.communities.getByKey(communityKey('discord', w.guild.id)))?.settings;
/** The Discord settings of the guild's community (the announce channel and moderator role are Discord's own). */
const discordSettings = async () => {
  const c = await w.store.communities.getByKey(communityKey('discord', w.guild.id));
  return c ? platformSettingsOf(c) : undefined;
};

describe('moderation on Discord', () => {
  it('GIVEN moderator commands WHEN they are registered THEN only members with Manage Server see them, and only inside servers', () => {
    const registered = w.fake.world.commands.get('global') ?? [];
    const modSettings = registered.find((c) => c.name === 'mod-settings');
    expect(modSettings).toMatchObject({ default_member_permissions: '32', contexts: [0] });
    expect(registered.find((c) => c.name === 'match')).toMatchObject({ default_member_permissions: null });
  });

  it('GIVEN /mod-settings WHEN registered THEN the announce channel is a channel picker (text and announcement channels) and the moderator role a role picker', () => {
    const modSettings = (w.fake.world.commands.get('global') ?? []).find((c) => c.name === 'mod-settings');
    const options = new Map(((modSettings?.options ?? []) as { name: string; type: number; channel_types?: number[] }[]).map((o) => [o.name, o]));
    expect(options.get('announce-channel')).toMatchObject({ type: 7, channel_types: [0, 5] });
    expect(options.get('moderator-role')).toMatchObject({ type: 8 });
  });

  it('GIVEN a server manager WHEN they pick the announce channel and moderator role THEN the settings show them as a channel and a role, not numbers; and clear puts them back', async () => {
    const olga = w.person('Olga', { manageGuild: true });
    const channel = w.fake.channelId(w.guild, 'sessions');
    const role = w.fake.roleId(w.guild, 'Moderators');
    const saved = await w.slash(olga.here, 'mod-settings', { 'announce-channel': channel, 'moderator-role': role });
    const fields = w.lastShown(saved).embeds.flatMap((e) => e.fields ?? []);
    expect(fields.find((f) => f.name === 'Announce channel')?.value).toBe(`<#${channel}>`);
    expect(fields.find((f) => f.name === 'Moderator role')?.value).toBe(`<@&${role}>`);
    expect(await discordSettings()).toMatchObject({ announceChannelId: channel, moderatorRoleId: role });

    // The Discord app offers only this server's channels and roles.
    expect(() => w.fake.slash(olga.here, 'mod-settings', { 'announce-channel': '123456789012345678' })).toThrow(/offers no channel/);
    expect(() => w.fake.slash(olga.here, 'mod-settings', { 'moderator-role': '123456789012345678' })).toThrow(/offers no role/);

    await w.slash(olga.here, 'mod-settings', { clear: 'announce-channel' });
    expect((await discordSettings())?.announceChannelId ?? null).toBeNull();
    expect((await discordSettings())?.moderatorRoleId).toBe(role);
    await w.slash(olga.here, 'mod-settings', { clear: 'moderator-role' });
    expect((await discordSettings())?.moderatorRoleId ?? null).toBeNull();
  });

  it('GIVEN a member and a server manager WHEN each runs /help in the server THEN only the manager is offered moderator commands; in a DM neither is', async () => {
    const kim = w.person('Kim');
    const max = w.person('Max', { manageGuild: true });
    await w.slash(kim.here, 'profile');
    await w.slash(max.here, 'profile');

    const member = w.text(await w.slash(kim.here, 'help'));
    expect(member).toMatch(/\/match/);
    expect(member).not.toMatch(/\/ban\b|\/mod-settings|\/reports/);
    const manager = w.text(await w.slash(max.here, 'help'));
    expect(manager).toMatch(/\/ban\b/);
    expect(manager).toMatch(/\/mod-settings/);
    const dm = w.text(await w.slash(max.dm, 'help'));
    expect(dm).not.toMatch(/\/ban\b|\/mod-settings/);
    expect(dm).toMatch(/listed when you ask inside it/);
  });

  it('GIVEN someone new WHEN their first command is /help THEN a short welcome whose first button starts the profile', async () => {
    const nia = w.person('Nia');
    const first = await w.slash(nia.here, 'help');
    expect(w.text(first)).toMatch(/Welcome to Spotter/);
    expect(w.text(first)).not.toMatch(/\/ban\b/);
    const setup = await w.click(nia.here, w.lastShown(first), 'Set up my profile');
    expect(w.text(setup)).toMatch(/What do you train/);
  });

  it('GIVEN a member without Manage Server nor the moderator role WHEN they try /mod-settings THEN Discord hides it, and sent anyway it is refused privately and nothing changes', async () => {
    const eve = w.person('Eve');
    expect(() => w.fake.slash(eve.here, 'mod-settings', { radius: 3 })).toThrow(/not visible/);

    const forced = await w.slash(eve.here, 'mod-settings', { radius: 3, 'moderator-role': w.fake.roleId(w.guild, 'Runners') }, { force: true });
    expect(w.lastShown(forced).flags & EPHEMERAL).toBeTruthy();
    expect(w.lastShown(forced).embeds[0]?.color).toBe(0xed4245);
    expect(w.text(forced)).toMatch(/Only moderators of this community can use \/mod-settings/);
    expect((await settings())?.defaultRadiusKm).not.toBe(3);
    expect((await discordSettings())?.moderatorRoleId ?? null).toBeNull();
  });

  it('GIVEN the server made "Moderators" the moderator role WHEN a member holding it runs /mod-settings THEN it works, and without the role it is refused again', async () => {
    const owner = w.person('Olga', { manageGuild: true });
    const moderators = w.fake.roleId(w.guild, 'Moderators');
    await w.slash(owner.here, 'mod-settings', { 'moderator-role': moderators });
    expect((await discordSettings())?.moderatorRoleId).toBe(moderators);
    w.fake.allowCommand(w.guild, 'mod-settings', 'Moderators');

    const max = w.person('Max', { roles: ['Moderators'] });
    const changed = await w.slash(max.here, 'mod-settings', { radius: 7 });
    expect(w.text(changed)).toMatch(/Saved/);
    expect((await settings())?.defaultRadiusKm).toBe(7);

    // Role taken away: Discord still shows a stale command list, the core checks the role again.
    const maxWithout = w.fake.member(max.user, w.guild);
    const refused = await w.slash(maxWithout, 'mod-settings', { radius: 9 }, { force: true });
    expect(w.text(refused)).toMatch(/Only moderators/);
    expect((await settings())?.defaultRadiusKm).toBe(7);
    expect(w.errors()).toEqual([]);
  });
});
