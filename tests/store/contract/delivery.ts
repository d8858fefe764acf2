import { beforeEach, describe, expect, it } from 'vitest';
import { type ActionId, newId, type PersonId, type SessionId } from '../../../src/domain/ids.js';
import {
  type AlertSubject,
  type MatchAlert,
  type MatchAlertId,
  type OutboxItem,
  type Store,
} from '../../../src/store/port.js';
import { T0, makeProfile } from '../../support/fixtures.js';
import { outboxItem } from './builders.js';

export function deliveryContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('delivery: outbox and alert ledger', () => {
    // The delivery stories read a notification's facts back out of the outbox: names, a note, action ids.
    const item = (overrides: Partial<OutboxItem> = {}): OutboxItem =>
      outboxItem({
        notification: {
          kind: 'buddy-request',
          from: { id: 'p-ana' as PersonId, displayName: 'Ana', area: 'Kreuzberg', activities: ['running', 'yoga'], level: 'intermediate' },
          note: 'Morning runs?',
          accept: 'act-accept' as ActionId,
          decline: 'act-decline' as ActionId,
        },
        ...overrides,
      });
    const later = (ms: number) => new Date(T0.getTime() + ms);

    it('GIVEN a notification WHEN it is enqueued twice under one dedupe key THEN it exists once', async () => {
      const first = item({ dedupeKey: 'reminder:s1:p1:60' });
      expect(await store.outbox.enqueue(first)).toBe(true);
      expect(await store.outbox.enqueue(item({ dedupeKey: 'reminder:s1:p1:60', kind: 'other' }))).toBe(false);
      expect(await store.outbox.getByKey('reminder:s1:p1:60')).toEqual(first);
      expect(await store.outbox.get(first.id)).toEqual(first);
      expect((await store.outbox.countByStatus()).pending).toBe(1);
    });

    it('GIVEN facts holding an instant WHEN enqueued, read and claimed THEN the instant comes back as a Date, and changing what was read changes nothing stored', async () => {
      const alert = item({
        notification: {
          kind: 'session-alert',
          session: { id: 's-1' as SessionId, title: 'Sunrise 5k', activity: 'running', levels: { min: 'beginner', max: 'advanced' }, startsAt: later(86_400_000), place: 'Tiergarten', weekly: true },
          hostName: 'Ana',
          distanceKm: 2.5,
          join: 'act-join' as ActionId,
        },
      });
      await store.outbox.enqueue(alert);
      const read = (await store.outbox.get(alert.id))!;
      expect(read).toEqual(alert);
      const facts = read.notification as { session: { startsAt: Date; title: string } };
      expect(facts.session.startsAt).toBeInstanceOf(Date);
      facts.session.startsAt.setTime(0);
      facts.session.title = 'Changed';
      (read.dueAt as Date).setTime(0);
      const [claimed] = await store.outbox.claim('w1', later(5000), 10, 30_000);
      expect(claimed!.notification).toEqual(alert.notification);
      expect(claimed!.dueAt).toEqual(alert.dueAt);
    });

    it('claims only due, unleased items, earliest first, and leases them to the claimer', async () => {
      const a = item({ dueAt: later(2000) });
      const b = item({ dueAt: later(1000) });
      const future = item({ dueAt: later(60_000) });
      for (const i of [a, b, future]) await store.outbox.enqueue(i);

      const claimed = await store.outbox.claim('w1', later(5000), 10, 30_000);
      expect(claimed.map((c) => c.id)).toEqual([b.id, a.id]);
      expect(claimed[0]!.lease).toMatchObject({ owner: 'w1', until: later(35_000) });
      expect(claimed[0]!.notification).toEqual(b.notification);
      // Leased: nobody else gets them while the lease holds…
      expect(await store.outbox.claim('w2', later(6000), 10, 30_000)).toEqual([]);
      // …and once it has run out (the claimer died), someone else does, and the old lease is void.
      const retaken = await store.outbox.claim('w2', later(36_000), 10, 30_000);
      expect(retaken.map((c) => c.id)).toEqual([b.id, a.id]);
      expect(await store.outbox.settle(b.id, claimed[0]!.lease!.token, { status: 'sent', at: later(36_001), platform: 'console' })).toBe(false);
      expect(await store.outbox.settle(b.id, retaken[0]!.lease!.token, { status: 'sent', at: later(36_001), platform: 'console' })).toBe(true);
      expect(await store.outbox.get(b.id)).toMatchObject({ status: 'sent', lease: null, platform: 'console', settledAt: later(36_001) });
      expect(await store.outbox.nextDue()).toEqual(later(2000));
    });

    it('two concurrent claimers: each notification is claimed once', async () => {
      const items = Array.from({ length: 60 }, (_, n) => item({ dueAt: later(n) }));
      for (const i of items) await store.outbox.enqueue(i);
      const seen: string[] = [];
      for (let round = 0; round < 10; round++) {
        const [x, y] = await Promise.all([store.outbox.claim('x', later(1000), 25, 60_000), store.outbox.claim('y', later(1000), 25, 60_000)]);
        seen.push(...x.map((i) => i.id), ...y.map((i) => i.id));
        if (x.length + y.length === 0) break;
      }
      expect(seen).toHaveLength(60);
      expect(new Set(seen).size).toBe(60);
    });

    it('GIVEN a long outbox, mostly settled, with retries rescheduled before and after others WHEN claimed in rounds THEN due order, each once, and nextDue follows', async () => {
      const items = Array.from({ length: 300 }, (_, n) => item({ dueAt: later(n * 10) }));
      for (const i of items) await store.outbox.enqueue(i);
      // The first 200 go out; of the next claim, one retries early and one late.
      const sent = await store.outbox.claim('w', later(1990), 200, 60_000);
      for (const c of sent) await store.outbox.settle(c.id, c.lease!.token, { status: 'sent', at: later(2000), platform: 'console' });
      const [early, late] = await store.outbox.claim('w', later(2010), 2, 60_000);
      await store.outbox.settle(early!.id, early!.lease!.token, { status: 'pending', dueAt: later(1), attempts: 1, error: 'HTTP 502' });
      await store.outbox.settle(late!.id, late!.lease!.token, { status: 'pending', dueAt: later(9_999_999), attempts: 1, error: 'HTTP 502' });
      expect(await store.outbox.nextDue()).toEqual(later(1));

      const order: string[] = [];
      for (let round = 0; round < 20; round++) {
        const got = await store.outbox.claim('w', later(5000), 7, 1);
        if (got.length === 0) break;
        order.push(...got.map((g) => g.id));
        for (const g of got) await store.outbox.settle(g.id, g.lease!.token, { status: 'sent', at: later(5000), platform: 'console' });
      }
      expect(order).toEqual([early!.id, ...items.slice(202).map((i) => i.id)]);
      expect(await store.outbox.nextDue()).toEqual(later(9_999_999));
      // Settled rows past retention go; the pending one and recent settled ones stay.
      expect(await store.outbox.purgeSettled(later(2001))).toBe(200);
      expect(await store.outbox.countByStatus()).toMatchObject({ pending: 1, sent: 99 });
    });

    it('releases an item for a later try, and ends it as unreachable, failed or dropped', async () => {
      const a = item();
      const b = item();
      await store.outbox.enqueue(a);
      await store.outbox.enqueue(b);
      const [ca, cb] = await store.outbox.claim('w', T0, 10, 60_000);
      expect(await store.outbox.settle(ca!.id, ca!.lease!.token, { status: 'pending', dueAt: later(10_000), attempts: 1, error: 'HTTP 502' })).toBe(true);
      expect(await store.outbox.get(ca!.id)).toMatchObject({ status: 'pending', lease: null, attempts: 1, lastError: 'HTTP 502', dueAt: later(10_000) });
      expect(await store.outbox.claim('w', later(9_999), 10, 60_000)).toEqual([]);
      expect((await store.outbox.claim('w', later(10_000), 10, 60_000)).map((i) => i.id)).toEqual([ca!.id]);

      expect(await store.outbox.settle(cb!.id, cb!.lease!.token, { status: 'unreachable', at: later(1), error: 'bot blocked' })).toBe(true);
      expect(await store.outbox.get(cb!.id)).toMatchObject({ status: 'unreachable', lastError: 'bot blocked', settledAt: later(1) });
      // Settled: a token cannot bring it back.
      expect(await store.outbox.settle(cb!.id, cb!.lease?.token ?? '', { status: 'sent', at: later(2), platform: 'console' })).toBe(false);
      expect(await store.outbox.countByStatus()).toMatchObject({ pending: 1, unreachable: 1, sent: 0 });
    });

    it('cancels pending items by key prefix, leaving other and settled ones', async () => {
      const r1 = item({ dedupeKey: 'reminder:S1:p1:60:1' });
      const r2 = item({ dedupeKey: 'reminder:S1:p2:60:1' });
      const other = item({ dedupeKey: 'reminder:S10:p1:60:1' });
      for (const i of [r1, r2, other]) await store.outbox.enqueue(i);
      expect(await store.outbox.cancelPending('reminder:S1:', later(1))).toBe(2);
      expect(await store.outbox.get(r1.id)).toMatchObject({ status: 'dropped', settledAt: later(1) });
      expect((await store.outbox.get(other.id))!.status).toBe('pending');
      expect(await store.outbox.cancelPending('reminder:S1:', later(2))).toBe(0);
    });

    it('purges settled items older than a date and erases a person', async () => {
      const old = item();
      const keep = item();
      const theirs = item({ personId: newId<PersonId>() });
      for (const i of [old, keep, theirs]) await store.outbox.enqueue(i);
      const [c] = await store.outbox.claim('w', T0, 1, 60_000);
      await store.outbox.settle(c!.id, c!.lease!.token, { status: 'sent', at: T0, platform: 'console' });
      expect(await store.outbox.purgeSettled(later(1))).toBe(1);
      expect(await store.outbox.get(c!.id)).toBeNull();
      // A purged key may be used again.
      expect(await store.outbox.enqueue(item({ dedupeKey: c!.dedupeKey }))).toBe(true);
      await store.outbox.erasePerson(theirs.personId);
      expect(await store.outbox.get(theirs.id)).toBeNull();
    });

    const alert = (recipientId: PersonId, subject: AlertSubject, overrides: Partial<MatchAlert> = {}): MatchAlert => ({
      id: newId<MatchAlertId>(),
      recipientId,
      subject,
      ref: subject.slice(subject.indexOf(':') + 1),
      mode: 'instant',
      score: 0.8,
      createdAt: T0,
      digestedAt: null,
      ...overrides,
    });

    it('records each recipient and subject once: the second record returns the first', async () => {
      const me = newId<PersonId>();
      const first = alert(me, 'person:abc');
      expect(await store.alerts.record(first)).toBeNull();
      expect(await store.alerts.record(alert(me, 'person:abc', { mode: 'digest' }))).toEqual(first);
      expect(await store.alerts.record(alert(newId<PersonId>(), 'person:abc'))).toBeNull();
      expect(await store.alerts.get(me, 'person:abc')).toEqual(first);
      expect(await store.alerts.get(me, 'session:abc')).toBeNull();
    });

    it("keeps a recipient's one entry and their second apart, and forgets one alone when its subject is erased", async () => {
      const me = newId<PersonId>();
      const first = alert(me, 'person:abc');
      const second = alert(me, 'session:s9', { mode: 'digest', createdAt: later(1) });
      await store.alerts.record(first);
      await store.alerts.record(second);
      expect(await store.alerts.get(me, 'person:abc')).toEqual(first);
      expect(await store.alerts.get(me, 'session:s9')).toEqual(second);
      const alone = newId<PersonId>();
      const only = alert(alone, 'person:abc');
      await store.alerts.record(only);
      await store.alerts.erasePerson('abc' as PersonId);
      expect(await store.alerts.get(alone, 'person:abc')).toBeNull();
      expect(await store.alerts.get(me, 'person:abc')).toBeNull();
      expect(await store.alerts.get(me, 'session:s9')).toEqual(second);
      // Heard of again, as new: the erased entry's id is free as well.
      expect(await store.alerts.record(only)).toBeNull();
    });

    it('hands out at most the cap of daily slots, even to concurrent takers, per person and day', async () => {
      const me = newId<PersonId>();
      const takes = await Promise.all(Array.from({ length: 10 }, () => store.alerts.takeSlot(me, '2026-11-21', 3, T0)));
      expect(takes.filter(Boolean)).toHaveLength(3);
      expect(await store.alerts.takeSlot(me, '2026-11-22', 3, T0)).toBe(true);
      await store.alerts.releaseSlot(me, '2026-11-21');
      expect(await store.alerts.takeSlot(me, '2026-11-21', 3, T0)).toBe(true);
      expect(await store.alerts.takeSlot(me, '2026-11-21', 3, T0)).toBe(false);
      expect(await store.alerts.purgeSlots(later(1))).toBe(2);
      expect(await store.alerts.takeSlot(me, '2026-11-21', 3, later(2))).toBe(true);
    });

    it('hands out nothing under a cap of 0 and keeps no counter for it', async () => {
      const me = newId<PersonId>();
      expect(await store.alerts.takeSlot(me, '2026-11-23', 0, T0)).toBe(false);
      expect(await store.alerts.purgeSlots(later(1))).toBe(0);
      expect(await store.alerts.takeSlot(me, '2026-11-23', 1, T0)).toBe(true);
    });

    it('lists digest entries oldest first and marks each digested once, even for concurrent markers', async () => {
      const me = newId<PersonId>();
      await store.alerts.record(alert(me, 'person:b', { mode: 'digest', createdAt: later(2) }));
      await store.alerts.record(alert(me, 'person:a', { mode: 'digest', createdAt: later(1) }));
      await store.alerts.record(alert(me, 'person:c', { mode: 'instant' }));
      await store.alerts.record(alert(newId<PersonId>(), 'person:d', { mode: 'digest' }));
      const pending = await store.alerts.pendingDigest(me);
      expect(pending.map((a) => a.subject)).toEqual(['person:a', 'person:b']);
      expect(pending[0]).toMatchObject({ ref: 'a', digestedAt: null });
      const ids = pending.map((a) => a.id);
      const marks = await Promise.all([store.alerts.markDigested(me, ids, later(5)), store.alerts.markDigested(me, ids, later(5))]);
      expect(marks[0]! + marks[1]!).toBe(2);
      expect(await store.alerts.pendingDigest(me)).toEqual([]);
      expect((await store.alerts.get(me, 'person:a'))!.digestedAt).toEqual(later(5));
      // Someone else's entries are not theirs to mark.
      expect(await store.alerts.markDigested(newId<PersonId>(), ids, later(6))).toBe(0);
    });

    it('erasing a person removes the alerts to and about them, and their outbox', async () => {
      const leaving = makeProfile();
      const other = makeProfile();
      await store.people.insert(leaving);
      await store.people.insert(other);
      await store.alerts.record(alert(leaving.id, `person:${other.id}`));
      await store.alerts.record(alert(other.id, `person:${leaving.id}`));
      await store.alerts.record(alert(other.id, 'session:s1'));
      const mine = item({ personId: leaving.id });
      await store.outbox.enqueue(mine);
      await store.erasePerson(leaving.id, T0);
      expect(await store.alerts.get(leaving.id, `person:${other.id}`)).toBeNull();
      expect(await store.alerts.get(other.id, `person:${leaving.id}`)).toBeNull();
      expect(await store.alerts.get(other.id, 'session:s1')).not.toBeNull();
      expect(await store.outbox.get(mine.id)).toBeNull();
    });
  });
}
