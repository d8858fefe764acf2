import type { Clock } from '../../src/core/deps.js';
import type { Notifier } from '../../src/core/notify.js';
import { NO_LIMITS } from '../../src/delivery/limiter.js';
import { OutboxNotifier } from '../../src/delivery/outbox-notifier.js';
import type { DeliveryRegistry } from '../../src/delivery/platforms.js';
import { OutboxSender } from '../../src/delivery/sender.js';
import type { PlatformLimits } from '../../src/interaction/platform-delivery.js';
import type { PersonId } from '../../src/domain/ids.js';
import type { Notification } from '../../src/domain/notification.js';
import type { Platform } from '../../src/domain/platform.js';
import type { Logger } from '../../src/logger.js';
import type { Store } from '../../src/store/port.js';
import type { NotificationPresenter } from '../../src/views/notifications/index.js';

/** A guard against a hang, not a deadline. */
const DRAIN_GUARD_MS = 30_000;

/**
 * Stories are not about the platforms' pacing (tests/delivery covers the limits): each platform
 * may take as many as it likes at once here, so a story's notifications go out without waits.
 * The fakes still refuse what the real platforms refuse.
 */
const OPEN_LIMITS = new Map<Platform, PlatformLimits>([['console', NO_LIMITS], ['discord', NO_LIMITS], ['telegram', NO_LIMITS]]);

/**
 * Production's delivery in a test's world: the core's notifications go into the durable outbox
 * through the OutboxNotifier and out through the OutboxSender, as src/scheduler wires them.
 * `notifier` waits until what it wrote went out (or was kept as a notice), so a story that looks
 * at a person's messages right after a core call or a command sees them; `settle()` does the same
 * after a command, for anything written another way.
 */
export class OutboxDelivery {
  readonly outbox: OutboxNotifier;
  readonly sender: OutboxSender;
  readonly notifier: Notifier;

  constructor(
    private readonly store: Store,
    deliveries: DeliveryRegistry,
    private readonly clock: Clock,
    log: Logger,
    present?: NotificationPresenter,
  ) {
    this.outbox = new OutboxNotifier(store.outbox, clock);
    // A long poll: every enqueue kicks the sender, and `settle` kicks it too.
    this.sender = new OutboxSender(store, deliveries, clock, log, { limits: OPEN_LIMITS, pollMs: 60_000, retryBaseMs: 1_000, ...(present ? { present } : {}) });
    this.outbox.onEnqueued(() => this.sender.kick());
    this.sender.start();
    this.notifier = {
      notify: async (personId: PersonId, notification: Notification) => {
        await this.outbox.notify(personId, notification);
        await this.settle();
      },
    };
  }

  /** Returns once nothing due now is left in the outbox and nothing is on its way. */
  async settle(): Promise<void> {
    for (let round = 0; round < 100; round++) {
      await this.sender.drain(DRAIN_GUARD_MS);
      const due = await this.store.outbox.nextDue();
      if (!due || due > this.clock()) return;
    }
    throw new Error('the outbox kept filling up while it was drained');
  }
}
