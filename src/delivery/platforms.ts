import { newId, type NoticeId, type PersonId } from '../domain/ids.js';
import type { Notification } from '../domain/notification.js';
import { decodeUserKey, type Platform } from '../domain/platform.js';
import { type Profile, withUnreachable } from '../domain/profile.js';
import type { Clock } from '../core/deps.js';
import type { Notifier } from '../core/notify.js';
import type { Reply } from '../interaction/reply.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/port.js';

/** How the platforms take messages nobody asked for: the delivery side's port to the adapters. */

export type { DeliveryOutcome, PlatformDelivery } from '../interaction/platform-delivery.js';
import type { DeliveryOutcome, PlatformDelivery } from '../interaction/platform-delivery.js';

/** Where each platform's deliveries go; adapters register themselves when they start. */
export class DeliveryRegistry {
  private readonly byPlatform = new Map<Platform, PlatformDelivery>();

  register(delivery: PlatformDelivery): void {
    this.byPlatform.set(delivery.platform, delivery);
  }

  get(platform: Platform): PlatformDelivery | undefined {
    return this.byPlatform.get(platform);
  }
}

const MAX_THROTTLE_WAITS = 3;

/**
 * Sends at once to the first of the person's platforms that takes it. A platform that refuses
 * (DMs closed, bot blocked) is marked unreachable; if none takes it, the message is kept as a
 * notice and shown the next time the person uses Spotter.
 */
export class DirectNotifier implements Notifier {
  constructor(
    private readonly store: Store,
    private readonly deliveries: DeliveryRegistry,
    private readonly clock: Clock,
    private readonly log: Logger,
    /** Says the notification to the person (src/views/notifications, given by main). */
    private readonly present: (notification: Notification, recipient: Profile) => Reply,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  async notify(personId: PersonId, notification: Notification): Promise<void> {
    const person = await this.store.people.get(personId);
    if (!person) return;
    const message = this.present(notification, person);
    const unreachable = new Set(person.unreachable.map((u) => u.platform));
    for (const key of person.identities) {
      const { platform, id } = decodeUserKey(key);
      const delivery = this.deliveries.get(platform);
      if (!delivery || unreachable.has(platform)) continue;
      const outcome = await this.deliver(delivery, id, message);
      if (outcome.kind === 'sent') return;
      if (outcome.kind === 'unreachable') {
        this.log.info({ personId, platform, reason: outcome.reason }, 'person unreachable');
        await this.store.people.update(personId, { unreachable: withUnreachable(person, platform, this.clock()) }, this.clock());
      }
    }
    await this.store.notices.add({ id: newId<NoticeId>(), personId, text: renderNotice(message), createdAt: this.clock() });
  }

  private async deliver(delivery: PlatformDelivery, userId: string, message: Reply): Promise<DeliveryOutcome> {
    let outcome: DeliveryOutcome = { kind: 'unreachable', reason: 'not tried' };
    for (let attempt = 0; attempt <= MAX_THROTTLE_WAITS; attempt++) {
      try {
        outcome = await delivery.sendToUser(userId, message);
      } catch (error) {
        this.log.warn({ platform: delivery.platform, err: (error as Error).message }, 'delivery failed');
        return { kind: 'throttled', retryAfterMs: 0 };
      }
      if (outcome.kind !== 'throttled') return outcome;
      await this.sleep(outcome.retryAfterMs);
    }
    return outcome;
  }
}

/** A notice keeps the words; buttons of a missed message have usually lost their moment. */
export const renderNotice = (message: Reply): string =>
  [message.title ? `**${message.title}**` : '', message.text, ...(message.fields ?? []).map((f) => `${f.name}: ${f.value}`)]
    .filter(Boolean)
    .join('\n');
