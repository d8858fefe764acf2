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

const byDueThenId = (a: OutboxItem, b: OutboxItem) =>
  a.dueAt.getTime() - b.dueAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The outbox in memory. Every method runs without awaiting in between, so each is atomic. */
export class MemoryOutbox implements OutboxRepo {
  readonly table = new Table<OutboxItem>();
  private readonly byKey = new Map<string, OutboxId>();

  async enqueue(item: OutboxItem): Promise<boolean> {
    assertValid('outbox item', checkOutboxItem(item));
    if (this.byKey.has(item.dedupeKey)) return false;
    if (this.table.has(item.id)) throw new StoreConflict('id');
    this.table.set(item);
    this.byKey.set(item.dedupeKey, item.id);
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
    const due: OutboxItem[] = [];
    for (const row of this.table.scan()) if (claimable(row, now)) due.push(row);
    due.sort(byDueThenId);
    const token = `${owner}:${randomBytes(6).toString('hex')}`;
    const until = new Date(now.getTime() + leaseMs);
    return due
      .slice(0, pageSize(limit))
      .map((row) => this.table.modify(row.id, (r) => claimable(r, now), (r) => ({ ...r, lease: { owner, token, until } }))!.after);
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
    let next: Date | null = null;
    for (const row of this.table.scan()) if (row.status === 'pending' && (next === null || row.dueAt < next)) next = row.dueAt;
    return next ? new Date(next) : null;
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
