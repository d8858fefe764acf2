import { afterEach, describe, expect, it } from 'vitest';
import { textMessage } from '../../fakes/telegram/index.js';
import { type TelegramWorld, TelegramWorld as World } from './world.js';

let world: TelegramWorld;
afterEach(async () => world?.stop());

describe('Telegram: webhook mode', () => {
  it('GIVEN the bot runs with a webhook and a secret WHEN updates arrive THEN only those carrying the secret are processed, each once', async () => {
    world = await World.create({ webhook: { secret: 'hook-secret_0123456789' } });
    const alice = world.telegramUser(9001, 'Alice');

    // The webhook was registered with its secret; the bot does not poll.
    expect(world.fake.webhook).toMatchObject({ secret: 'hook-secret_0123456789' });
    expect(world.fake.webhook?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/telegram\/updates$/);
    expect(world.fake.callsOf('setWebhook')[0]?.params.allowed_updates).toEqual(['message', 'callback_query', 'my_chat_member', 'chat_member']);
    expect(world.fake.callsOf('getUpdates')).toEqual([]);

    const ok = await alice.says('/set_location Hamburg');
    expect(ok.calls.filter((c) => c.method === 'sendMessage')).toHaveLength(1);
    expect(alice.lastText()).toMatch(/Hamburg/);

    // WHEN an update comes with a wrong secret, or none, THEN it is refused and never processed.
    const [forged] = world.fake.numbered(textMessage(alice.user, '/set_location Munich'));
    const before = world.fake.mark();
    expect(await world.fake.postToWebhook(forged!, { secret: 'not-the-secret' })).toBe(403);
    expect(await world.fake.postToWebhook(forged!, { secret: null })).toBe(403);
    expect(world.fake.calls.slice(before)).toEqual([]);
    expect((await alice.profile()).area).toMatch(/Hamburg/);

    // WHEN Telegram retries an update it already delivered THEN it is answered once.
    const [update] = world.fake.numbered(textMessage(alice.user, '/help'));
    expect(await world.fake.postToWebhook(update!)).toBe(200);
    expect(await world.fake.postToWebhook(update!)).toBe(200);
    expect(world.fake.sent(alice.id, before)).toHaveLength(1);
  });
});
