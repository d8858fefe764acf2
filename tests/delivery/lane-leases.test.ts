import { TELEGRAM_DELIVERY_LIMITS } from '../../bots/telegram/limits.js';
import { prerendered } from '../../src/domain/notification.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type DeliveryOutcome, DeliveryRegistry, type PlatformDelivery } from '../../src/delivery/platforms.js';
import { laneLeaseName } from '../../src/delivery/lane-leases.js';
import { OutboxNotifier } from '../../src/delivery/outbox-notifier.js';
import { OutboxSender } from '../../src/delivery/sender.js';
import { userKey } from '../../src/domain/platform.js';
import type { Reply } from '../../src/interaction/reply.js';
import { silentLogger } from '../../src/logger.js';
import { createMemoryStore } from '../../src/store/memory/index.js';
import type { Store } from '../../src/store/port.js';
import { T0, makeProfile } from '../support/fixtures.js';

/**
 * Two instances of the service on one store, each with its own sender, both reaching Telegram.
 * Time is faked (timers and Date), so the sends per second are counted exactly, whatever the
 * machine is doing; Telegram's budget is 30 a second overall (the sender's GCRA with a burst of 3
 * lets at most 33 fall in any one second).
 */

const LANE_LEASE_MS = 15_000;
const TELEGRAM_PEAK = 33;

interface Sent {
  readonly at: number;
  readonly instance: 'A' | 'B';
  readonly text: string;
}

/** Telegram as one instance reaches it: takes every message, at once, and notes when and through whom. */
class RecordingTelegram implements PlatformDelivery {
  readonly platform = 'telegram' as const;
  /** Telegram's own limits, as its plug-in declares them. */
  readonly limits = TELEGRAM_DELIVERY_LIMITS;
  constructor(
    private readonly instance: 'A' | 'B',
    private readonly log: Sent[],
  ) {}

  async sendToUser(_userId: string, reply: Reply): Promise<DeliveryOutcome> {
    this.log.push({ at: Date.now(), instance: this.instance, text: reply.text });
    return { kind: 'sent' };
  }
}

let store: Store;
let sent: Sent[];
let senders: OutboxSender[];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], now: T0 });
  store = createMemoryStore();
  sent = [];
  senders = [];
});
afterEach(async () => {
  const stopping = Promise.all(senders.map((s) => s.stop({ timeoutMs: 0 })));
  await vi.advanceTimersByTimeAsync(5_000);
  await stopping;
  vi.useRealTimers();
});

function instance(name: 'A' | 'B'): OutboxSender {
  const deliveries = new DeliveryRegistry();
  deliveries.register(new RecordingTelegram(name, sent));
  const sender = new OutboxSender(store, deliveries, () => new Date(Date.now()), silentLogger(), {
    workerId: name,
    laneLeaseMs: LANE_LEASE_MS,
    leaseMs: 30_000,
    monotonic: () => Date.now(),
  });
  senders.push(sender);
  return sender;
}

async function burst(n: number): Promise<void> {
  const notifier = new OutboxNotifier(store.outbox, () => new Date(Date.now()));
  for (let i = 0; i < n; i++) {
    const p = makeProfile({ identities: [userKey('telegram', String(700_000 + i))] });
    await store.people.insert(p);
    await notifier.enqueue({ personId: p.id, notification: prerendered({ visibility: 'private', text: `alert #${i}` }), dedupeKey: `alert:${i}`, kind: 'match-alert' });
  }
}

/** Moves fake time on in 10 ms steps until `done`, at most `ms`. */
async function runUntil(done: () => boolean, ms: number): Promise<void> {
  for (let t = 0; t < ms && !done(); t += 10) await vi.advanceTimersByTimeAsync(10);
  if (!done()) throw new Error(`condition not met within ${ms} ms of fake time`);
}

/** The most sends that fell within any one second [t, t + 1000). */
function peakPerSecond(log: readonly Sent[]): number {
  const times = log.map((s) => s.at).sort((a, b) => a - b);
  let best = 0;
  for (let start = 0, end = 0; end < times.length; end++) {
    while (times[end]! - times[start]! >= 1_000) start += 1;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

const texts = () => sent.map((s) => s.text);

describe('several instances share each platform lane', () => {
  it('GIVEN two senders on one store WHEN a burst of 300 notifications is due THEN one of them sends, the other stands by, and together they never pass 30 a second', async () => {
    await burst(300);
    const a = instance('A');
    const b = instance('B');
    a.start();
    b.start();

    await runUntil(() => sent.length === 300, 30_000);

    expect(new Set(texts()).size).toBe(300);
    expect(new Set(sent.map((s) => s.instance)).size).toBe(1);
    const holder = sent[0]!.instance;
    expect((await store.leases.get(laneLeaseName('telegram')))?.holder).toBe(holder);
    expect((holder === 'A' ? b : a).stats.sent).toBe(0);
    expect(peakPerSecond(sent)).toBeLessThanOrEqual(TELEGRAM_PEAK);
    // At the allowance, not below it: 300 at 30 a second take about 10 s.
    const span = sent.at(-1)!.at - sent[0]!.at;
    expect(span).toBeGreaterThanOrEqual(9_000);
    expect(span).toBeLessThanOrEqual(10_500);
    expect((await store.outbox.countByStatus()).sent).toBe(300);
  });

  it('GIVEN the holder dies mid-burst (no clean stop) THEN nothing goes until its lane lease lapses, then the other sender takes over and sends the rest, within the rate', async () => {
    await burst(300);
    const a = instance('A');
    a.start();
    await runUntil(() => sent.length >= 100, 20_000);
    const b = instance('B');
    b.start();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(b.stats.sent).toBe(0);

    const lease = (await store.leases.get(laneLeaseName('telegram')))!;
    expect(lease.holder).toBe('A');
    a.crash();
    const crashedAt = Date.now();
    const byA = sent.length;

    await runUntil(() => new Set(texts()).size === 300, 120_000);

    const byB = sent.slice(byA);
    expect(byB.every((s) => s.instance === 'B')).toBe(true);
    // Not before A's lease lapsed: never two instances on one lane.
    expect(byB[0]!.at).toBeGreaterThanOrEqual(lease.until.getTime());
    expect(byB[0]!.at).toBeGreaterThan(crashedAt);
    expect((await store.leases.get(laneLeaseName('telegram')))?.holder).toBe('B');
    expect(peakPerSecond(sent)).toBeLessThanOrEqual(TELEGRAM_PEAK);
    expect(sent).toHaveLength(300);
  });

  it('GIVEN the holder stops cleanly mid-burst THEN it gives its claims and the lane back, and the other sender goes on a rate window later, each message sent once', async () => {
    await burst(300);
    const a = instance('A');
    const b = instance('B');
    a.start();
    await runUntil(() => sent.length >= 100, 20_000);
    b.start();

    const stopping = a.stop({ timeoutMs: 0 });
    await runUntil(() => sent.some((s) => s.instance === 'B'), 10_000);
    await stopping;
    await runUntil(() => sent.length === 300, 20_000);

    expect(new Set(texts()).size).toBe(300);
    const lastOfA = sent.filter((s) => s.instance === 'A').at(-1)!.at;
    const firstOfB = sent.find((s) => s.instance === 'B')!.at;
    expect(firstOfB - lastOfA).toBeGreaterThanOrEqual(1_000);
    // Handed over within a renewal round and the rate window, not after the lease would have lapsed.
    expect(firstOfB - lastOfA).toBeLessThan(LANE_LEASE_MS);
    expect(peakPerSecond(sent)).toBeLessThanOrEqual(TELEGRAM_PEAK);
  });
});
