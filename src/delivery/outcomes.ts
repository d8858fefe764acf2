import type { Metrics } from '../ops/metrics.js';
import type { Clock } from '../core/deps.js';
import { type DeliveryOutcome, renderNotice } from './platforms.js';
import { withUnreachable } from '../domain/profile.js';
import type { NoticeId, PersonId } from '../domain/ids.js';
import type { Logger } from '../logger.js';
import { type OutboxSettlement, type Store, StoreConflict } from '../store/port.js';
import type { Held, Lane } from './lanes.js';
import type { NotificationPresenter } from '../views/notifications/index.js';

export interface SenderStats {
  sent: number;
  unreachable: number;
  failed: number;
  dropped: number;
  /** 429s (or equivalent) received. */
  throttled: number;
  /** Failures that will be tried again later. */
  retried: number;
  /** Settlements refused because the lease had run out (another sender took the item). */
  leaseLost: number;
}

/** What the settler needs from the sender that owns it. */
export interface SettlerContext {
  readonly store: Store;
  readonly clock: Clock;
  readonly log: Logger;
  readonly metrics: Pick<Metrics, 'delivery'>;
  /** Says a notification to its recipient, at the moment it is sent. */
  readonly present: NotificationPresenter;
  /** Attempts before a failing notification is given up (and kept as a notice). */
  readonly maxAttempts: number;
  /** First retry delay; doubles each attempt, at most an hour. */
  readonly retryBaseMs: number;
  /** Whether the sender is running (not stopping, stopped or crashed). */
  running(): boolean;
  /** Puts the item in the lane of the person's next platform that may still reach them. */
  dispatch(held: Held): Promise<void>;
  /** Called after each settlement: room was made, the claim loop may look again. */
  settled(): void;
}

const MAX_THROTTLES_HELD = 5;
const HOUR_MS = 3_600_000;

/**
 * The outcome side of OutboxSender: sends one held item, records what came of it (see
 * OutboxSender for the rules), and settles it in the outbox under its lease. Owns the items held
 * (claimed, not yet settled) and the counts of outcomes.
 */
export class Settler {
  readonly stats: SenderStats = { sent: 0, unreachable: 0, failed: 0, dropped: 0, throttled: 0, retried: 0, leaseLost: 0 };
  /** Items claimed and not yet settled, by outbox id. */
  readonly held = new Map<string, Held>();
  /** After `crash()`: nothing more is written, as if the process were gone. */
  crashed = false;

  constructor(private readonly c: SettlerContext) {}

  // ---- one send and its outcome -----------------------------------------------------------

  async send(lane: Lane, held: Held): Promise<void> {
    let outcome: DeliveryOutcome | { kind: 'error'; message: string };
    try {
      outcome = await lane.delivery.sendToUser(held.userId, this.c.present(held.item.notification, held.profile));
    } catch (error) {
      outcome = { kind: 'error', message: (error as Error).message || 'delivery failed' };
    }
    const now = this.c.clock();
    this.c.metrics.delivery(lane.platform, outcome.kind === 'error' ? 'failed' : outcome.kind);
    switch (outcome.kind) {
      case 'sent':
        this.c.log.info({ platform: lane.platform, kind: held.item.kind, outcome: 'sent' }, 'delivered');
        await this.settle(held, { status: 'sent', at: now, platform: lane.platform });
        return;
      case 'throttled': {
        this.stats.throttled += 1;
        const wait = Math.max(1000, outcome.retryAfterMs);
        lane.limiter.penalize(held.userId, wait);
        held.throttles += 1;
        this.c.log.warn({ platform: lane.platform, retryAfterMs: wait }, 'platform throttled a notification');
        if (held.throttles <= MAX_THROTTLES_HELD && !lane.closing && this.c.running()) lane.push(held, true);
        else await this.settle(held, { status: 'pending', dueAt: new Date(now.getTime() + wait), attempts: held.item.attempts, error: 'throttled' });
        return;
      }
      case 'unreachable': {
        this.c.log.info({ personId: held.item.personId, platform: lane.platform, reason: outcome.reason }, 'person unreachable');
        held.tried.add(lane.platform);
        const unreachable = withUnreachable(held.profile, lane.platform, now);
        held.profile = (await this.c.store.people.update(held.item.personId, { unreachable }, now).catch(() => null)) ?? { ...held.profile, unreachable };
        await this.c.dispatch(held);
        return;
      }
      case 'error': {
        const attempts = held.item.attempts + 1;
        this.c.log.warn({ platform: lane.platform, attempts, err: outcome.message }, 'notification delivery failed');
        if (attempts >= this.c.maxAttempts) {
          await this.keepAsNotice(held);
          await this.settle(held, { status: 'failed', at: now, error: outcome.message.slice(0, 500) });
        } else {
          const delay = Math.min(HOUR_MS, this.c.retryBaseMs * 2 ** (attempts - 1)) * (0.9 + Math.random() * 0.2);
          await this.settle(held, { status: 'pending', dueAt: new Date(now.getTime() + delay), attempts, error: outcome.message.slice(0, 500) });
        }
        return;
      }
    }
  }

  /** The words of a message nobody could take, shown the next time the person uses Spotter. */
  async keepAsNotice(held: Held): Promise<void> {
    if (this.crashed) return;
    try {
      // The outbox id as the notice id: a retry after a crash cannot add it twice.
      await this.c.store.notices.add({ id: held.item.id as string as NoticeId, personId: held.item.personId as PersonId, text: renderNotice(this.c.present(held.item.notification, held.profile)), createdAt: this.c.clock() });
    } catch (error) {
      if (!(error instanceof StoreConflict)) throw error;
    }
  }

  async settle(held: Held, settlement: OutboxSettlement): Promise<void> {
    this.held.delete(held.item.id);
    if (this.crashed) return;
    try {
      const ok = await this.c.store.outbox.settle(held.item.id, held.token, settlement);
      if (!ok) {
        this.stats.leaseLost += 1;
        this.c.log.warn({ outboxId: held.item.id, status: settlement.status }, 'outbox lease lost before settling');
      } else if (settlement.status === 'pending') {
        if (settlement.error !== held.item.lastError || settlement.attempts !== held.item.attempts) this.stats.retried += 1;
      } else this.stats[settlement.status] += 1;
    } catch (error) {
      this.c.log.error({ outboxId: held.item.id, err: (error as Error).message }, 'outbox settle failed');
    }
    this.c.settled();
  }
}
