import { prerendered } from '../../src/domain/notification.js';
import { afterEach, describe, expect, it } from 'vitest';
import { type DeliveryOutcome, DeliveryRegistry, type PlatformDelivery } from '../../src/delivery/platforms.js';
import { OutboxNotifier } from '../../src/delivery/outbox-notifier.js';
import { OutboxSender, type SenderOptions } from '../../src/delivery/sender.js';
import type { PersonId } from '../../src/domain/ids.js';
import { type Platform, userKey } from '../../src/domain/platform.js';
import type { Reply } from '../../src/interaction/reply.js';
import { silentLogger } from '../../src/logger.js';
import { createMemoryStore } from '../../src/store/memory/index.js';
import type { Store } from '../../src/store/port.js';
import { T0, makeProfile } from '../support/fixtures.js';

const FAST = { global: { perSecond: 5000, burst: 100 }, perChat: { perSecond: 1000, burst: 10 }, concurrency: 16 };

/** A platform in this process: records every message it took, answers as told. */
class FakePlatform implements PlatformDelivery {
  readonly taken: { userId: string; text: string }[] = [];
  answer: (userId: string, reply: Reply) => DeliveryOutcome | Error = () => ({ kind: 'sent' });
  calls = 0;

  constructor(readonly platform: Platform) {}

  async sendToUser(userId: string, reply: Reply): Promise<DeliveryOutcome> {
    this.calls += 1;
    await new Promise((r) => setImmediate(r));
    const outcome = this.answer(userId, reply);
    if (outcome instanceof Error) throw outcome;
    if (outcome.kind === 'sent') this.taken.push({ userId, text: reply.text });
    return outcome;
  }
}

interface World {
  store: Store;
  now: Date;
  notifier: OutboxNotifier;
  deliveries: DeliveryRegistry;
  senders: OutboxSender[];
  sender(options?: SenderOptions): OutboxSender;
}

function world(): World {
  const w: World = {
    store: createMemoryStore(),
    now: T0,
    deliveries: new DeliveryRegistry(),
    senders: [],
    notifier: null as unknown as OutboxNotifier,
    sender(options = {}) {
      const s = new OutboxSender(w.store, w.deliveries, () => w.now, silentLogger(), { pollMs: 10, limits: new Map([['telegram', FAST], ['discord', FAST], ['console', FAST]]), ...options });
      w.senders.push(s);
      s.start();
      return s;
    },
  };
  w.notifier = new OutboxNotifier(w.store.outbox, () => w.now);
  return w;
}

let w: World;
afterEach(async () => {
  for (const s of w.senders) await s.stop({ timeoutMs: 0 });
});

/** People on Telegram, one chat each, and one notification each. */
async function fanOut(n: number): Promise<PersonId[]> {
  const ids: PersonId[] = [];
  for (let i = 0; i < n; i++) {
    const p = makeProfile({ identities: [userKey('telegram', String(100_000 + i))] });
    await w.store.people.insert(p);
    ids.push(p.id);
    await w.notifier.enqueue({ personId: p.id, notification: prerendered({ visibility: 'private', text: `alert #${i}` }), dedupeKey: `bench:${i}`, kind: 'match-alert' });
  }
  return ids;
}

const until = async (test: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 2));
  }
};

const duplicates = (texts: string[]) => texts.length - new Set(texts).size;

describe('restart in the middle of a fan-out', () => {
  it('GIVEN 1,000 notifications WHEN the sender stops mid-way and a new one starts on the same store THEN none is lost and none is sent twice', async () => {
    w = world();
    const telegram = new FakePlatform('telegram');
    w.deliveries.register(telegram);
    await fanOut(1000);

    const first = w.sender();
    await until(() => telegram.taken.length >= 300);
    await first.stop({ timeoutMs: 0 });
    const before = telegram.taken.length;
    expect(before).toBeGreaterThanOrEqual(300);
    expect(before).toBeLessThan(1000);
    expect((await w.store.outbox.countByStatus()).sent).toBe(before);

    const second = w.sender();
    await second.drain();

    expect(telegram.taken).toHaveLength(1000);
    expect(duplicates(telegram.taken.map((t) => t.text))).toBe(0);
    expect(await w.store.outbox.countByStatus()).toMatchObject({ pending: 0, sent: 1000 });
    expect(first.stats.sent + second.stats.sent).toBe(1000);
  });

  it('GIVEN a crash (no clean stop) THEN after the leases run out everything is sent, nothing recorded as sent goes again, and at most the sends in flight repeat', async () => {
    w = world();
    const telegram = new FakePlatform('telegram');
    w.deliveries.register(telegram);
    await fanOut(1000);

    const first = w.sender({ leaseMs: 60_000 });
    await until(() => telegram.taken.length >= 300);
    first.crash();
    const sentAtCrash = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const item = await w.store.outbox.getByKey(`bench:${i}`);
      if (item?.status === 'sent') sentAtCrash.add(`alert #${i}`);
    }
    await new Promise((r) => setTimeout(r, 20));
    const takenByFirst = telegram.taken.length;

    // Before the leases run out, nobody may take what the dead sender held.
    const second = w.sender();
    await second.drain();
    const heldByDead = 1000 - sentAtCrash.size - telegram.taken.slice(takenByFirst).length;
    expect(heldByDead).toBeGreaterThan(0);

    // Once they have, everything goes.
    w.now = new Date(w.now.getTime() + 60_001);
    await second.drain();

    const texts = telegram.taken.map((t) => t.text);
    expect(new Set(texts).size).toBe(1000);
    const afterCrash = texts.slice(takenByFirst);
    expect(afterCrash.filter((t) => sentAtCrash.has(t))).toEqual([]);
    expect(duplicates(texts)).toBeLessThanOrEqual(16);
    expect(await w.store.outbox.countByStatus()).toMatchObject({ pending: 0, sent: 1000 });
  });
});

describe('outcomes', () => {
  it('GIVEN a platform that refuses (403) THEN it is recorded on the profile and the next platform takes the message', async () => {
    w = world();
    const telegram = new FakePlatform('telegram');
    const discord = new FakePlatform('discord');
    telegram.answer = () => ({ kind: 'unreachable', reason: 'Forbidden: bot was blocked by the user' });
    w.deliveries.register(telegram);
    w.deliveries.register(discord);
    const p = makeProfile({ identities: [userKey('telegram', '42'), userKey('discord', '80351110224678912')] });
    await w.store.people.insert(p);
    await w.notifier.enqueue({ personId: p.id, notification: prerendered({ visibility: 'private', text: 'hello' }), dedupeKey: 'k1', kind: 'test' });

    await w.sender().drain();

    expect(discord.taken.map((t) => t.userId)).toEqual(['80351110224678912']);
    expect((await w.store.people.get(p.id))!.unreachable.map((u) => u.platform)).toEqual(['telegram']);
    expect(await w.store.outbox.getByKey('k1')).toMatchObject({ status: 'sent', platform: 'discord' });
    // The next message goes straight to Discord: no retrying a platform that refused.
    await w.notifier.enqueue({ personId: p.id, notification: prerendered({ visibility: 'private', text: 'again' }), dedupeKey: 'k2', kind: 'test' });
    await w.senders[0]!.drain();
    expect(telegram.calls).toBe(1);
  });

  it('GIVEN no platform takes it THEN it is kept as a notice for the next visit, not retried', async () => {
    w = world();
    const telegram = new FakePlatform('telegram');
    telegram.answer = () => ({ kind: 'unreachable', reason: "Forbidden: bot can't initiate conversation with a user" });
    w.deliveries.register(telegram);
    const p = makeProfile({ identities: [userKey('telegram', '42')] });
    await w.store.people.insert(p);
    await w.notifier.enqueue({ personId: p.id, notification: prerendered({ visibility: 'private', title: 'Reminder', text: 'Run at 7' }), dedupeKey: 'k', kind: 'reminder' });

    await w.sender().drain();

    expect(await w.store.outbox.getByKey('k')).toMatchObject({ status: 'unreachable' });
    expect((await w.store.notices.takeAll(p.id)).map((n) => n.text)).toEqual(['**Reminder**\nRun at 7']);
    expect(telegram.calls).toBe(1);
  });

  it('GIVEN failures THEN it is retried with exponential backoff, and after the last attempt kept as a notice', async () => {
    w = world();
    const telegram = new FakePlatform('telegram');
    telegram.answer = () => new Error('HTTP 502');
    w.deliveries.register(telegram);
    const p = makeProfile({ identities: [userKey('telegram', '42')] });
    await w.store.people.insert(p);
    await w.notifier.enqueue({ personId: p.id, notification: prerendered({ visibility: 'private', text: 'x' }), dedupeKey: 'k', kind: 'test' });
    const sender = w.sender({ maxAttempts: 4, retryBaseMs: 10_000 });

    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      await sender.drain();
      const item = (await w.store.outbox.getByKey('k'))!;
      expect(item).toMatchObject({ status: 'pending', attempts: attempt, lastError: 'HTTP 502' });
      delays.push(item.dueAt.getTime() - w.now.getTime());
      w.now = item.dueAt;
    }
    // 10 s, 20 s, 40 s (±10% jitter)
    expect(delays.map((d) => Math.round(d / 10_000))).toEqual([1, 2, 4]);
    await sender.drain();
    expect(await w.store.outbox.getByKey('k')).toMatchObject({ status: 'failed', lastError: 'HTTP 502' });
    expect(await w.store.notices.takeAll(p.id)).toHaveLength(1);
    expect(telegram.calls).toBe(4);
  });

  it('GIVEN a 429 THEN the sender waits retry_after and sends it then, without counting an attempt', async () => {
    w = world();
    const telegram = new FakePlatform('telegram');
    let first = true;
    telegram.answer = () => {
      if (!first) return { kind: 'sent' };
      first = false;
      return { kind: 'throttled', retryAfterMs: 1000 };
    };
    w.deliveries.register(telegram);
    const p = makeProfile({ identities: [userKey('telegram', '42')] });
    await w.store.people.insert(p);
    await w.notifier.enqueue({ personId: p.id, notification: prerendered({ visibility: 'private', text: 'x' }), dedupeKey: 'k', kind: 'test' });
    const sender = w.sender();

    const started = performance.now();
    await sender.drain();

    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    expect(telegram.taken).toHaveLength(1);
    expect(sender.stats).toMatchObject({ throttled: 1, sent: 1 });
    expect(await w.store.outbox.getByKey('k')).toMatchObject({ status: 'sent', attempts: 0 });
  });

  it('GIVEN an item due later (quiet hours) THEN it is not sent before its time', async () => {
    w = world();
    const telegram = new FakePlatform('telegram');
    w.deliveries.register(telegram);
    const p = makeProfile({ identities: [userKey('telegram', '42')] });
    await w.store.people.insert(p);
    await w.notifier.enqueue({ personId: p.id, notification: prerendered({ visibility: 'private', text: 'x' }), dedupeKey: 'k', kind: 'test', dueAt: new Date(T0.getTime() + 3_600_000) });
    const sender = w.sender();
    await sender.drain();
    expect(telegram.taken).toEqual([]);
    w.now = new Date(T0.getTime() + 3_600_000);
    await sender.drain();
    expect(telegram.taken).toHaveLength(1);
  });

  it('GIVEN the person was erased meanwhile THEN the item is dropped', async () => {
    w = world();
    w.deliveries.register(new FakePlatform('telegram'));
    await w.notifier.enqueue({ personId: 'gone' as PersonId, notification: prerendered({ visibility: 'private', text: 'x' }), dedupeKey: 'k', kind: 'test' });
    await w.sender().drain();
    expect(await w.store.outbox.getByKey('k')).toMatchObject({ status: 'dropped' });
  });
});
