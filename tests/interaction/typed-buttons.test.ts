import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ActionId, PersonId } from '../../src/domain/ids.js';
import type { OfferedKind } from '../../src/domain/offered-action.js';
import { OFFERED_COMMANDS } from '../../commands/_offered.js';
import { Harness, runner } from '../support/harness.js';

/**
 * Typed buttons (issue #11, point 3), as they run: the types are proven by typed-buttons.test-d.ts;
 * here, what is stored with a button and what a press does, including buttons stored before a deploy.
 */
let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});

describe('the buttons the core offers', () => {
  it('GIVEN the commands loaded from commands/ THEN every kind the core offers runs the very command the map names', () => {
    const kinds = Object.keys(OFFERED_COMMANDS) as OfferedKind[];
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(h.dispatcher.registry.get(kind), kind).toBe(OFFERED_COMMANDS[kind]);
  });

  it('GIVEN a kind offered by the core WHEN stored THEN it carries its command’s name and its values as arguments (the wire format stays a name)', async () => {
    const ana = await runner(h, 'Ana');
    const id = await h.core.actions.offer(await ana.id(), { kind: 'notifications', alerts: false });
    const stored = await h.store.actions.get(id, h.now);
    expect(stored?.command).toBe('notifications');
    expect(stored?.args).toEqual({ alerts: false });
    await ana.press({ action: id });
    expect(ana.last?.command).toBe('notifications');
    expect((await ana.profile()).notifications.matchAlerts).toBe(false);
  });

  it('GIVEN the sources of the core and the scheduler THEN every button they make is a typed kind, never a command named by a string', () => {
    const files = ['src/core', 'src/scheduler'].flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)));
    const naming = files.filter((f) => f !== join('src/core', 'actions.ts') && readFileSync(f, 'utf8').includes('actions.create('));
    expect(naming).toEqual([]);
  });
});

describe('a button made by a command', () => {
  it('GIVEN /language WHEN Ana presses "Deutsch" THEN the stored action names /language with its option typed, and the press switches her language', async () => {
    const ana = await runner(h, 'Ana');
    await ana.run('language');
    const deutsch = ana.button('Deutsch');
    const stored = await h.store.actions.get(deutsch.action as ActionId, h.now);
    expect(stored?.command).toBe('language');
    expect(stored?.args).toEqual({ language: 'de' });
    await ana.press(deutsch);
    expect(ana.last?.command).toBe('language');
    expect((await ana.profile()).language).toBe('de');
  });

  it('GIVEN /sessions with a filter and a second page WHEN "Next" is pressed THEN the filter given is kept and nothing unset is stored', async () => {
    const ana = await runner(h, 'Ana');
    const hosts = await Promise.all(['Ben', 'Cleo', 'Dan'].map((n) => runner(h, n)));
    for (const [i, host] of hosts.entries()) for (const hour of [7, 8]) await host.run('session-create', `running tomorrow ${hour + i * 2}:00 Tiergarten`);
    await ana.run('sessions', 'running');
    const next = ana.button(/Next/);
    const stored = await h.store.actions.get(next.action as ActionId, h.now);
    expect(stored?.command).toBe('sessions');
    expect(stored?.args).toEqual({ activity: 'running', page: 2 });
    await ana.press(next);
    expect(ana.last?.command).toBe('sessions');
    expect(ana.last?.outcome).toBe('ok');
  });
});

describe('a button stored before a deploy', () => {
  /** A button as an older Spotter stored it: its command by name, its arguments as given then. */
  const storedBefore = async (actorId: PersonId, command: string, args: Record<string, unknown>): Promise<string> => {
    const id = `before-deploy-${command}` as ActionId;
    await h.store.actions.put({ id, actorId, command, args, createdAt: h.now, expiresAt: new Date(h.now.getTime() + 3_600_000) });
    return id;
  };

  it('GIVEN a stored button whose command still exists WHEN pressed THEN it runs that command', async () => {
    const ana = await runner(h, 'Ana');
    await ana.press({ action: await storedBefore(await ana.id(), 'notifications', { alerts: false }) });
    expect(ana.last?.command).toBe('notifications');
    expect((await ana.profile()).notifications.matchAlerts).toBe(false);
  });

  it('GIVEN a stored button whose command was renamed or removed since WHEN pressed THEN Ana is told the button no longer does anything', async () => {
    const ana = await runner(h, 'Ana');
    const out = await ana.press({ action: await storedBefore(await ana.id(), 'session-old-name', { session: 'abc' }) });
    expect(out.outcome).toBe('user-error');
    expect(ana.text()).toMatch(/That button no longer does anything/);
  });

  it('GIVEN a German member and such a button WHEN pressed THEN she is told so in German', async () => {
    const lena = h.person('Lena', { locale: 'de' });
    await lena.run('help');
    await lena.press({ action: await storedBefore(await lena.id(), 'gone', {}) });
    expect(lena.text()).toMatch(/Diese Schaltfläche bewirkt nichts mehr/);
  });
});
