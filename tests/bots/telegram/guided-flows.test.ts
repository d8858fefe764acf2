import { afterEach, describe, expect, it } from 'vitest';
import { COORDINATE, type TelegramWorld, TelegramWorld as World } from './world.js';

let world: TelegramWorld;
afterEach(async () => world?.stop());

describe('Telegram: a guided /setup that keeps every good answer', () => {
  it('GIVEN a bad availability answer WHEN typed THEN only that question is asked again; stopped halfway, the answers are kept; /setup again resumes where it was left', async () => {
    world = await World.create();
    const alice = world.telegramUser(5101, 'Alice');

    await alice.says('/setup');
    await alice.says('running, yoga');
    await alice.press('Intermediate');
    await alice.says('Berlin, DE');
    await alice.says('15');
    expect(alice.lastText()).toMatch(/When can you train\?/);

    // WHEN the availability can't be read THEN the reason, the examples and the same question come back.
    await alice.says('whenever I feel like it');
    expect(alice.lastText()).toMatch(/I don't understand .* in your availability\. Try something like/);
    expect(alice.lastText()).toMatch(/When can you train\?/);
    const buttons = world.fake.state.lastMessageIn(alice.user.id).reply_markup?.inline_keyboard?.flat().map((b) => b.text);
    expect(buttons).toEqual(['Skip', 'Cancel']);

    // Alice stops here: another command ends the question, and what she answered is kept.
    await alice.says('/help');
    expect(await alice.profile()).toMatchObject({ activities: ['running', 'yoga'], level: 'intermediate', radiusKm: 15, availability: [], bio: '' });

    // WHEN she runs /setup again THEN it says how far she got and asks the first missing piece.
    await alice.says('/setup');
    expect(alice.lastText()).toMatch(/Welcome back — 4 of 6 done/);
    expect(alice.lastText()).toMatch(/When can you train\?/);
    await alice.says('weekday evenings');
    await alice.press('Skip');
    expect(alice.lastText()).toMatch(/Profile saved/);
    expect((await alice.profile()).availability.length).toBeGreaterThan(0);
    for (const text of world.everythingSent()) expect(text).not.toMatch(COORDINATE);
  });
});
