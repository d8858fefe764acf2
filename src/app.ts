import { fileURLToPath } from 'node:url';
import { configuredAdapters } from '../bots/index.js';
import type { Config } from './config.js';
import { Core } from './core/core.js';
import { announcerFrom, DeliveryRegistry, DirectNotifier } from './core/notify.js';
import { warmGazetteer } from './core/parse/location.js';
import type { AdapterDeps, PlatformAdapter } from './interaction/adapter.js';
import { Dispatcher } from './interaction/dispatcher.js';
import { loadCommands } from './interaction/registry.js';
import type { Logger } from './logger.js';
import { OpsServer, type ReadinessCheck } from './ops/http.js';
import { PromMetrics } from './ops/metrics.js';
import { openConfiguredStore, type OpenedStore } from './store/open.js';

export const COMMANDS_DIR = fileURLToPath(new URL('../commands', import.meta.url));

/** The whole service, assembled from configuration: the composition root. */
export interface App {
  readonly core: Core;
  readonly dispatcher: Dispatcher;
  readonly deliveries: DeliveryRegistry;
  readonly adapters: PlatformAdapter[];
  readonly opened: OpenedStore;
  readonly metrics: PromMetrics;
  /** The port the ops server listens on, when HTTP_PORT is set. */
  httpPort: number | null;
  /** Adds an adapter (e.g. the terminal) before `start`. */
  add(adapter: PlatformAdapter): void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function createApp(config: Config, log: Logger, clock: () => Date = () => new Date()): Promise<App> {
  const opened = await openConfiguredStore(config.store, log);
  log.info({ store: opened.description }, 'store ready');
  // Build the gazetteer index now rather than on the first person's command (~0.6 s).
  warmGazetteer();

  const registry = await loadCommands(COMMANDS_DIR);
  const deliveries = new DeliveryRegistry();
  const metrics = new PromMetrics(opened.store, null);
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
  const dispatcher = new Dispatcher(registry, core, log, metrics);
  const deps: AdapterDeps = { dispatcher, store: opened.store, clock, log };
  const adapters = await configuredAdapters(config, deps);

  const checks = (): ReadinessCheck[] => [
    { name: 'store', check: async () => (await opened.store.ping(), true) },
    ...adapters.map((a) => ({ name: a.platform, check: async () => (a.isReady() ? true : ('not connected' as const)) })),
  ];
  const ops = config.httpPort !== undefined ? new OpsServer(checks, metrics.registry, log) : null;

  const app: App = {
    core,
    dispatcher,
    deliveries,
    adapters,
    opened,
    metrics,
    httpPort: null,
    add(adapter) {
      adapters.push(adapter);
    },
    async start() {
      if (ops) {
        app.httpPort = await ops.listen(config.httpPort!);
        log.info({ port: app.httpPort }, 'ops server listening');
      }
      for (const adapter of adapters) {
        deliveries.register(adapter.delivery);
        await adapter.start();
        log.info({ platform: adapter.platform }, 'platform started');
      }
    },
    async stop() {
      for (const adapter of adapters)
        await adapter.stop().catch((e: Error) => log.warn({ platform: adapter.platform, err: e.message }, 'stop failed'));
      await ops?.close();
      await opened.close();
    },
  };
  return app;
}
