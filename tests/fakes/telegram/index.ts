export { type ApiCall, type Delivery, FakeTelegram, type FakeTelegramOptions } from './server.js';
export { type Bucket, type RateLimits, RateLimiter, TELEGRAM_LIMITS } from './limits.js';
export * from './updates.js';
export { type FakeTopic, FakeTopics } from './topics.js';
