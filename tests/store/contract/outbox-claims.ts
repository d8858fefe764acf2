import { beforeEach, describe, expect, it } from 'vitest';
import { newId, type PersonId } from '../../../src/domain/ids.js';
import type { Store } from '../../../src/store/port.js';
import { T0 } from '../../support/fixtures.js';
import { matchAlert, outboxItem } from './builders.js';

const later = (ms: number) => new Date(T0.getTime() + ms);

/**
 * What a sender in the middle of a fan-out does to the outbox: it holds a few hundred rows under
 * lease, sends one, settles it and claims again with room for one; and what the alert job leaves
 * behind for days (ledger entries, daily slots).
 */
export function outboxClaimsContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('delivery: claims behind held rows, and what an alert fan-out keeps', () => {
    it('GIVEN a sender holding the first rows in due order WHEN it claims again with room for a few THEN it gets the next unleased due rows, none twice, and a row given back for a retry comes in its new place', async () => {
      const rows = Array.from({ length: 12 }, (_, n) => outboxItem({ dueAt: later(n) }));
      for (const r of rows) await store.outbox.enqueue(r);
      const held = await store.outbox.claim('w1', later(100), 5, 60_000);
      expect(held.map((r) => r.id)).toEqual(rows.slice(0, 5).map((r) => r.id));

      // Room for one after a send: the sixth, not any of the five held.
      await store.outbox.settle(held[0]!.id, held[0]!.lease!.token, { status: 'sent', at: later(101), platform: 'console' });
      expect((await store.outbox.claim('w1', later(102), 1, 60_000)).map((r) => r.id)).toEqual([rows[5]!.id]);

      // The second held row goes back for a retry after the last one: it is claimed last.
      await store.outbox.settle(held[1]!.id, held[1]!.lease!.token, { status: 'pending', dueAt: later(50), attempts: 1, error: 'timeout' });
      const rest = await store.outbox.claim('w1', later(100), 100, 60_000);
      expect(rest.map((r) => r.id)).toEqual([...rows.slice(6).map((r) => r.id), held[1]!.id]);
      expect(rest.at(-1)).toMatchObject({ attempts: 1, lastError: 'timeout', dueAt: later(50) });

      // Nothing left unleased; once the leases run out (the sender died), another sender takes
      // every row still pending, in due order.
      expect(await store.outbox.claim('w2', later(200), 100, 60_000)).toEqual([]);
      const retaken = await store.outbox.claim('w2', later(60_200), 100, 60_000);
      expect(retaken.map((r) => r.id)).toEqual([...rows.slice(2).map((r) => r.id), held[1]!.id]);
    });

    it('GIVEN slots taken on several days WHEN slots older than a date are purged THEN only those go, and a slot given back never counts below nothing', async () => {
      const me = newId<PersonId>();
      const you = newId<PersonId>();
      expect(await store.alerts.takeSlot(me, '2026-11-20', 1, T0)).toBe(true);
      expect(await store.alerts.takeSlot(you, '2026-11-20', 1, T0)).toBe(true);
      expect(await store.alerts.takeSlot(me, '2026-11-22', 1, later(10))).toBe(true);
      // Given back twice: one slot free again, not two.
      await store.alerts.releaseSlot(me, '2026-11-22');
      await store.alerts.releaseSlot(me, '2026-11-22');
      expect(await store.alerts.takeSlot(me, '2026-11-22', 1, later(11))).toBe(true);
      expect(await store.alerts.takeSlot(me, '2026-11-22', 1, later(12))).toBe(false);

      expect(await store.alerts.purgeSlots(later(5))).toBe(2);
      // The purged day starts over; the kept one is still full.
      expect(await store.alerts.takeSlot(me, '2026-11-20', 1, later(20))).toBe(true);
      expect(await store.alerts.takeSlot(me, '2026-11-22', 1, later(20))).toBe(false);
    });

    it('GIVEN many recipients alerted about one person WHEN each is read back THEN each entry is its own, and erasing one recipient leaves the others', async () => {
      const about = 'person:p-new' as const;
      const recipients = Array.from({ length: 20 }, () => newId<PersonId>());
      const entries = recipients.map((r, n) => matchAlert(r, about, { score: n / 20, createdAt: later(n) }));
      for (const e of entries) expect(await store.alerts.record(e)).toBeNull();
      for (const [n, r] of recipients.entries()) expect(await store.alerts.get(r, about)).toEqual(entries[n]);

      await store.alerts.erasePerson(recipients[0]!);
      expect(await store.alerts.get(recipients[0]!, about)).toBeNull();
      expect(await store.alerts.get(recipients[1]!, about)).toEqual(entries[1]);
      // Its id is free again; the others' are not.
      expect(await store.alerts.record(matchAlert(newId<PersonId>(), about, { id: entries[0]!.id }))).toBeNull();
    });
  });
}
