import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { userKey } from '../../src/domain/platform.js';
import { silentLogger } from '../../src/logger.js';

let app: App | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

async function started(): Promise<{ app: App; base: string }> {
  const loaded = loadConfig({ STORE: 'memory' });
  if (!loaded.ok) throw new Error(loaded.message);
  const a = await createApp({ ...loaded.config, httpPort: 0 }, silentLogger());
  await a.start();
  return { app: a, base: `http://127.0.0.1:${a.httpPort}` };
}

describe('health and metrics', () => {
  it('GIVEN a running service WHEN probed THEN /healthz and /readyz answer 200 with each check', async () => {
    const s = await started();
    app = s.app;
    expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${s.base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { store: 'ok', jobs: 'ok' } });
  });

  it('GIVEN the store is gone WHEN /readyz is asked THEN it answers 503 with the reason', async () => {
    const s = await started();
    app = s.app;
    await s.app.opened.store.close();
    const ready = await fetch(`${s.base}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'not ready', checks: { store: 'store is closed' } });
  });

  it('GIVEN a command handled WHEN /metrics is scraped THEN the command counter and profile gauge moved', async () => {
    const s = await started();
    app = s.app;
    const before = await (await fetch(`${s.base}/metrics`)).text();
    expect(before).not.toMatch(/spotter_commands_total\{platform="console",command="set-level"/);
    await s.app.dispatcher.handle(
      { platform: 'console', user: { key: userKey('console', 'ana'), displayName: 'Ana' }, community: null },
      { kind: 'line', command: 'set-level', text: 'beginner' },
    );
    const after = await (await fetch(`${s.base}/metrics`)).text();
    expect(after).toMatch(/spotter_commands_total\{platform="console",command="set-level",outcome="ok"\} 1/);
    expect(after).toMatch(/spotter_command_duration_seconds_count\{platform="console",command="set-level"\} 1/);
    expect(after).toMatch(/spotter_active_profiles 1/);
  });
});
