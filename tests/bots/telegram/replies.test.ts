import { afterEach, describe, expect, it } from 'vitest';
import { type TelegramWorld, TelegramWorld as World, textsTo } from './world.js';

let world: TelegramWorld;
afterEach(async () => world?.stop());

describe('Telegram: replying to a relayed message', () => {
  it('GIVEN a buddy message relayed to Bob WHEN Bob swipe-replies to it THEN his text goes to Alice as an answer to hers, with no button pressed', async () => {
    world = await World.create();
    const alice = await world.telegramUser(6301, 'Alice').ready('Berlin, DE');
    const bob = await world.telegramUser(6302, 'Bob').ready('Berlin, DE');
    await alice.says('/match');
    await alice.press(/^Connect with #1 Bob/);
    await bob.press('Accept');
    await alice.says('/buddies');
    await alice.says('/msg 1 Long run on Sunday?');
    const relayed = bob.inbox().at(-1)!;
    expect(relayed.text).toMatch(/Long run on Sunday\?/);

    const answer = await bob.repliesTo(relayed, 'Yes, 8am at the gate');
    expect(textsTo(answer, bob.id).join()).toMatch(/Sent to <b>Alice<\/b>/);
    const got = textsTo(answer, alice.id).join('\n');
    expect(got).toMatch(/Yes, 8am at the gate/);
    expect(got).toMatch(/Long run on Sunday\?/);
  });

  it('GIVEN a swipe-reply to a message without a Reply button WHEN sent THEN it is plain text for the conversation, nobody else gets it', async () => {
    world = await World.create();
    const bob = await world.telegramUser(6303, 'Bob').ready('Berlin, DE');
    await bob.says('/profile');
    const profile = bob.inbox().at(-1)!;
    const out = await bob.repliesTo(profile, 'hello there');
    expect(out.calls.filter((c) => c.method === 'sendMessage' && String(c.params.chat_id) !== bob.id)).toEqual([]);
  });
});
