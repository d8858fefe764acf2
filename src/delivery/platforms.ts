import type { Platform } from '../domain/platform.js';
import type { Reply } from '../interaction/reply.js';

/** How the platforms take messages nobody asked for: the delivery side's port to the adapters. */

export type { DeliveryOutcome, PlatformDelivery } from '../interaction/platform-delivery.js';
import type { PlatformDelivery } from '../interaction/platform-delivery.js';

/** Where each platform's deliveries go; adapters register themselves when they start. */
export class DeliveryRegistry {
  private readonly byPlatform = new Map<Platform, PlatformDelivery>();

  register(delivery: PlatformDelivery): void {
    this.byPlatform.set(delivery.platform, delivery);
  }

  get(platform: Platform): PlatformDelivery | undefined {
    return this.byPlatform.get(platform);
  }

  /** The platforms registered, in the order they were. */
  platforms(): Platform[] {
    return [...this.byPlatform.keys()];
  }
}

/** A notice keeps the words; buttons of a missed message have usually lost their moment. */
export const renderNotice = (message: Reply): string =>
  [message.title ? `**${message.title}**` : '', message.text, ...(message.fields ?? []).map((f) => `${f.name}: ${f.value}`)]
    .filter(Boolean)
    .join('\n');
