import { PassThrough } from 'node:stream';
import { createConsoleBot } from '../../bots/console/index.js';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';

/** The terminal adapter driven as a person would: lines in, screen text out. */
export async function terminal(pictureDir?: string, env: Record<string, string> = {}) {
  const loaded = loadConfig({ STORE: 'memory', ...env });
  if (!loaded.ok) throw new Error(loaded.message);
  let now = new Date();
  const app = await createApp(loaded.config, silentLogger(), () => now);
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = '';
  output.on('data', (chunk: Buffer) => (screen += chunk.toString()));
  const bot = createConsoleBot({ dispatcher: app.dispatcher, store: app.opened.store, clock: () => now, log: silentLogger() }, { input, output, ...(pictureDir ? { pictureDir } : {}) }, { person: loaded.config.consolePerson, locale: loaded.config.consoleLocale });
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

