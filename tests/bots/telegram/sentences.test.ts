import { afterEach, describe, expect, it } from 'vitest';
import { type TelegramWorld, TelegramWorld as World, textsTo } from './world.js';

let world: TelegramWorld;
afterEach(async () => world?.stop());

describe('Telegram: commands written as sentences', () => {
  it('GIVEN two buddies WHEN one writes "/msg 1 see you at 7" after /buddies THEN the message reaches the other, no name: value needed', async () => {
    world = await World.create();
    const alice = await world.telegramUser(6201, 'Alice').ready('Berlin, DE');
    const bob = await world.telegramUser(6202, 'Bob').ready('Berlin, DE');
    await alice.says('/match');
    await alice.press(/^Connect with #1 Bob/);
    await bob.press('Accept');

    await alice.says('/buddies');
    const sent = await alice.says('/msg 1 see you at 7 by the gate');
    expect(textsTo(sent, alice.id).join()).toMatch(/Sent to <b>Bob<\/b>/);
    expect(textsTo(sent, bob.id).join()).toMatch(/see you at 7 by the gate/);
  });

  it('GIVEN a host WHEN they write "/session_create running tomorrow 7am Berlin 4" THEN the session is made with those four answers and nothing is asked', async () => {
    world = await World.create();
    const hana = await world.telegramUser(6203, 'Hana').ready('Berlin, DE');
    const made = await hana.says('/session_create running tomorrow 7am Berlin 4');
    const reply = textsTo(made, hana.id).join('\n');
    expect(reply).toMatch(/Running/);
    expect(reply).toMatch(/4 seats|0 of 4|4 left/);
    expect(reply).not.toMatch(/name: value/);
  });

  it('GIVEN a sentence missing the place WHEN written THEN only the place is asked for, and the answer finishes the session', async () => {
    world = await World.create();
    const hana = await world.telegramUser(6204, 'Hana').ready('Berlin, DE');
    const asked = await hana.says('/session_create yoga saturday 9am');
    expect(textsTo(asked, hana.id).join()).toMatch(/[Ww]here/);
    const done = await hana.says('Berlin');
    expect(textsTo(done, hana.id).join('\n')).toMatch(/Yoga/);
  });
});
