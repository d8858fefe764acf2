export { OutboxNotifier, type Outgoing, withDedupeScope } from './outbox-notifier.js';
export { OutboxSender, type SenderOptions, type SenderStats } from './sender.js';
export { NO_LIMITS, type PlatformLimits, type Rate, RateLimiter } from './limiter.js';
