import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { type HealthFigures, healthFigures, healthSince } from '../core/health.js';
import type { Store } from '../store/port.js';

/** What the rest of the code reports; the Prometheus side stays in this file. */
export interface Metrics {
  commandHandled(platform: string, command: string, outcome: string, seconds: number): void;
  jobRun(job: string, outcome: 'ok' | 'failed'): void;
  delivery(platform: string, outcome: 'sent' | 'throttled' | 'unreachable' | 'failed'): void;
}

export const noMetrics: Metrics = { commandHandled() {}, jobRun() {}, delivery() {} };

export interface OutboxStats {
  depth(): Promise<number>;
  oldestAgeSeconds(): Promise<number>;
}

/** The commands that may name a series: the registry's (it accepts Telegram's "_" spelling). */
export interface KnownCommands {
  get(name: string): { readonly name: string } | undefined;
}

/** The `command` label of everything that isn't a registered command: typed text never becomes a series. */
export const UNKNOWN_COMMAND = 'unknown';
/** The `command` label when nothing ran as a command (a question answered, a stale button). */
export const NO_COMMAND = '-';

/** Scrapes this close together share one reading of the health figures. */
const HEALTH_REUSE_MS = 10_000;

/** Prometheus metrics on their own registry, with gauges read from the store when scraped. */
export class PromMetrics implements Metrics {
  readonly registry = new Registry();
  private readonly commands: Counter;
  private readonly latency: Histogram;
  private readonly jobs: Counter;
  private readonly deliveries: Counter;

  constructor(
    store: Store,
    outbox: OutboxStats | null,
    private readonly known: KnownCommands,
    clock: () => Date = () => new Date(),
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'spotter_process_' });
    this.commands = new Counter({ name: 'spotter_commands_total', help: 'Commands and interactions handled', labelNames: ['platform', 'command', 'outcome'], registers: [this.registry] });
    this.latency = new Histogram({
      name: 'spotter_command_duration_seconds',
      help: 'Time to handle a command, from receipt to replies ready',
      labelNames: ['platform', 'command'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [this.registry],
    });
    this.jobs = new Counter({ name: 'spotter_jobs_total', help: 'Job runs', labelNames: ['job', 'outcome'], registers: [this.registry] });
    this.deliveries = new Counter({ name: 'spotter_deliveries_total', help: 'Notification deliveries', labelNames: ['platform', 'outcome'], registers: [this.registry] });
    new Gauge({
      name: 'spotter_active_profiles',
      help: 'Profiles not paused',
      registers: [this.registry],
      async collect() {
        this.set(await store.people.countActive());
      },
    });
    new Gauge({
      name: 'spotter_open_sessions',
      help: 'Sessions open or full',
      registers: [this.registry],
      async collect() {
        this.set(await store.sessions.countOpen());
      },
    });
    // Whether people show up and meet, over every community and private session (src/core/health.ts).
    // One read of the store serves all five gauges of a scrape.
    let health: { at: number; figures: Promise<HealthFigures> } | null = null;
    const figures = (): Promise<HealthFigures> => {
      const now = clock();
      if (!health || now.getTime() - health.at > HEALTH_REUSE_MS) {
        const since = healthSince(now);
        health = {
          at: now.getTime(),
          figures: Promise.all([store.sessions.heldSince(since), store.rounds.startedSince(since), store.connections.acceptedSince(since)]).then(([records, rounds, connections]) =>
            healthFigures(records, rounds, now, { connections }),
          ),
        };
      }
      return health.figures;
    };
    const healthGauge = (name: string, help: string, read: (h: HealthFigures) => number | null) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        async collect() {
          // A rate with nothing to divide by is NaN (0/0), as Prometheus writes it, never a false 0.
          this.set(read(await figures()) ?? Number.NaN);
        },
      });
    healthGauge('spotter_show_up_ratio', 'Seats held in sessions of the last 28 days whose holder came', (h) => h.showUpRate);
    healthGauge('spotter_no_show_ratio', 'Seats held in sessions of the last 28 days whose holder was marked as not coming', (h) => h.noShowRate);
    healthGauge('spotter_active_pairs', 'Pairs of people who came to a session together in the last 7 days', (h) => h.activePairs);
    healthGauge('spotter_met_ratio', 'New buddies and round pairs who came to a session together within 14 days', (h) => h.metRate);
    healthGauge('spotter_round_participation_ratio', 'Members of the last 28 days of rounds who got a partner', (h) => h.participation);
    new Gauge({
      name: 'spotter_outbox_depth',
      help: 'Notifications waiting to be sent',
      registers: [this.registry],
      async collect() {
        this.set(outbox ? await outbox.depth() : 0);
      },
    });
    new Gauge({
      name: 'spotter_outbox_oldest_age_seconds',
      help: 'Age of the oldest waiting notification',
      registers: [this.registry],
      async collect() {
        this.set(outbox ? await outbox.oldestAgeSeconds() : 0);
      },
    });
  }

  commandHandled(platform: string, command: string, outcome: string, seconds: number): void {
    // Each label value is a series kept forever: only names from the registry, one bucket for the rest.
    const label = command === NO_COMMAND ? NO_COMMAND : (this.known.get(command)?.name ?? UNKNOWN_COMMAND);
    this.commands.inc({ platform, command: label, outcome });
    this.latency.observe({ platform, command: label }, seconds);
  }

  jobRun(job: string, outcome: 'ok' | 'failed'): void {
    this.jobs.inc({ job, outcome });
  }

  delivery(platform: string, outcome: 'sent' | 'throttled' | 'unreachable' | 'failed'): void {
    this.deliveries.inc({ platform, outcome });
  }
}
