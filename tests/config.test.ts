import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PLATFORM_PLUGINS } from '../bots/index.js';
import { loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('GIVEN an empty environment WHEN loaded THEN the defaults apply and the embedded store is chosen', () => {
    const c = loadConfig({}, PLATFORM_PLUGINS);
    expect(c.ok && c.config).toMatchObject({
      store: { kind: 'embedded', dataDir: './data/mongo' },
      reminderLeadMinutes: [1440, 60],
      matchAlertsPerDay: 3,
      logLevel: 'info',
    });
  });

  it('GIVEN several bad variables WHEN loaded THEN one message names each of them and echoes no secret', () => {
    const c = loadConfig({
      MONGODB_URI: 'not-a-uri',
      TELEGRAM_BOT_TOKEN: 'super-secret-but-malformed',
      HTTP_PORT: '99999',
      SESSION_REMINDERS: 'soon',
      LOG_LEVEL: 'loud',
    }, PLATFORM_PLUGINS);
    expect(c.ok).toBe(false);
    const message = !c.ok ? c.message : '';
    for (const name of ['MONGODB_URI', 'TELEGRAM_BOT_TOKEN', 'HTTP_PORT', 'SESSION_REMINDERS', 'LOG_LEVEL']) expect(message).toContain(`${name}:`);
    expect(message).not.toContain('super-secret');
    expect(message).not.toContain('not-a-uri');
  });

  it('GIVEN DISCORD_SHARDS WHEN loaded THEN "auto" runs every recommended shard, "0,2/4" this instance\'s own, and anything else is named', () => {
    const discord = (shards?: string) => {
      const c = loadConfig({ DISCORD_TOKEN: 'token', DISCORD_APPLICATION_ID: '123456789012345678', ...(shards === undefined ? {} : { DISCORD_SHARDS: shards }) }, PLATFORM_PLUGINS);
      return c.ok ? (c.config.platforms.find((p) => p.name === 'discord')?.settings as { shards: unknown } | undefined)?.shards : c.message;
    };
    expect(discord()).toBe('auto');
    expect(discord('auto')).toBe('auto');
    expect(discord('2, 0/4')).toEqual({ ids: [0, 2], count: 4 });
    for (const bad of ['4/4', '1,1/2', 'a/2', '/2', '0/0', '0/2/3', '0']) expect(discord(bad)).toMatch(/DISCORD_SHARDS/);
  });

  it('GIVEN a Discord token without an application id WHEN loaded THEN the missing id is named', () => {
    const c = loadConfig({ DISCORD_TOKEN: 'abc.def.ghi' }, PLATFORM_PLUGINS);
    expect(!c.ok && c.message).toContain('DISCORD_APPLICATION_ID');
  });

  it('GIVEN no HTTP_HOST WHEN loaded THEN the ops server stays on loopback; an address or host name is taken as given', () => {
    const c = loadConfig({}, PLATFORM_PLUGINS);
    expect(c.ok && c.config.httpHost).toBe('127.0.0.1');
    const blank = loadConfig({ HTTP_HOST: ' ' }, PLATFORM_PLUGINS);
    expect(blank.ok && blank.config.httpHost).toBe('127.0.0.1');
    expect(c.ok && c.config.metricsToken).toBeUndefined();
    for (const host of ['0.0.0.0', '::', '10.1.2.3', 'spotter.internal']) {
      const opened = loadConfig({ HTTP_HOST: host }, PLATFORM_PLUGINS);
      expect(opened.ok && opened.config.httpHost).toBe(host);
    }
  });

  it('GIVEN a bad HTTP_HOST and a short METRICS_TOKEN WHEN loaded THEN both are named and the token is not echoed', () => {
    const c = loadConfig({ HTTP_HOST: '0.0.0.0; rm -rf /', METRICS_TOKEN: 'short-secret' }, PLATFORM_PLUGINS);
    expect(c.ok).toBe(false);
    const message = !c.ok ? c.message : '';
    expect(message).toContain('HTTP_HOST: expected an IP address or host name');
    expect(message).toContain('METRICS_TOKEN: expected at least 16 printable characters');
    expect(message).not.toContain('short-secret');
    const good = loadConfig({ METRICS_TOKEN: 'scrape-me-0123456789' }, PLATFORM_PLUGINS);
    expect(good.ok && good.config.metricsToken).toBe('scrape-me-0123456789');
  });

  it('GIVEN MONGODB_URI WHEN loaded THEN that server is used; lead times are parsed and sorted', () => {
    const c = loadConfig({ MONGODB_URI: 'mongodb+srv://u:p@cluster0.example.net/spotter', SESSION_REMINDERS: '30m, 2d ,1h' }, PLATFORM_PLUGINS);
    expect(c.ok && c.config.store).toEqual({ kind: 'uri', uri: 'mongodb+srv://u:p@cluster0.example.net/spotter' });
    expect(c.ok && c.config.reminderLeadMinutes).toEqual([2880, 60, 30]);
  });
});

describe('starting the service', () => {
  it('GIVEN MONGODB_URI=not-a-uri WHEN `npm start` runs THEN it exits 2 with a message naming MONGODB_URI and no stack trace', async () => {
    const run = promisify(execFile)('node', ['--import', 'tsx', 'src/main.ts'], { env: { ...process.env, MONGODB_URI: 'not-a-uri' } });
    const failure = (await run.then(() => null, (e: { code: number; stderr: string }) => e))!;
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain('MONGODB_URI: expected a MongoDB connection string');
    expect(failure.stderr).not.toMatch(/\n\s+at /);
  });
});
