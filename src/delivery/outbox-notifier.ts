import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/deps.js';
import type { Notifier } from '../core/notify.js';
import { newId, type PersonId } from '../domain/ids.js';
import type { Notification } from '../domain/notification.js';
import type { OutboxId, OutboxRepo } from '../store/port.js';

/** One notification to write to the outbox. */
export interface Outgoing {
  readonly personId: PersonId;
  readonly notification: Notification;
  /** The same key is never enqueued twice: a retried job or a restart repeats nothing. */
  readonly dedupeKey: string;
  readonly kind: string;
  /** Not before this instant (quiet hours); default now. */
  readonly dueAt?: Date;
}

interface Scope {
  readonly key: string;
  readonly counts: Map<PersonId, number>;
}

const scopes = new AsyncLocalStorage<Scope>();

/**
 * Runs `work` so that every notification the core sends through the OutboxNotifier inside it gets
 * a deterministic dedupe key, `<scope>:<person>:<n>` (the n-th message to that person in this
 * run). A job handler wraps the core calls it makes in the job's own key (`checkin:<session>`):
 * if the job is retried or runs again after a restart, the same messages come out under the same
 * keys and are not sent a second time.
 */
export function withDedupeScope<T>(key: string, work: () => Promise<T>): Promise<T> {
  return scopes.run({ key, counts: new Map() }, work);
}

/**
 * The Notifier the core uses when a scheduler runs: every notification is written to the
 * durable outbox first, then the sender (src/delivery/sender.ts) delivers it within the
 * platforms' limits. `notify` returns once the notification is safely stored.
 */
export class OutboxNotifier implements Notifier {
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly outbox: OutboxRepo,
    private readonly clock: Clock,
  ) {}

  /** Called after each new item, so a sender can wake up instead of waiting for its next poll. */
  onEnqueued(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async notify(personId: PersonId, notification: Notification): Promise<void> {
    const scope = scopes.getStore();
    let dedupeKey: string;
    if (scope) {
      const n = (scope.counts.get(personId) ?? 0) + 1;
      scope.counts.set(personId, n);
      dedupeKey = `${scope.key}:${personId}:${n}`;
    } else dedupeKey = `notice:${randomUUID()}`;
    await this.enqueue({ personId, notification, dedupeKey, kind: scope ? scope.key.split(':')[0]! : 'notice' });
  }

  /** Writes one notification; false when its dedupe key was there already (nothing written). */
  async enqueue(out: Outgoing): Promise<boolean> {
    const now = this.clock();
    const added = await this.outbox.enqueue({
      id: newId<OutboxId>(),
      dedupeKey: out.dedupeKey,
      personId: out.personId,
      kind: out.kind,
      notification: out.notification,
      status: 'pending',
      dueAt: out.dueAt && out.dueAt > now ? out.dueAt : now,
      attempts: 0,
      lease: null,
      lastError: null,
      platform: null,
      createdAt: now,
      settledAt: null,
    });
    if (added) for (const listener of this.listeners) listener();
    return added;
  }
}
