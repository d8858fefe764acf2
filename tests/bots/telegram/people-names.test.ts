import { afterEach, describe, expect, it } from 'vitest';
import { type TelegramWorld, TelegramWorld as World, textsTo } from './world.js';

let world: TelegramWorld;
afterEach(async () => world?.stop());

describe('Telegram: people by name, numbers by list', () => {
  it('GIVEN Bob in my matches WHEN I write /connect bob, he writes /buddy_accept Alice and I write /msg Bob see you at 7 THEN each reaches the right person', async () => {
    world = await World.create();
    const alice = await world.telegramUser(6201, 'Alice').ready('Berlin, DE');
    const bob = await world.telegramUser(6202, 'Bob').ready('Berlin, DE');

    await alice.says('/match');
    const asked = await alice.says('/connect bob');
    expect(textsTo(asked, alice.id).join()).toMatch(/Buddy request sent to <b>Bob<\/b>/);

    const accepted = await bob.says('/buddy_accept Alice');
    expect(textsTo(accepted, bob.id).join()).toMatch(/You and <b>Alice<\/b> are buddies/);

    const sent = await alice.says('/msg Bob see you at 7');
    expect(textsTo(sent, alice.id).join()).toMatch(/Sent to <b>Bob<\/b>/);
    expect(textsTo(sent, bob.id).join()).toMatch(/see you at 7/);
  });

  it('GIVEN no buddy list shown WHEN I write /disconnect 5 THEN I am told which command shows those numbers', async () => {
    world = await World.create();
    const alice = await world.telegramUser(6301, 'Alice').ready('Berlin, DE');
    const out = await alice.says('/disconnect 5');
    expect(textsTo(out, alice.id).join()).toMatch(/Your last buddy list has no number 5\. Run \/buddies to see your buddies' numbers\./);
  });

  it('GIVEN two people called Anna in my matches WHEN I write /connect Anna THEN an inline keyboard offers both, told apart by town, and choosing one sends the request to her alone', async () => {
    world = await World.create();
    const alice = await world.telegramUser(6401, 'Alice').ready('Berlin, DE');
    await alice.says('/set_radius 50');
    const berlin = await world.telegramUser(6402, 'Anna').ready('Berlin, DE');
    const potsdam = await world.telegramUser(6403, 'Anna').ready('Potsdam, DE');
    await potsdam.says('/set_radius 50');
    await alice.says('/match');
    expect(alice.lastText().match(/Anna/g)).toHaveLength(2);

    await alice.says('/connect Anna');
    expect(alice.lastText()).toMatch(/2 people fit “Anna”/);
    const keyboard = (world.fake.state.lastMessageIn(alice.user.id).reply_markup?.inline_keyboard ?? []).flat().map((b) => b.text);
    expect(keyboard).toEqual(expect.arrayContaining(['Anna (Berlin)', 'Anna (Potsdam)']));

    const sent = await alice.press('Anna (Potsdam)');
    expect(textsTo(sent, alice.id).join()).toMatch(/Buddy request sent to <b>Anna<\/b>/);
    expect(textsTo(sent, potsdam.id).join()).toMatch(/New buddy request/);
    expect(textsTo(sent, berlin.id)).toEqual([]);
  });
});
