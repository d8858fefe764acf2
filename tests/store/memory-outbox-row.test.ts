import { describe, expect, it } from 'vitest';
import type { SessionId } from '../../src/domain/ids.js';
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
});
