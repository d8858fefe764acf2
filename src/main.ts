import { PLATFORM_PLUGINS } from '../bots/index.js';
import { createApp } from './app.js';
import { hasTerminal, loadConfig } from './config.js';
import { createLogger } from './logger.js';

const SHUTDOWN_LIMIT_MS = 10_000;

async function main(): Promise<void> {
  const loaded = loadConfig(undefined, PLATFORM_PLUGINS);
  if (!loaded.ok) {
    process.stderr.write(`${loaded.message}\n`);
    process.exit(2);
  }
  const config = loaded.config;
  const terminal = hasTerminal();
  const noPlatform = config.platforms.every((p) => p.offline);
  // The terminal chat owns the screen, so logs stay terse there; in a terminal they are read by a person, so pretty.
  const log = createLogger(noPlatform && terminal ? 'warn' : config.logLevel, { pretty: terminal });
  const app = await createApp(config, log);

  let consoleDone: Promise<void> | null = null;
  if (noPlatform) {
    if (!terminal && config.httpPort === undefined) {
      log.error(
        'No platform is configured (set DISCORD_TOKEN and/or TELEGRAM_BOT_TOKEN) and there is no terminal for the offline chat. ' +
          'Run `npm start` in a terminal to try Spotter offline, or configure a token (see README.md).',
      );
      await app.stop();
      process.exitCode = 1;
      return;
    }
    if (terminal) {
      // Created only here (its plug-in loads it): a deployment with a platform never pays for the terminal adapter.
      for (const offline of config.platforms.filter((p) => p.offline)) {
        const bot = await offline.create(app.adapterDeps(offline.name));
        consoleDone = bot.done ?? consoleDone;
        app.add(bot);
      }
    } else log.warn('No platform is configured: running headless (health, metrics and jobs only).');
  }
  await app.start();

  let stopping = false;
  const shutdown = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason }, 'shutting down');
    const force = setTimeout(() => {
      log.error('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS);
    force.unref();
    await app.stop();
    log.info('stopped');
    clearTimeout(force);
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  if (consoleDone) void consoleDone.then(() => shutdown('terminal closed'));
}

main().catch((error: Error) => {
  process.stderr.write(`Spotter failed to start: ${error.message}\n`);
  process.exit(1);
});
