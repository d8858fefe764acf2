import { afterEach, describe, expect, it } from 'vitest';
import { type TelegramWorld, TelegramWorld as World } from './world.js';

let world: TelegramWorld;
afterEach(async () => world?.stop());

const labels = (markup: unknown): string[] =>
  ((markup as { inline_keyboard?: { text: string }[][] } | undefined)?.inline_keyboard ?? []).flat().map((b) => b.text);

describe('Telegram: a welcome instead of the whole command list', () => {
  it('GIVEN a new person WHEN they open the bot with /start THEN two lines about Spotter and buttons for the first steps, the first of which starts the profile', async () => {
    world = await World.create();
    const tom = world.telegramUser(5301, 'Tom');

    await tom.says('/start');
    const welcome = world.fake.state.lastMessageIn(tom.id);
    expect(tom.lastText()).toMatch(/Welcome to Spotter/);
    expect(tom.lastText()).toMatch(/Spotter finds people near you who train like you, and workout sessions you can join\./);
    expect(tom.lastText()).not.toMatch(/\/mod_settings|\/ban\b/);
    expect(labels(welcome.reply_markup)).toEqual(['Set up my profile', 'Find buddies', 'Sessions nearby']);

    await tom.press('Set up my profile');
    expect(tom.lastText()).toMatch(/What do you train/);
  });

  it('GIVEN someone who has used Spotter WHEN they send /start again THEN the welcome again; /help lists the commands without the moderators\' ones', async () => {
    world = await World.create();
    const una = world.telegramUser(5302, 'Una');
    await una.says('/profile');

    await una.says('/start');
    expect(una.lastText()).toMatch(/Welcome to Spotter/);

    await una.says('/help');
    expect(una.lastText()).toMatch(/\/match/);
    expect(una.lastText()).not.toMatch(/Welcome to Spotter/);
    expect(una.lastText()).not.toMatch(/\/mod_settings|\/ban\b|\/reports/);
  });

  it('GIVEN a group with an admin and a member WHEN each asks /help in the group THEN only the admin is offered the moderator commands; /start there welcomes', async () => {
    world = await World.create();
    const crew = world.group(-1005550101, 'Tiergarten Runners');
    const ida = await world.telegramUser(5303, 'Ida').ready();
    const max = await world.telegramUser(5304, 'Max').ready();
    world.fake.state.setAdmins(crew.id, [ida.user]);

    await ida.says('/help', crew);
    expect(ida.lastText()).toMatch(/\/ban\b/);
    expect(ida.lastText()).toMatch(/\/reports/);
    await max.says('/help', crew);
    expect(max.lastText()).toMatch(/\/match/);
    expect(max.lastText()).not.toMatch(/\/ban\b|\/reports|\/mod_settings/);

    // "/start" in the group is a greeting too: the welcome, not the list.
    await max.says('/start', crew);
    expect(max.lastText()).toMatch(/Welcome to Spotter/);
  });
});
