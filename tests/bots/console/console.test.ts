import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleBot } from '../../../bots/console/index.js';
import { createApp, type App } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import { silentLogger } from '../../../src/logger.js';
import { expectPng } from '../../support/png.js';

/** The terminal adapter driven as a person would: lines in, screen text out. */
async function terminal(pictureDir?: string) {
  const loaded = loadConfig({ STORE: 'memory' });
  if (!loaded.ok) throw new Error(loaded.message);
  const app = await createApp(loaded.config, silentLogger());
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = '';
  output.on('data', (chunk: Buffer) => (screen += chunk.toString()));
  const bot = createConsoleBot({ dispatcher: app.dispatcher, store: app.opened.store, clock: () => new Date(), log: silentLogger() }, { input, output, ...(pictureDir ? { pictureDir } : {}) });
  app.add(bot);
  await app.start();
  const type = async (line: string) => {
    const before = screen.length;
    input.write(`${line}\n`);
    // Wait until the prompt comes back after this line's output.
    for (let i = 0; i < 200 && !/> $/.test(screen.slice(before)); i++) await new Promise((r) => setTimeout(r, 10));
    return screen.slice(before);
  };
  return { app, type, input, screen: () => screen };
}

let app: App | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

describe('the terminal adapter', () => {
  it('GIVEN a local person WHEN they run /stats THEN the calendar PNG is saved and its path printed with the text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spotter-pictures-'));
    const t = await terminal(dir);
    app = t.app;
    await t.type('/setup activities: running level: intermediate place: Berlin, DE radius: 15');
    const screen = await t.type('/stats');
    expect(screen).toMatch(/training record/);
    const path = join(dir, 'you-stats.png');
    expect(screen).toContain(`(picture saved as ${path}, 1410×582)`);
    expect(expectPng(readFileSync(path))).toEqual({ width: 1410, height: 582 });
  });

  it('GIVEN no tokens WHEN two local people set up and one asks for matches THEN the other shows up with reasons and a numbered Connect button', async () => {
    const t = await terminal();
    app = t.app;
    expect(await t.type('/setup activities: running level: intermediate place: Berlin, DE radius: 15')).toMatch(/Profile saved/);
    await t.type(':as ben');
    await t.type('/setup activities: running, yoga level: intermediate place: Berlin, DE radius: 20');
    const screen = await t.type('/match');
    expect(screen).toMatch(/#1 you · Berlin, DE/);
    expect(screen).toMatch(/both run/);
    expect(screen).toMatch(/\[1\] Connect with #1 you/);
    expect(screen).not.toMatch(/\d+\.\d{3,}/);
  });

  it('GIVEN a guided command WHEN answered by typing and by pressing a numbered choice THEN the flow completes', async () => {
    const t = await terminal();
    app = t.app;
    expect(await t.type('/set-level')).toMatch(/\[1\] Beginner/);
    expect(await t.type('3')).toMatch(/Level: advanced/);
  });

  it('GIVEN free text with no question open WHEN typed THEN the terminal explains what to do', async () => {
    const t = await terminal();
    app = t.app;
    expect(await t.type('hello?')).toMatch(/\/help lists them/);
    expect(await t.type('/nope')).toMatch(/I don't know \/nope/);
  });
});
