import { afterEach, describe, expect, it } from 'vitest';
import { COORDINATE, type TelegramWorld, TelegramWorld as World, textsTo } from './world.js';

let world: TelegramWorld;
afterEach(async () => world?.stop());

describe('Telegram: matches, buddy requests and messages', () => {
  it('GIVEN two runners in Berlin WHEN one asks for matches and connects THEN the other accepts from the notification and both are told', async () => {
    world = await World.create();
    const alice = await world.telegramUser(6001, 'Alice').ready('Berlin, DE');
    const bob = await world.telegramUser(6002, 'Bob').ready('Berlin, DE');

    const match = await alice.says('/match');
    const [list] = textsTo(match, alice.id);
    expect(list).toMatch(/Buddies near you/);
    expect(list).toMatch(/Bob/);
    expect(list).not.toMatch(COORDINATE);

    // WHEN Alice presses "Connect" on the match list, Bob is asked in his private chat.
    const connect = await alice.press(/^Connect with #1 Bob/);
    expect(textsTo(connect, alice.id).join()).toMatch(/Buddy request sent to <b>Bob<\/b>/);
    expect(textsTo(connect, bob.id).join()).toMatch(/Alice/);

    const accepted = await bob.press('Accept');
    expect(textsTo(accepted, bob.id).join()).toMatch(/You and <b>Alice<\/b> are buddies/);
    expect(textsTo(accepted, alice.id).join()).toMatch(/Bob/);
    expect(alice.inbox().at(-1)?.reply_markup?.inline_keyboard?.flat().map((b) => b.text)).toContain('Message');
    for (const text of world.everythingSent()) expect(text).not.toMatch(COORDINATE);
  });

  it('GIVEN a Telegram runner and a Discord runner WHEN they connect and the Telegram one writes THEN the message reaches Discord through the core, and the answer comes back', async () => {
    world = await World.create();
    const alice = await world.telegramUser(6101, 'Alice').ready('Berlin, DE');
    const dana = await world.discordUser('80351110224678912', 'Dana').ready('Berlin, DE');

    await alice.says('/match');
    await alice.press(/^Connect with #1 Dana/);
    const request = dana.inbox().at(-1)!;
    expect(request.text).toMatch(/Alice/);

    // Dana accepts on Discord; Alice hears about it on Telegram.
    const accept = world.fake.mark();
    expect((await dana.press(request, 'Accept')).outcome).toBe('ok');
    await world.fake.waitFor((c) => c.method === 'sendMessage' && String(c.params.chat_id) === alice.id, { after: accept });

    // WHEN Alice presses "Message" and types, the core relays it to Dana's platform.
    await alice.press('Message');
    expect(alice.lastText()).toMatch(/Your message/);
    const sent = await alice.says('Hi Dana! Saturday long run at 9?');
    expect(textsTo(sent, alice.id).join()).toMatch(/Sent to <b>Dana<\/b>/);
    const relayed = dana.inbox().at(-1)!;
    expect([relayed.title, relayed.text].join('\n')).toMatch(/Hi Dana! Saturday long run at 9\?/);
    expect([relayed.title, relayed.text].join('\n')).toMatch(/Alice/);

    // And Dana's reply, from Discord, lands in Alice's private chat on Telegram.
    const back = world.fake.mark();
    await dana.press(relayed, 'Reply');
    await dana.send({ kind: 'text', text: 'Yes! See you at the Tiergarten gate.' });
    await world.fake.waitFor((c) => c.method === 'sendMessage' && String(c.params.chat_id) === alice.id && /Tiergarten gate/.test(String(c.params.text)), { after: back });
    for (const text of world.everythingSent()) expect(text).not.toMatch(COORDINATE);
  });
});
