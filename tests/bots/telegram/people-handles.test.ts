import { afterEach, describe, expect, it } from 'vitest';
import { type TelegramWorld, TelegramWorld as World, textsTo } from './world.js';

let world: TelegramWorld;
afterEach(async () => world?.stop());

describe('Telegram: people by @username', () => {
  it('GIVEN Benjamin (@ben_p) in my matches WHEN I write /connect @ben_p THEN the request reaches him although his name is Benjamin', async () => {
    world = await World.create();
    const anna = await world.telegramUser(7101, 'Anna').ready('Berlin, DE');
    const ben = await world.telegramUser(7102, 'Benjamin', { username: 'ben_p' }).ready('Berlin, DE');
    await anna.says('/match');

    const asked = await anna.says('/connect @ben_p');
    expect(textsTo(asked, anna.id).join()).toMatch(/Buddy request sent to <b>Benjamin<\/b>/);
    expect(textsTo(asked, ben.id).join()).toMatch(/New buddy request/);
  });

  it('GIVEN Benjamin changes his username to ben_runs WHEN his next update arrives THEN @ben_p names nobody, like a typo, and @ben_runs names him', async () => {
    world = await World.create();
    const anna = await world.telegramUser(7201, 'Anna').ready('Berlin, DE');
    await world.telegramUser(7202, 'Benjamin', { username: 'ben_p' }).ready('Berlin, DE');
    await anna.says('/match');
    // The same account, renamed in Telegram's settings: every update now carries the new username.
    const renamed = world.telegramUser(7202, 'Benjamin', { username: 'ben_runs' });
    await renamed.says('/profile');
    expect((await renamed.profile()).handles.map((h) => h.handle)).toEqual(['ben_runs']);

    await anna.says('/connect @ben_p');
    const old = anna.lastText().replace('@ben_p', 'X');
    await anna.says('/connect @qwzxq');
    expect(anna.lastText().replace('@qwzxq', 'X')).toBe(old);
    expect(old).toMatch(/I don't know anyone called “X”/);

    const asked = await anna.says('/connect @ben_runs');
    expect(textsTo(asked, anna.id).join()).toMatch(/Buddy request sent to <b>Benjamin<\/b>/);
  });

  it('GIVEN Benjamin removes his username WHEN his next update arrives THEN the stored handle is cleared', async () => {
    world = await World.create();
    const ben = await world.telegramUser(7301, 'Benjamin', { username: 'ben_p' }).ready('Berlin, DE');
    expect((await ben.profile()).handles.map((h) => h.handle)).toEqual(['ben_p']);
    const without = world.telegramUser(7301, 'Benjamin');
    await without.says('/profile');
    expect((await without.profile()).handles).toEqual([]);
    // Telegram allows no username of three letters: one reported anyway names nobody.
    const odd = world.telegramUser(7301, 'Benjamin', { username: 'ben' });
    await odd.says('/profile');
    expect((await odd.profile()).handles).toEqual([]);
  });

  it('GIVEN Carla (@carla_x) far away, whom I never dealt with WHEN I write /connect @carla_x THEN the answer is the one for a typo: there is no directory', async () => {
    world = await World.create();
    const anna = await world.telegramUser(7401, 'Anna').ready('Berlin, DE');
    await world.telegramUser(7402, 'Carla', { username: 'carla_x' }).ready('Hamburg, DE');
    await anna.says('/match');
    await anna.says('/connect @carla_x');
    const stranger = anna.lastText().replace('@carla_x', 'X');
    await anna.says('/connect @qwzxq');
    expect(anna.lastText().replace('@qwzxq', 'X')).toBe(stranger);
  });

  it('GIVEN @bened fits the username of Ray and the name of Benedikt WHEN I write /connect @bened THEN the keyboard offers both, Ray with the username that fit', async () => {
    world = await World.create();
    const anna = await world.telegramUser(7501, 'Anna').ready('Berlin, DE');
    const ray = await world.telegramUser(7502, 'Ray', { username: 'bened' }).ready('Berlin, DE');
    await world.telegramUser(7503, 'Benedikt').ready('Berlin, DE');
    await anna.says('/match');
    await anna.says('/connect @bened');
    const keyboard = (world.fake.state.lastMessageIn(anna.user.id).reply_markup?.inline_keyboard ?? []).flat().map((b) => b.text);
    expect(keyboard).toEqual(expect.arrayContaining(['Ray (@bened on Telegram)', 'Benedikt']));
    const sent = await anna.press('Ray (@bened on Telegram)');
    expect(textsTo(sent, anna.id).join()).toMatch(/Buddy request sent to <b>Ray<\/b>/);
    expect(textsTo(sent, ray.id).join()).toMatch(/New buddy request/);
  });
});
