import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { newId, type PersonId } from '../../src/domain/ids.js';
import { userKey } from '../../src/domain/platform.js';
import { makeSession } from '../support/fixtures.js';
import { silentLogger } from '../../src/logger.js';

let app: App | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

async function started(env: Record<string, string> = {}): Promise<{ app: App; base: string }> {
  const loaded = loadConfig({ STORE: 'memory', ...env });
  if (!loaded.ok) throw new Error(loaded.message);
  const a = await createApp({ ...loaded.config, httpPort: 0 }, silentLogger());
  await a.start();
  return { app: a, base: `http://127.0.0.1:${a.httpPort}` };
}

const as = (id: string) => ({ platform: 'console' as const, user: { key: userKey('console', id), displayName: id }, community: null });

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

  it('GIVEN a held session where one of two came WHEN /metrics is scraped THEN show-up and no-show are a half each and the pair who came counts; rates with nothing to judge are NaN, never 0', async () => {
    const s = await started();
    app = s.app;
    const [host, ana, ben] = [newId<PersonId>(), newId<PersonId>(), newId<PersonId>()];
    const at = new Date(Date.now() - 2 * 86_400_000);
    await s.app.opened.store.sessions.insert(
      makeSession(host, { startsAt: at, status: 'completed', participants: [ana, ben], checkIns: [{ personId: ana, attended: true, at }, { personId: ben, attended: false, at, by: 'host' }] }),
    );
    const text = await (await fetch(`${s.base}/metrics`)).text();
    expect(text).toMatch(/^spotter_show_up_ratio 0\.5$/m);
    expect(text).toMatch(/^spotter_no_show_ratio 0\.5$/m);
    // Ana and the host who had her: one pair.
    expect(text).toMatch(/^spotter_active_pairs 1$/m);
    expect(text).toMatch(/^spotter_met_ratio nan$/im);
    expect(text).toMatch(/^spotter_round_participation_ratio nan$/im);
  });

  it('GIVEN a notification sent through the outbox WHEN /metrics is scraped THEN the delivery and the job-free outbox show it', async () => {
    const s = await started();
    app = s.app;
    const sent: string[] = [];
    s.app.deliveries.register({ platform: 'console', sendToUser: async (userId) => (sent.push(userId), { kind: 'sent' }) });
    for (const id of ['ana', 'ben'])
      await s.app.dispatcher.handle(as(id), { kind: 'line', command: 'setup', text: 'activities: running level: beginner place: Berlin, DE radius: 10' });
    const ben = (await s.app.opened.store.people.findByIdentity(userKey('console', 'ben')))!;
    await s.app.dispatcher.handle(as('ana'), { kind: 'options', command: 'connect', values: { person: ben.id } });
    let metrics = '';
    for (let i = 0; i < 100 && !/spotter_deliveries_total\{platform="console",outcome="sent"\} [1-9]/.test(metrics); i++) {
      await new Promise((r) => setTimeout(r, 50));
      metrics = await (await fetch(`${s.base}/metrics`)).text();
    }
    expect(sent).toContain('ben');
    expect(metrics).toMatch(/spotter_deliveries_total\{platform="console",outcome="sent"\} [1-9]/);
    expect(metrics).toMatch(/spotter_outbox_depth 0/);
  });

  it('GIVEN ADMIN_TOKEN WHEN the jobs dashboard is asked without it or with a wrong one THEN 401 and nothing leaks; with it, the dashboard answers', async () => {
    const token = 'correct-horse-battery-staple';
    const s = await started({ ADMIN_TOKEN: token });
    app = s.app;
    const none = await fetch(`${s.base}/admin/jobs/api`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic/);
    const wrong = await fetch(`${s.base}/admin/jobs/api`, { headers: { authorization: 'Bearer correct-horse-battery-stapl' } });
    expect(wrong.status).toBe(401);
    const body = await wrong.text();
    expect(body).toBe('{"error":"unauthorized"}');
    const basic = Buffer.from(`admin:${token}`).toString('base64');
    const ok = await fetch(`${s.base}/admin/jobs/api`, { headers: { authorization: `Basic ${basic}` } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toHaveProperty('overview');
    const page = await fetch(`${s.base}/admin/jobs/`, { headers: { authorization: `Bearer ${token}` } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
  });
});
