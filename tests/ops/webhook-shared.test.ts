import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createTelegramBot, type TelegramBotConfig } from '../../bots/telegram/index.js';
import { createApp, type App } from '../../src/app.js';
import type { ConfiguredPlatform } from '../../src/interaction/platform-plugin.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { FakeTelegram, person, textMessage } from '../fakes/telegram/index.js';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/** Telegram configured as its plug-in would, but at the fake's plain-http address (the schema asks for https). */
const telegram = (settings: TelegramBotConfig): ConfiguredPlatform => ({
  name: 'telegram',
  offline: false,
  settings,
  create: async (deps) => createTelegramBot(settings, deps),
});

let app: App | null = null;
let fake: FakeTelegram | null = null;
afterEach(async () => {
  await app?.stop();
  await fake?.close();
  app = null;
  fake = null;
});

describe('Telegram webhook on the ops port', () => {
  it('GIVEN HTTP_PORT and webhook mode WHEN Telegram posts updates THEN they arrive on the shared server, the secret is checked, and /readyz reports telegram', async () => {
    fake = await FakeTelegram.start();
    const port = await freePort();
    const base = loadConfig({ STORE: 'memory' });
    if (!base.ok) throw new Error(base.message);
    const secret = 'hook-secret_0123456789';
    app = await createApp(
      {
        ...base.config,
        httpPort: port,
        platforms: [telegram({ token: fake.token, apiRoot: fake.apiRoot, webhook: { url: `http://127.0.0.1:${port}/telegram/updates`, secret, port: 1 } })],
      },
      silentLogger(),
    );
    await app.start();
    expect(fake.webhook?.url).toBe(`http://127.0.0.1:${port}/telegram/updates`);

    const alice = person(4242, 'Alice');
    const [update] = fake.numbered(textMessage(alice, '/help'));
    expect(await fake.postToWebhook(update!, { secret: 'wrong-secret-0123456789' })).toBe(403);
    expect(fake.sent(alice.id)).toEqual([]);
    expect(await fake.postToWebhook(update!)).toBe(200);
    for (let i = 0; i < 50 && fake.sent(alice.id).length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(fake.sent(alice.id)).toHaveLength(1);

    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { store: 'ok', jobs: 'ok', telegram: 'ok' } });
  });

  it('GIVEN webhook mode on the ops port with no secret configured WHEN forged calls arrive THEN a generated secret guards it there too', async () => {
    fake = await FakeTelegram.start();
    const port = await freePort();
    const base = loadConfig({ STORE: 'memory' });
    if (!base.ok) throw new Error(base.message);
    const url = `http://127.0.0.1:${port}/telegram/updates`;
    app = await createApp({ ...base.config, httpPort: port, platforms: [telegram({ token: fake.token, apiRoot: fake.apiRoot, webhook: { url, secret: undefined, port: 1 } })] }, silentLogger());
    await app.start();
    const secret = fake.webhook?.secret;
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const mallory = person(6666, 'Mallory');
    const [forged] = fake.numbered(textMessage(mallory, '/help'));
    const before = fake.mark();
    expect(await fake.postToWebhook(forged!, { secret: null })).toBe(403);
    expect(await fake.postToWebhook(forged!, { secret: 'A'.repeat(43) })).toBe(403);
    expect((await fetch(url, { headers: { 'x-telegram-bot-api-secret-token': secret! } })).status).toBe(405);
    expect(fake.calls.slice(before)).toEqual([]);
    expect(await fake.postToWebhook(forged!)).toBe(200);
    expect(fake.sent(mallory.id, before)).toHaveLength(1);
  });
});
