import { randomBytes } from 'node:crypto';
import type { PersonId } from '../../domain/ids.js';
import {
  type AlertSubject,
  type AlertsRepo,
  type MatchAlert,
  type MatchAlertId,
  OUTBOX_STATUSES,
  type OutboxId,
  type OutboxItem,
  type OutboxRepo,
  type OutboxSettlement,
  type OutboxStatus,
  StoreConflict,
} from '../port.js';
import { assertValid, pageSize } from '../validate.js';
import { checkMatchAlert, checkOutboxItem, checkSettlement } from '../validate-records.js';
import { Table } from './table.js';

const claimable = (row: OutboxItem, now: Date) =>
  row.status === 'pending' && row.dueAt <= now && (row.lease === null || row.lease.until <= now);

interface Due {
  readonly at: number;
  readonly id: OutboxId;
}

const byDueThenId = (a: Due, b: Due) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Pending rows by due time (then id), so a claim reads from the front and stops at the first not
 * yet due, instead of scanning and sorting every row, settled ones included. Entries are dropped
 * lazily: one whose row is gone, settled, or due at another time is skipped (and cut off the front).
 */
class DueQueue {
  private entries: Due[] = [];
  private head = 0;

  add(item: Pick<OutboxItem, 'id' | 'dueAt'>): void {
    const entry = { at: item.dueAt.getTime(), id: item.id };
    let lo = this.head;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (byDueThenId(this.entries[mid]!, entry) < 0) lo = mid + 1;
      else hi = mid;
    }
    this.entries.splice(lo, 0, entry);
  }

  /** Live entries, soonest first; `live` says whether an entry still stands for a pending row. */
  *walk(live: (e: Due) => boolean): Generator<Due> {
    for (let i = this.head; i < this.entries.length; i++) {
      const e = this.entries[i]!;
      if (!live(e)) {
        if (i === this.head) this.head++;
        continue;
      }
      yield e;
    }
    this.compact();
  }

  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.head = 0;
    }
  }
}

/** The outbox in memory. Every method runs without awaiting in between, so each is atomic. */
export class MemoryOutbox implements OutboxRepo {
  readonly table = new Table<OutboxItem>();
  private readonly byKey = new Map<string, OutboxId>();
  private readonly due = new DueQueue();

  /** Whether a queue entry still stands for a pending row due then. */
  private readonly live = (e: Due): boolean => {
    const row = this.table.peek(e.id);
    return row !== undefined && row.status === 'pending' && row.dueAt.getTime() === e.at;
  };

  async enqueue(item: OutboxItem): Promise<boolean> {
    assertValid('outbox item', checkOutboxItem(item));
    if (this.byKey.has(item.dedupeKey)) return false;
    if (this.table.has(item.id)) throw new StoreConflict('id');
    this.table.set(item);
    this.byKey.set(item.dedupeKey, item.id);
    if (item.status === 'pending') this.due.add(item);
    return true;
  }

  async get(id: OutboxId): Promise<OutboxItem | null> {
    return this.table.get(id);
  }

  async getByKey(dedupeKey: string): Promise<OutboxItem | null> {
    const id = this.byKey.get(dedupeKey);
    return id ? this.table.get(id) : null;
  }

  async claim(owner: string, now: Date, limit: number, leaseMs: number): Promise<OutboxItem[]> {
    const n = pageSize(limit);
    const token = `${owner}:${randomBytes(6).toString('hex')}`;
    const until = new Date(now.getTime() + leaseMs);
    const claimed: OutboxItem[] = [];
    const ids: OutboxId[] = [];
    for (const e of this.due.walk(this.live)) {
      if (ids.length >= n || e.at > now.getTime()) break;
      if (claimable(this.table.peek(e.id)!, now)) ids.push(e.id);
    }
    for (const id of ids) claimed.push(this.table.modify(id, (r) => claimable(r, now), (r) => ({ ...r, lease: { owner, token, until } }))!.after);
    return claimed;
  }

  async settle(id: OutboxId, token: string, settlement: OutboxSettlement): Promise<boolean> {
    assertValid('outbox item', checkSettlement(settlement));
    const changed = this.table.modify(
      id,
      (r) => r.status === 'pending' && r.lease?.token === token,
      (r): OutboxItem => {
        switch (settlement.status) {
          case 'sent':
            return { ...r, status: 'sent', lease: null, platform: settlement.platform, settledAt: settlement.at };
          case 'pending':
            return { ...r, lease: null, dueAt: settlement.dueAt, attempts: settlement.attempts, lastError: settlement.error };
          default:
            return { ...r, status: settlement.status, lease: null, lastError: settlement.error, settledAt: settlement.at };
        }
      },
    );
    if (changed?.after.status === 'pending' && changed.after.dueAt.getTime() !== changed.before.dueAt.getTime()) this.due.add(changed.after);
    return changed !== null;
  }

  async cancelPending(keyPrefix: string, now: Date): Promise<number> {
    let n = 0;
    for (const row of this.table.filter((r) => r.status === 'pending' && r.dedupeKey.startsWith(keyPrefix))) {
      const done = this.table.modify(
        row.id,
        (r) => r.status === 'pending' && (r.lease === null || r.lease.until <= now),
        (r) => ({ ...r, status: 'dropped' as const, lease: null, lastError: 'cancelled', settledAt: now }),
      );
      if (done) n += 1;
    }
    return n;
  }

  async nextDue(): Promise<Date | null> {
    for (const e of this.due.walk(this.live)) return new Date(e.at);
    return null;
  }

  async countByStatus(): Promise<Record<OutboxStatus, number>> {
    const counts = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, 0])) as Record<OutboxStatus, number>;
    for (const row of this.table.scan()) counts[row.status] += 1;
    return counts;
  }

  async purgeSettled(before: Date): Promise<number> {
    const removed = this.table.deleteWhere((r) => r.status !== 'pending' && r.settledAt !== null && r.settledAt < before);
    for (const r of removed) this.byKey.delete(r.dedupeKey);
    return removed.length;
  }

  async erasePerson(personId: PersonId): Promise<void> {
    for (const r of this.table.deleteWhere((row) => row.personId === personId)) this.byKey.delete(r.dedupeKey);
  }
}

interface SlotCounter {
  readonly id: string;
  readonly personId: PersonId;
  readonly day: string;
  readonly count: number;
  readonly createdAt: Date;
}

const alertKey = (recipientId: PersonId, subject: AlertSubject) => `${recipientId}|${subject}`;

/** The match-alert ledger in memory. */
export class MemoryAlerts implements AlertsRepo {
  readonly table = new Table<MatchAlert & { readonly key: string }>();
  private readonly ids = new Map<string, string>();
  readonly slots = new Table<SlotCounter>();

  async record(alert: MatchAlert): Promise<MatchAlert | null> {
    assertValid('match alert', checkMatchAlert(alert));
    const key = alertKey(alert.recipientId, alert.subject);
    const existing = this.ids.get(key);
    if (existing) return strip(this.table.get(existing)!);
    if (this.table.has(alert.id)) throw new StoreConflict('id');
    this.table.set({ ...alert, key });
    this.ids.set(key, alert.id);
    return null;
  }

  async get(recipientId: PersonId, subject: AlertSubject): Promise<MatchAlert | null> {
    const id = this.ids.get(alertKey(recipientId, subject));
    const row = id ? this.table.get(id) : null;
    return row ? strip(row) : null;
  }

  async takeSlot(personId: PersonId, day: string, cap: number, now: Date): Promise<boolean> {
    const id = `${personId}|${day}`;
    if (!this.slots.has(id)) this.slots.set({ id, personId, day, count: 0, createdAt: now });
    return this.slots.modify(id, (c) => c.count < cap, (c) => ({ ...c, count: c.count + 1 })) !== null;
  }

  async releaseSlot(personId: PersonId, day: string): Promise<void> {
    this.slots.modify(`${personId}|${day}`, (c) => c.count > 0, (c) => ({ ...c, count: c.count - 1 }));
  }

  async pendingDigest(recipientId: PersonId): Promise<MatchAlert[]> {
    return this.table
      .filter((a) => a.recipientId === recipientId && a.mode === 'digest' && a.digestedAt === null)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1))
      .map(strip);
  }

  async markDigested(recipientId: PersonId, ids: readonly MatchAlertId[], now: Date): Promise<number> {
    let n = 0;
    for (const id of ids) {
      if (this.table.modify(id, (r) => r.recipientId === recipientId && r.digestedAt === null, (r) => ({ ...r, digestedAt: now }))) n += 1;
    }
    return n;
  }

  async purgeSlots(before: Date): Promise<number> {
    return this.slots.deleteWhere((c) => c.createdAt < before).length;
  }

  async erasePerson(personId: PersonId): Promise<void> {
    const subject: AlertSubject = `person:${personId}`;
    for (const r of this.table.deleteWhere((a) => a.recipientId === personId || a.subject === subject)) this.ids.delete(r.key);
    this.slots.deleteWhere((c) => c.personId === personId);
  }
}

const strip = ({ key: _key, ...alert }: MatchAlert & { readonly key: string }): MatchAlert => alert;
