import { calendarRoute } from './ops/calendar-route.js';
import { feedReader } from './views/calendar-feed.js';
import { ALL_JOBS } from '../jobs/index.js';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.js';
import { Core } from './core/core.js';
import { DeliveryRegistry } from './delivery/platforms.js';
import { announcerFrom } from './delivery/announcer.js';
import { chatPlacesFrom } from './delivery/chat-places.js';
import { eventInterestFrom } from './delivery/event-interest.js';
import { LocalePolicy } from './i18n/locale-policy.js';
import { warmGazetteerInSlices } from './core/parse/location.js';
import type { AdapterDeps, PlatformAdapter } from './interaction/adapter.js';
import type { ConfiguredPlatform } from './interaction/platform-plugin.js';
import { Dispatcher } from './interaction/dispatcher.js';
import { loadCommands } from './interaction/registry.js';
import type { Logger } from './logger.js';
import { OpsServer, type ReadinessCheck } from './ops/http.js';
import { PromMetrics } from './ops/metrics.js';
import { PoolPictures } from './render/pictures.js';
import { PngPool } from './render/pool.js';
import { createScheduler, mongoJobsBackend, type Scheduler } from './scheduler/index.js';
import { openConfiguredStore, type OpenedStore } from './store/open.js';

/** How long after ready the gazetteer index starts building in the background. */
const GAZETTEER_DELAY_MS = 500;

export const COMMANDS_DIR = fileURLToPath(new URL('../commands', import.meta.url));

/** The whole service, assembled from configuration: the composition root. */
export interface App {
  readonly core: Core;
  readonly dispatcher: Dispatcher;
  readonly deliveries: DeliveryRegistry;
  readonly adapters: PlatformAdapter[];
  readonly opened: OpenedStore;
  readonly metrics: PromMetrics;
  readonly scheduler: Scheduler;
  /** The port the ops server listens on, when HTTP_PORT is set. */
  httpPort: number | null;
  /** What an adapter of the named platform is given: its own key-value namespace among the rest. */
  adapterDeps(platform: string): AdapterDeps;
  /** Adds an adapter (e.g. the terminal) before `start`. */
  add(adapter: PlatformAdapter): void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function createApp(config: Config<ConfiguredPlatform>, log: Logger, clock: () => Date = () => new Date()): Promise<App> {
  // Where start-up time goes (issue #16: ready within a second), in the 'ready' log line.
  const began = performance.now();
  const phases: Record<string, number> = {};
  const lap = (phase: string, since: number) => (phases[phase] = Math.round(performance.now() - since));
  const opened = await openConfiguredStore(config.store, log);
  lap('store', began);
  log.info({ store: opened.description }, 'store ready');

  const loading = performance.now();
  const registry = await loadCommands(COMMANDS_DIR);
  lap('commands', loading);
  const deliveries = new DeliveryRegistry();
  const metrics = new PromMetrics(opened.store, {
    depth: async () => (await opened.store.outbox.countByStatus()).pending,
    oldestAgeSeconds: async () => {
      const due = await opened.store.outbox.nextDue();
      return due ? Math.max(0, (clock().getTime() - due.getTime()) / 1000) : 0;
    },
  }, registry, clock);
  // Jobs share the data store's MongoDB connection; on the in-memory store, Agenda runs in memory.
  const scheduler = createScheduler({
    store: opened.store,
    ...(opened.mongo?.connection.db ? { backend: await mongoJobsBackend(opened.mongo.connection.db) } : {}),
    jobs: ALL_JOBS,
    deliveries,
    clock,
    log,
    metrics,
    settings: {
      reminderLeadMinutes: config.reminderLeadMinutes,
      matchAlertsPerDay: config.matchAlertsPerDay,
      matchAlertMinScore: config.matchAlertMinScore,
    },
  });
  const limits = await opened.openLimits(config.limits);
  const locales = new LocalePolicy();
  const core = new Core({
    store: opened.store,
    limits,
    clock,
    log,
    // Notifications go through the durable outbox, sent within each platform's limits.
    notifier: scheduler.notifier,
    hooks: scheduler.hooks,
    announcer: announcerFrom(deliveries, locales),
    chatPlaces: chatPlacesFrom(deliveries, locales),
    settings: {
      owners: config.owners,
      defaultRadiusKm: config.defaultRadiusKm,
      messageRetentionDays: config.messageRetentionDays,
      reminderLeadMinutes: config.reminderLeadMinutes,
      feedBaseUrl: config.publicUrl,
    },
  });
  scheduler.attach(core);
  // Pictures (/stats, /community-stats) are rasterised on worker threads, off the event loop.
  const pngPool = new PngPool();
  const dispatcher = new Dispatcher(registry, core, log, metrics, new PoolPictures(pngPool, log));

  const adapters: PlatformAdapter[] = [];
  const ops = config.httpPort !== undefined ? new OpsServer(() => checks(), metrics.registry, log, { metricsToken: config.metricsToken }) : null;
  if (ops && config.adminToken) {
    // Express, Agendash and bcrypt load only when the dashboard is configured.
    const { jobsDashboard } = await import('./ops/jobs-dashboard.js');
    ops.mount(await jobsDashboard(scheduler.agenda, config.adminToken));
  }
  if (ops) ops.mount(calendarRoute(feedReader(core, locales)));
  const shared: Omit<AdapterDeps, 'kv'> = { dispatcher, clock, log, durability: opened.durability, eventInterest: eventInterestFrom(core, locales), placeMessage: (c, p, a, t) => core.sessionChat.fromPlace(c, p, a, t), ...(ops ? { http: ops } : {}) };
  const adapterDeps = (platform: string): AdapterDeps => ({ ...shared, kv: opened.store.kv.namespace(platform) });
  // The configured platforms; an offline stand-in (the terminal) is main's to start, only without them.
  for (const platform of config.platforms.filter((p) => !p.offline)) adapters.push(await platform.create(adapterDeps(platform.name)));

  const checks = (): ReadinessCheck[] => [
    { name: 'store', check: async () => (await opened.store.ping(), true) },
    { name: 'jobs', check: async () => (scheduler.isRunning() ? true : ('not started' as const)) },
    ...adapters.map((a) => ({ name: a.platform, check: async () => (a.isReady() ? true : ('not connected' as const)) })),
  ];

  const app: App = {
    core,
    dispatcher,
    deliveries,
    adapters,
    opened,
    metrics,
    scheduler,
    httpPort: null,
    adapterDeps,
    add(adapter) {
      adapters.push(adapter);
    },
    async start() {
      const starting = performance.now();
      if (ops) {
        app.httpPort = await ops.listen(config.httpPort!, config.httpHost);
        log.info({ host: config.httpHost, port: app.httpPort }, 'ops server listening');
      }
      for (const adapter of adapters) {
        deliveries.register(adapter.delivery);
        await adapter.start();
        log.info({ platform: adapter.platform }, 'platform started');
      }
      // After the adapters: a notification must find its platform's delivery registered.
      await scheduler.start();
      lap('start', starting);
      log.info({ ms: { ...phases, sinceProcessStart: Math.round(performance.now()) } }, 'ready');
      void pngPool.warm();
      // The gazetteer index (~0.6 s of CPU) is built once the service is up, not on its way up,
      // and not on the first person's command either; in slices, a moment after ready, so the
      // first requests (health checks, a platform's first events) are answered before it starts
      // and between its slices.
      const warming = setTimeout(() => {
        const started = Date.now();
        void warmGazetteerInSlices().then(() => log.info({ ms: Date.now() - started }, 'gazetteer ready'));
      }, GAZETTEER_DELAY_MS);
      warming.unref();
    },
    async stop() {
      for (const adapter of adapters)
        await adapter.stop().catch((e: Error) => log.warn({ platform: adapter.platform, err: e.message }, 'stop failed'));
      // Running jobs finish and the outbox flushes what it can, within the shutdown budget.
      await scheduler.stop({ timeoutMs: 6_000 });
      await ops?.close();
      await pngPool.close();
      await opened.close();
    },
  };
  return app;
}
