import { prerendered } from '../../src/domain/notification.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeliveryRegistry } from '../../src/delivery/platforms.js';
import { OutboxNotifier } from '../../src/delivery/outbox-notifier.js';
import { OutboxSender } from '../../src/delivery/sender.js';
import type { PersonId } from '../../src/domain/ids.js';
import { userKey } from '../../src/domain/platform.js';
import type { PlatformDelivery } from '../../src/interaction/platform-delivery.js';
import { silentLogger } from '../../src/logger.js';
import { createMemoryStore } from '../../src/store/memory/index.js';
import { type ApiCall, FakeTelegram } from '../fakes/telegram/index.js';
import { T0, makeProfile } from '../support/fixtures.js';
import { telegramAdapterDelivery } from './telegram-delivery.js';

/**
 * The sender against the fake Bot API, which enforces Telegram's flood limits (1 message a second
 * in a chat with short bursts, 30 a second overall) and answers 429 with `retry_after` past them.
 *
 * Time is virtual: vitest's fake timers stand in for `setTimeout`, `Date` and `performance.now`,
 * which the sender's limiter, the fake's buckets and the fake's arrival stamps all read. The
 * sends themselves are real HTTP (telegraf → the fake), so the story moves time only while no
 * send is in flight: every arrival is stamped at the virtual instant the limiter let it go, and
 * what is asserted is the limiter's own behaviour, whatever else keeps the machine's cores busy.
 */

let fake: FakeTelegram;
let sender: OutboxSender | null = null;
afterEach(async () => {
  vi.useRealTimers();
  await sender?.stop({ timeoutMs: 0 });
  sender = null;
  await fake.close();
});

/** The Telegram adapter's delivery, noting each send while it is in flight. */
function tracked(delivery: PlatformDelivery, inFlight: Set<Promise<unknown>>): PlatformDelivery {
  return {
    platform: delivery.platform,
    limits: delivery.limits,
    sendToUser(userId, message) {
      const sending = delivery.sendToUser(userId, message);
      inFlight.add(sending);
      const forget = () => inFlight.delete(sending);
      sending.then(forget, forget);
      return sending;
    },
  };
}

async function setup(chats: readonly number[]) {
  fake = await FakeTelegram.start();
  const store = createMemoryStore();
  const notifier = new OutboxNotifier(store.outbox, () => T0);
  const inFlight = new Set<Promise<unknown>>();
  const deliveries = new DeliveryRegistry();
  deliveries.register(tracked(await telegramAdapterDelivery(fake, store), inFlight));
  const people = new Map<number, string>();
  let n = 0;
  for (const chat of chats) {
    let personId = people.get(chat);
    if (!personId) {
      const p = makeProfile({ identities: [userKey('telegram', String(chat))] });
      await store.people.insert(p);
      personId = p.id;
      people.set(chat, personId);
    }
    n += 1;
    await notifier.enqueue({ personId: personId as PersonId, notification: prerendered({ visibility: 'private', text: `message ${n}` }), dedupeKey: `m:${n}`, kind: 'test' });
  }
  // Virtual time from here on; the real event loop still carries the HTTP round trips.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'], now: T0 });
  sender = new OutboxSender(store, deliveries, () => new Date(), silentLogger(), { pollMs: 20 });
  return { store, sender, inFlight };
}

/** One real turn of the event loop (setImmediate is left real): I/O callbacks get to run. */
const realTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs the sender in virtual time until `done`: lets real I/O and the sender's own turns settle,
 * waits for every send in flight, and only then moves the clock to the next timer.
 */
async function runUntil(done: () => boolean, inFlight: Set<Promise<unknown>>, virtualMs = 120_000): Promise<void> {
  const deadline = Date.now() + virtualMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`not done within ${virtualMs} ms of virtual time`);
    for (let i = 0; i < 3; i++) await realTurn();
    if (inFlight.size > 0) {
      await Promise.allSettled([...inFlight]);
      continue;
    }
    await vi.advanceTimersToNextTimerAsync();
  }
}

/** The most messages that arrived within any window of `ms` (virtual). */
function peak(calls: readonly ApiCall[], ms: number): number {
  const times = calls.map((c) => c.at).sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < times.length; end++) {
    while (times[end]! - times[start]! >= ms) start += 1;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

describe("Telegram's limits, measured at the fake Bot API in virtual time", () => {
  it('GIVEN 120 chats and 4 more messages to one of them THEN no 429, 30 messages/s overall, a second apart within the chat', async () => {
    const chats = [...Array.from({ length: 120 }, (_, i) => 500_000 + i), 500_000, 500_000, 500_000, 500_000];
    const { store, sender, inFlight } = await setup(chats);

    // WHEN the sender drains the outbox
    sender.start();
    await runUntil(() => fake.sent().length >= 124 && sender.stats.sent >= 124, inFlight);

    // THEN each message arrived once, none was refused, and all are recorded as sent
    const sent = fake.sent();
    expect(fake.calls.filter((c) => c.status === 429)).toEqual([]);
    expect(sent).toHaveLength(124);
    expect(new Set(sent.map((c) => c.params.text)).size).toBe(124);
    expect((await store.outbox.countByStatus()).sent).toBe(124);

    // AND overall the sender keeps to its allowance (30/s, a burst of 3): the 119 other chats,
    // which nothing but the overall limit holds back, go at 30 a second, never faster
    const others = sent.filter((c) => String(c.params.chat_id) !== '500000');
    const rate = (others.length - 1) / ((others[others.length - 1]!.at - others[0]!.at) / 1000);
    expect(rate).toBeGreaterThanOrEqual(29);
    expect(rate).toBeLessThanOrEqual(30.6);
    // GCRA with a burst of 3 lets at most 33 fall within one second.
    expect(peak(sent, 1000)).toBeLessThanOrEqual(33);

    // AND within the one chat, a full second between its messages
    const mine = fake.sent(500_000).map((c) => c.at);
    expect(mine).toHaveLength(5);
    for (let i = 1; i < mine.length; i++) expect(mine[i]! - mine[i - 1]!).toBeGreaterThanOrEqual(1000);
  });

  it('GIVEN a platform stricter than expected (429s) THEN the sender waits retry_after each time and still delivers each message once', async () => {
    const { sender, inFlight } = await setup(Array.from({ length: 30 }, (_, i) => 600_000 + i));
    fake.setLimits({ global: { perSecond: 12, burst: 6 } });

    // WHEN the sender drains the outbox
    sender.start();
    await runUntil(() => fake.sent().length >= 30 && sender.stats.sent >= 30, inFlight);

    // THEN it was refused, counted each refusal, and still delivered each message once
    const throttled = fake.calls.filter((c) => c.status === 429);
    expect(throttled.length).toBeGreaterThan(0);
    expect(sender.stats.throttled).toBe(throttled.length);
    const sent = fake.sent();
    expect(sent).toHaveLength(30);
    expect(new Set(sent.map((c) => c.params.text)).size).toBe(30);
    // AND after each 429 nothing at all was sent before its retry_after (1 s) had passed
    for (const refusal of throttled) {
      const next = fake.calls.find((c) => c.seq > refusal.seq);
      if (next) expect(next.at - refusal.at).toBeGreaterThanOrEqual(1000);
    }
  });
});
