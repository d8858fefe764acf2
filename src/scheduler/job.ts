import type { z } from 'zod';
import type { Clock } from '../core/deps.js';
import type { Core } from '../core/core.js';
import type { OutboxNotifier } from '../delivery/outbox-notifier.js';
import type { Logger } from '../logger.js';
import type { MatchAlerter } from './alerts.js';
import type { Planner } from './planner.js';
import type { SchedulerSettings } from './settings.js';
import type { Store } from '../store/port.js';
import type { JobName } from './job-names.js';

/** What a job's handler works with: the core (the rules), and the scheduler's own parts. */
export interface JobContext {
  readonly core: Core;
  readonly store: Store;
  readonly clock: Clock;
  readonly log: Logger;
  readonly settings: SchedulerSettings;
  /** Writes notifications with the job's own dedupe keys. */
  readonly outbox: OutboxNotifier;
  /** Schedules and cancels other jobs (a new occurrence's reminders, a digest). */
  readonly planner: Planner;
  readonly alerts: MatchAlerter;
  /**
   * Run this same job again at `at` instead of finishing: for a job that woke too early (its
   * session moved later) and for the ones that repeat (the weekly digest).
   */
  runAgainAt(at: Date): void;
}

export interface JobOptions {
  /** Runs of this job at once in one process. */
  readonly concurrency?: number;
  /** A run longer than this is considered dead and may be taken over. */
  readonly lockLifetimeMs?: number;
  /** Retries after a failure (exponential backoff from 30 s); 0 for jobs that reschedule themselves. */
  readonly retries?: number;
}

/**
 * One job: its name, the schema its payload must satisfy (checked before the handler runs, so
 * a malformed or outdated payload fails loudly instead of doing half a thing), and the handler,
 * which calls the core. Handlers are idempotent: a run repeated after a crash changes nothing
 * that the first run did, and sends nothing twice (every notification has a dedupe key).
 */
export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  readonly name: JobName;
  readonly description: string;
  readonly schema: S;
  readonly options?: JobOptions;
  handle(payload: z.infer<S>, ctx: JobContext): Promise<void>;
}

export const defineJob = <S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> => definition;
