import { fileURLToPath } from 'node:url';
import { configuredAdapters } from '../bots/index.js';
import { createConsoleBot } from '../bots/console/index.js';
import { hasTerminal, loadConfig } from './config.js';
import { Core } from './core/core.js';
import { warmGazetteer } from './core/parse/location.js';
import { announcerFrom, DeliveryRegistry, DirectNotifier } from './core/notify.js';
import type { PlatformAdapter } from './interaction/adapter.js';
import { Dispatcher } from './interaction/dispatcher.js';
import { loadCommands } from './interaction/registry.js';
import { createLogger } from './logger.js';
import { openConfiguredStore } from './store/open.js';

const SHUTDOWN_LIMIT_MS = 10_000;

async function main(): Promise<void> {
  const loaded = loadConfig();
  if (!loaded.ok) {
    process.stderr.write(`${loaded.message}\n`);
    process.exit(2);
  }
  const config = loaded.config;
  const log = createLogger(config.logLevel);
  const opened = await openConfiguredStore(config.store, log);
  log.info({ store: opened.description }, 'store ready');

  // Build the gazetteer index now rather than on the first person's command (~0.6 s).
  warmGazetteer();
  const registry = await loadCommands(fileURLToPath(new URL('../commands', import.meta.url)));
  const clock = () => new Date();
  const deliveries = new DeliveryRegistry();
  const core = new Core({
    store: opened.store,
    clock,
    log,
    notifier: new DirectNotifier(opened.store, deliveries, clock, log),
    announcer: announcerFrom(deliveries),
    settings: {
      owners: config.owners,
      defaultRadiusKm: config.defaultRadiusKm,
      messageRetentionDays: config.messageRetentionDays,
      messagesPerHour: config.messagesPerHour,
      reminderLeadMinutes: config.reminderLeadMinutes,
    },
  });
  const dispatcher = new Dispatcher(registry, core, log);
  const deps = { dispatcher, store: opened.store, clock, log };

  const adapters: PlatformAdapter[] = await configuredAdapters(config, deps);
  let consoleDone: Promise<void> | null = null;
  if (adapters.length === 0) {
    if (!hasTerminal()) {
      log.error(
        'No platform is configured (set DISCORD_TOKEN and/or TELEGRAM_BOT_TOKEN) and there is no terminal for the offline console. ' +
          'Run `npm start` in a terminal to try Spotter offline, or configure a token (see README.md).',
      );
      await opened.close();
      process.exitCode = 1;
      return;
    }
    const terminal = createConsoleBot(deps);
    consoleDone = terminal.done;
    adapters.push(terminal);
  }
  for (const adapter of adapters) {
    deliveries.register(adapter.delivery);
    await adapter.start();
    log.info({ platform: adapter.platform }, 'platform started');
  }

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
    for (const adapter of adapters) await adapter.stop().catch((e: Error) => log.warn({ platform: adapter.platform, err: e.message }, 'stop failed'));
    await opened.close();
    log.info('stopped');
    clearTimeout(force);
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  if (consoleDone) void consoleDone.then(() => shutdown('console closed'));
}

main().catch((error: Error) => {
  process.stderr.write(`Spotter failed to start: ${error.message}\n`);
  process.exit(1);
});
