import { request } from 'node:http';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { userKey } from '../../src/domain/platform.js';
import { createLogger, silentLogger } from '../../src/logger.js';
import { ADMIN_FAILURES_ALLOWED } from '../../src/ops/jobs-dashboard.js';

let app: App | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

async function started(env: Record<string, string> = {}, log = silentLogger()): Promise<{ app: App; port: number }> {
  const loaded = loadConfig({ STORE: 'memory', ...env });
  if (!loaded.ok) throw new Error(loaded.message);
  app = await createApp({ ...loaded.config, httpPort: 0 }, log);
  await app.start();
  return { app, port: app.httpPort! };
}

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** One HTTP request from a chosen local address (any of 127.0.0.0/8 is this machine on Linux). */
function call(url: string, options: { method?: string; headers?: Record<string, string>; from?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers ?? {}, ...(options.from ? { localAddress: options.from } : {}) }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the ops server', () => {
  it('GIVEN no HTTP_HOST WHEN the service starts THEN it listens on loopback only; HTTP_HOST=0.0.0.0 opens it', async () => {
    const { port } = await started();
    expect((await call(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    // Another address of this machine is not 127.0.0.1: nothing listens there.
    await expect(call(`http://127.0.0.2:${port}/healthz`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await app!.stop();
    app = null;

    const open = await started({ HTTP_HOST: '0.0.0.0' });
    expect((await call(`http://127.0.0.2:${open.port}/healthz`)).status).toBe(200);
  });

  it('GIVEN 200 unknown commands typed with private text WHEN /metrics is scraped THEN they count under one "unknown" label and the text appears nowhere, logs included', async () => {
    const logged: string[] = [];
    const sink = new PassThrough();
    sink.on('data', (chunk: Buffer) => logged.push(chunk.toString()));
    const { app: a, port } = await started({}, createLogger('info', { destination: sink }));
    const who = { platform: 'telegram' as const, user: { key: userKey('telegram', '4242'), displayName: 'Ana' }, community: null };
    for (let n = 0; n < 200; n++) await a.dispatcher.handle(who, { kind: 'line', command: `secret_${n}_my_phone_5551234`, text: '' });
    // Telegram's spelling of a registered command is that command.
    await a.dispatcher.handle(who, { kind: 'line', command: 'set_level', text: 'beginner' });
    const metrics = (await call(`http://127.0.0.1:${port}/metrics`)).body;
    expect(metrics).toMatch(/spotter_commands_total\{platform="telegram",command="unknown",outcome="user-error"\} 200/);
    expect(metrics).toMatch(/spotter_commands_total\{platform="telegram",command="set-level",outcome="ok"\} 1/);
    expect(metrics).not.toMatch(/secret|5551234|set_level/);
    const series = metrics.split('\n').filter((l) => l.startsWith('spotter_commands_total{'));
    expect(series).toHaveLength(2);
    const handled = logged.join('').split('\n').filter((l) => l.includes('"handled"'));
    expect(handled).toHaveLength(201);
    expect(handled.filter((l) => l.includes('"command":"unknown"'))).toHaveLength(200);
    expect(logged.join('')).not.toMatch(/secret|5551234/);
  });

  it('GIVEN METRICS_TOKEN WHEN /metrics is scraped without it or with a wrong one THEN 401; with it, the metrics; health stays open', async () => {
    const token = 'scrape-token-0123456789';
    const { port } = await started({ METRICS_TOKEN: token });
    const base = `http://127.0.0.1:${port}`;
    const none = await call(`${base}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(none.body).not.toMatch(/spotter_/);
    for (const authorization of [`Bearer ${token}x`, `Bearer ${token.slice(0, -1)}`, `Basic ${Buffer.from(`x:${token}`).toString('base64')}`, token])
      expect((await call(`${base}/metrics`, { headers: { authorization } })).status).toBe(401);
    const ok = await call(`${base}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatch(/spotter_active_profiles 0/);
    expect((await call(`${base}/healthz`)).status).toBe(200);
    expect((await call(`${base}/readyz`)).status).toBe(200);
  });

  it('GIVEN probes that only look at the status WHEN they send HEAD THEN /healthz and /readyz answer as GET does, without a body; other methods get 405', async () => {
    const { app: a, port } = await started();
    const base = `http://127.0.0.1:${port}`;
    for (const path of ['/healthz', '/readyz']) {
      const head = await call(`${base}${path}`, { method: 'HEAD' });
      const get = await call(`${base}${path}`);
      expect(head.status).toBe(200);
      expect(head.status).toBe(get.status);
      expect(head.headers['content-type']).toBe(get.headers['content-type']);
      expect(head.body).toBe('');
      const post = await call(`${base}${path}`, { method: 'POST' });
      expect(post.status).toBe(405);
      expect(post.headers.allow).toBe('GET, HEAD');
    }
    await a.opened.store.close();
    expect((await call(`${base}/readyz`, { method: 'HEAD' })).status).toBe(503);
  });

  it('GIVEN ADMIN_TOKEN WHEN one address keeps guessing THEN after the allowed failures it gets 429 with Retry-After, even with the right token; another address is unaffected', async () => {
    const token = 'correct-horse-battery-staple';
    const { port } = await started({ ADMIN_TOKEN: token, HTTP_HOST: '0.0.0.0' });
    const dashboard = `http://127.0.0.1:${port}/admin/jobs/api`;
    const guess = (n: number) => ({ authorization: `Bearer wrong-guess-${n}-000000000` });

    // A browser's first request carries no credentials: it is asked for them, not counted.
    for (let i = 0; i < 3; i++) expect((await call(dashboard, { from: '127.0.0.1' })).status).toBe(401);
    for (let n = 1; n <= ADMIN_FAILURES_ALLOWED; n++) expect((await call(dashboard, { headers: guess(n), from: '127.0.0.1' })).status).toBe(401);
    const blocked = await call(dashboard, { headers: guess(99), from: '127.0.0.1' });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(60);
    expect(blocked.body).not.toMatch(/overview/);
    const rightButBlocked = await call(dashboard, { headers: { authorization: `Bearer ${token}` }, from: '127.0.0.1' });
    expect(rightButBlocked.status).toBe(429);

    // The right token from another address works, and keeps working: successes are not failures.
    for (let i = 0; i < ADMIN_FAILURES_ALLOWED + 2; i++) {
      const elsewhere = await call(dashboard, { headers: { authorization: `Bearer ${token}` }, from: '127.0.0.3' });
      expect(elsewhere.status).toBe(200);
      expect(JSON.parse(elsewhere.body)).toHaveProperty('overview');
    }
  });

  it('GIVEN a burst of parallel wrong tokens WHEN they arrive together THEN exactly the allowed number is judged, and the right token right after is still shut out', async () => {
    const token = 'correct-horse-battery-staple';
    const { port } = await started({ ADMIN_TOKEN: token });
    const dashboard = `http://127.0.0.1:${port}/admin/jobs/api`;
    const burst = await Promise.all(
      Array.from({ length: 25 }, (_, n) => call(dashboard, { headers: { authorization: `Bearer burst-guess-${n}-000000000` } })),
    );
    const statuses = burst.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(ADMIN_FAILURES_ALLOWED);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25 - ADMIN_FAILURES_ALLOWED);
    expect((await call(dashboard, { headers: { authorization: `Bearer ${token}` } })).status).toBe(429);
  });
});
