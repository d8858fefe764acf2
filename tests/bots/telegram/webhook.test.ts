import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { userKey } from '../../../src/domain/platform.js';
import { textMessage } from '../../fakes/telegram/index.js';
import { type TelegramWorld, TelegramWorld as World } from './world.js';

let world: TelegramWorld;
afterEach(async () => world?.stop());

/** A forged or malformed call: refused with `expected`. */
const expectRefused = (status: number, expected: number) => expect(status).toBe(expected);

/**
 * A raw request to the webhook: `declaredLength` claims a body size in the header; `chunks` are
 * written one by one; `end: false` leaves the body unfinished, so an answer proves the server
 * stopped reading early. Resolves with the status as soon as the answer's headers arrive.
 */
function rawPost(url: string, options: { method?: string; headers?: Record<string, string>; chunks?: Buffer[]; end?: boolean }): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'POST', headers: options.headers ?? {} }, (res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      req.destroy();
    });
    req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' ? undefined : reject(e)));
    req.flushHeaders();
    for (const chunk of options.chunks ?? []) req.write(chunk);
    if (options.end !== false) req.end();
  });
}

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
    expectRefused(await world.fake.postToWebhook(forged!, { secret: 'not-the-secret' }), 403);
    expectRefused(await world.fake.postToWebhook(forged!, { secret: null }), 403);
    expectRefused(await world.fake.postToWebhook(forged!, { secret: 'hook-secret_012345678' }), 403);
    expectRefused(await world.fake.postToWebhook(forged!, { secret: 'hook-secret_0123456789X' }), 403);
    expect(world.fake.calls.slice(before)).toEqual([]);
    expect((await alice.profile()).area).toMatch(/Hamburg/);

    // WHEN Telegram retries an update it already delivered THEN it is answered once.
    const [update] = world.fake.numbered(textMessage(alice.user, '/help'));
    expect(await world.fake.postToWebhook(update!)).toBe(200);
    expect(await world.fake.postToWebhook(update!)).toBe(200);
    expect(world.fake.sent(alice.id, before)).toHaveLength(1);
  });

  it('GIVEN webhook mode with no secret configured WHEN the bot starts THEN it registers a random secret Telegram accepts and refuses calls without it', async () => {
    world = await World.create({ webhook: {} });
    const secret = world.fake.webhook?.secret;
    expect(secret).toMatch(/^[A-Za-z0-9_-]{32,256}$/);
    expect(world.fake.callsOf('setWebhook')[0]?.params.secret_token).toBe(secret);

    // A forged update from another chat id: refused, nothing stored, nothing sent.
    const mallory = world.telegramUser(6666, 'Mallory');
    const [forged] = world.fake.numbered(textMessage(mallory.user, '/set_location Munich'));
    const before = world.fake.mark();
    expectRefused(await world.fake.postToWebhook(forged!, { secret: null }), 403);
    expectRefused(await world.fake.postToWebhook(forged!, { secret: 'guessed-secret-value-000000000000000000000' }), 403);
    expect(world.fake.calls.slice(before)).toEqual([]);
    expect(await world.store.people.findByIdentity(userKey('telegram', mallory.id))).toBeNull();

    // Telegram itself, sending the registered secret, gets through.
    await mallory.says('/set_location Munich');
    expect((await mallory.profile()).area).toMatch(/Munich/);
  });

  it('GIVEN a running webhook WHEN calls come with the secret but the wrong method, type, size or shape THEN each gets its status and nothing is processed', async () => {
    world = await World.create({ webhook: { secret: 'hook-secret_0123456789' } });
    const url = world.fake.webhook!.url;
    const signed = { 'x-telegram-bot-api-secret-token': 'hook-secret_0123456789' };
    const json = { ...signed, 'content-type': 'application/json' };
    const before = world.fake.mark();

    // POST only.
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const res = await fetch(url, { method, headers: signed });
      expectRefused(res.status, 405);
      expect(res.headers.get('allow')).toBe('POST');
    }
    // JSON only.
    const update = JSON.stringify(world.fake.numbered(textMessage(world.telegramUser(9002, 'Bo').user, '/help'))[0]);
    expectRefused((await fetch(url, { method: 'POST', headers: { ...signed, 'content-type': 'text/plain' }, body: update })).status, 415);
    expectRefused((await fetch(url, { method: 'POST', headers: signed, body: new Blob([update]) })).status, 415);
    // Not an update.
    expectRefused((await fetch(url, { method: 'POST', headers: json, body: '{"update_id": "1"' })).status, 400);
    expectRefused((await fetch(url, { method: 'POST', headers: json, body: '[1,2,3]' })).status, 400);

    // 20 MB announced: refused from the header, while the body has not even started.
    expectRefused(await rawPost(url, { headers: { ...json, 'content-length': String(20 * 1024 * 1024) }, end: false }), 413);
    // No length announced: refused once past 1 MB, while the sender still has more to send.
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    expectRefused(await rawPost(url, { headers: { ...json, 'transfer-encoding': 'chunked' }, chunks: [chunk, chunk, chunk, chunk, Buffer.from(' ')], end: false }), 413);
    // A forged huge body without the secret is refused before a byte is read.
    expectRefused(await rawPost(url, { headers: { 'content-type': 'application/json', 'content-length': String(20 * 1024 * 1024) }, end: false }), 403);

    expect(world.fake.calls.slice(before)).toEqual([]);
    // Just under the limit with the secret is still taken.
    const padded = `${update.slice(0, -1)},"pad":"${' '.repeat(1024 * 1024 - update.length - 20)}"}`;
    expect(Buffer.byteLength(padded)).toBeLessThanOrEqual(1024 * 1024);
    expect((await fetch(url, { method: 'POST', headers: json, body: padded })).status).toBe(200);
    expect(world.fake.sent(9002, before)).toHaveLength(1);
    expect(world.logs.filter((l) => l.msg === 'webhook call refused').length).toBeGreaterThanOrEqual(10);
  });
});
