import { PassThrough } from 'node:stream';
import { type ConsoleSettings, createConsoleBot } from '../../bots/console/index.js';
import { PLATFORM_PLUGINS } from '../../bots/index.js';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';

/** The terminal's settings as its plug-in read them from USER and LANG. */
export const consoleSettings = (platforms: readonly { name: string; settings: unknown }[]): ConsoleSettings =>
  platforms.find((p) => p.name === 'console')!.settings as ConsoleSettings;

/** The terminal adapter driven as a person would: lines in, screen text out. */
export async function terminal(pictureDir?: string, env: Record<string, string> = {}) {
  const loaded = loadConfig({ STORE: 'memory', ...env }, PLATFORM_PLUGINS);
  if (!loaded.ok) throw new Error(loaded.message);
  const settings = consoleSettings(loaded.config.platforms);
  let now = new Date();
  const app = await createApp(loaded.config, silentLogger(), () => now);
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = '';
  output.on('data', (chunk: Buffer) => (screen += chunk.toString()));
  const bot = createConsoleBot({ dispatcher: app.dispatcher, kv: app.opened.store.kv.namespace('console'), clock: () => now, log: silentLogger() }, { input, output, ...(pictureDir ? { pictureDir } : {}) }, settings);
  app.add(bot);
  await app.start();
  const type = async (line: string) => {
    const before = screen.length;
    input.write(`${line}\n`);
    // Wait until the prompt comes back after this line's output.
    for (let i = 0; i < 200 && !/> $/.test(screen.slice(before)); i++) await new Promise((r) => setTimeout(r, 10));
    return screen.slice(before);
  };
  const later = (ms: number) => void (now = new Date(now.getTime() + ms));
  return { app, type, input, screen: () => screen, later };
}

