import { describe, expect, it } from 'vitest';
import type { PersonId, SessionId } from '../../src/domain/ids.js';
import { MemoryOutbox, packRow, unpackRow } from '../../src/store/memory/outbox.js';
import type { OutboxItem } from '../../src/store/port.js';
import { T0 } from '../support/fixtures.js';
import { outboxItem } from './contract/builders.js';

const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/**
 * The in-memory outbox keeps each row as one positional string (a fan-out holds thousands until
 * they are sent): no field names, no id (its key), instants as milliseconds. Whatever goes in
 * comes back the same, Dates inside the notification included.
 */
describe('the in-memory outbox row', () => {
  const digest = (): OutboxItem =>
    outboxItem({
      kind: 'match-digest',
      notification: { kind: 'match-digest', entries: [{ kind: 'session', id: 's-1' as SessionId, title: 'Long run', startsAt: later(90), place: 'Tempelhof' }], more: 0 },
      dueAt: later(5),
    });

  it('GIVEN a pending row with a notification carrying an instant WHEN packed THEN it holds values only, and unpacks to the same row', () => {
    const row = digest();
    const packed = packRow(row);
    if (typeof packed !== 'string') throw new Error('packed without sharing: one string');
    expect(packed.startsWith('[')).toBe(true);
    expect(packed).not.toContain(row.id);
    expect(packed).not.toMatch(/"dedupeKey"|"status"|"dueAt"/);
    expect(unpackRow(row.id, packed)).toEqual(row);
  });

  it('GIVEN a leased row and then a settled one THEN lease, error, platform and instants come back as they were', () => {
    const leased: OutboxItem = { ...digest(), attempts: 2, lastError: 'timeout', lease: { owner: 'w1', token: 'w1:abc', until: later(7) } };
    expect(unpackRow(leased.id, packRow(leased))).toEqual(leased);
    const sent: OutboxItem = { ...leased, status: 'sent', lease: null, platform: 'telegram', settledAt: later(8) };
    expect(unpackRow(sent.id, packRow(sent))).toEqual(sent);
  });

  it('GIVEN rows enqueued, claimed, settled and purged THEN the store reads each back whole and purges only the settled', async () => {
    const outbox = new MemoryOutbox();
    const [a, b] = [digest(), { ...digest(), dueAt: later(9) }];
    await outbox.enqueue(a);
    await outbox.enqueue(b);
    const [claimed] = await outbox.claim('w1', later(5), 1, 60_000);
    expect(claimed).toEqual({ ...a, lease: { owner: 'w1', token: claimed!.lease!.token, until: later(6) } });
    await outbox.settle(a.id, claimed!.lease!.token, { status: 'sent', at: later(5), platform: 'telegram' });
    expect(await outbox.get(a.id)).toEqual({ ...a, status: 'sent', platform: 'telegram', settledAt: later(5) });
    expect(await outbox.purgeSettled(later(6))).toBe(1);
    expect(await outbox.get(a.id)).toBeNull();
    expect(await outbox.get(b.id)).toEqual(b);
  });

  describe('a part many rows carry (one alert run: every recipient gets the same card)', () => {
    const card = { id: 'p-new' as PersonId, displayName: 'Newcomer', area: 'Berlin, DE', activities: ['running'], level: 'beginner' };
    const alert = (to: string, km: number): OutboxItem =>
      outboxItem({
        personId: to as PersonId,
        dedupeKey: `match:${to}:person:p-new`,
        kind: 'match-alert',
        notification: { kind: 'match-alert', person: card, reasons: [{ kind: 'distance', km }], connect: 'a-1' },
      } as unknown as Partial<OutboxItem>);

    it('GIVEN a row packed with sharing THEN its text names the card, which is kept apart, and it unpacks to the same row', () => {
      const row = alert('p-1', 1.5);
      const held: string[] = [];
      const shared = { hold: (text: string) => held.push(text) - 1, text: (n: number) => held[n]! };
      const packed = packRow(row, shared);
      expect(held).toEqual([JSON.stringify(card)]);
      expect(packed).not.toContain('Newcomer');
      expect(packed).toContain('{"$shared":0}');
      expect(unpackRow(row.id, packed, shared)).toEqual(row);
      expect(() => unpackRow(row.id, packed)).toThrow();
    });

    it('GIVEN many rows with one card WHEN enqueued, claimed, settled and purged THEN the card is kept once while any row holds it, and every row reads back whole', async () => {
      const outbox = new MemoryOutbox();
      const rows = Array.from({ length: 5 }, (_, i) => alert(`p-${i}`, i));
      for (const r of rows) await outbox.enqueue(r);
      expect(outbox.sharedCount()).toBe(1);
      for (const r of rows) expect(await outbox.get(r.id)).toEqual(r);
      const claimed = await outbox.claim('w1', later(5), 5, 60_000);
      expect(claimed).toHaveLength(5);
      for (const c of claimed) await outbox.settle(c.id, c.lease!.token, { status: 'sent', at: later(5), platform: 'telegram' });
      expect(outbox.sharedCount()).toBe(1);
      expect(await outbox.get(rows[0]!.id)).toEqual({ ...rows[0], status: 'sent', platform: 'telegram', settledAt: later(5) });
      expect(await outbox.purgeSettled(later(6))).toBe(5);
      expect(outbox.sharedCount()).toBe(0);
    });

    it('GIVEN recipients whose reasons read alike and one whose differ WHEN enqueued THEN alike reasons are kept once beside the card, and each row reads back whole', async () => {
      const outbox = new MemoryOutbox();
      const reasons = (km: number) => [
        { kind: 'activities', shared: ['running'] },
        { kind: 'level', level: 'beginner', same: true },
        { kind: 'distance', km },
      ];
      const rows = [4, 4, 4, 15].map((km, i) => ({ ...alert(`p-${i}`, km), notification: { ...alert(`p-${i}`, km).notification, reasons: reasons(km) } }) as OutboxItem);
      for (const r of rows) await outbox.enqueue(r);
      expect(outbox.sharedCount()).toBe(3);
      for (const r of rows) expect(await outbox.get(r.id)).toEqual(r);
    });
  });
});
