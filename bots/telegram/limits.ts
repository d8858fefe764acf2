import type { PlatformLimits } from '../../src/interaction/platform-delivery.js';

/**
 * How fast the sender sends to Telegram, a little inside what it allows: about 1 message a second
 * in a chat and about 30 a second overall (429 with `retry_after` past that). A burst of 3 absorbs
 * timer lateness without ever outrunning a 30-token bucket.
 */
export const TELEGRAM_DELIVERY_LIMITS: PlatformLimits = {
  global: { perSecond: 30, burst: 3 },
  perChat: { perSecond: 1, burst: 1 },
  concurrency: 16,
};
