import { randomBytes } from 'node:crypto';
import type { PersonId } from '../../domain/ids.js';
import type { Notification } from '../../domain/notification.js';
import type { Platform } from '../../domain/platform.js';
import {
  OUTBOX_STATUSES,
  type OutboxId,
  type OutboxItem,
  type OutboxRepo,
  type OutboxSettlement,
  type OutboxStatus,
  StoreConflict,
} from '../port.js';
import { assertValid, pageSize } from '../validate.js';
import { checkOutboxItem, checkSettlement } from '../validate-records.js';
import { pack, unpack } from './packed.js';
import { type Due, DueQueue } from './due-queue.js';

const claimable = (row: OutboxItem, now: Date) =>
  row.status === 'pending' && row.dueAt <= now && (row.lease === null || row.lease.until <= now);

/** What a claim needs of a pending row, kept beside its packed text so a claim reads no row it skips. */
interface PendingState {
  /** Due time, ms. */
  readonly at: number;
  /** Until when a sender holds it, ms; 0 when nobody does. */
  readonly leasedUntil: number;
}

/**
 * A row's values in a fixed order, without its id (the key it is filed under) and without field
 * names, instants as milliseconds: a 10,000-alert fan-out keeps 10,000 of them until they are
 * sent, and the names alone were a fifth of each (about 130 of 660 characters).
 */
type Positional = [
  dedupeKey: string,
  personId: PersonId,
  kind: string,
  notification: Notification,
  status: OutboxStatus,
  dueAt: number,
  attempts: number,
  lease: [owner: string, token: string, until: number] | null,
  lastError: string | null,
  platform: Platform | null,
  createdAt: number,
  settledAt: number | null,
];

/** The row as one string: the notification's own instants tagged by ./packed.ts, as before. */
export function packRow(r: OutboxItem): string {
  const lease: Positional[7] = r.lease ? [r.lease.owner, r.lease.token, r.lease.until.getTime()] : null;
  const values: Positional = [r.dedupeKey, r.personId, r.kind, r.notification, r.status, r.dueAt.getTime(), r.attempts, lease, r.lastError, r.platform, r.createdAt.getTime(), r.settledAt?.getTime() ?? null];
  return pack(values);
}

export function unpackRow(id: OutboxId, packed: string): OutboxItem {
  const [dedupeKey, personId, kind, notification, status, dueAt, attempts, lease, lastError, platform, createdAt, settledAt] = unpack<Positional>(packed);
  return {
    id,
    dedupeKey,
    personId,
    kind,
    notification,
    status,
    dueAt: new Date(dueAt),
    attempts,
    lease: lease ? { owner: lease[0], token: lease[1], until: new Date(lease[2]) } : null,
    lastError,
    platform,
    createdAt: new Date(createdAt),
    settledAt: settledAt === null ? null : new Date(settledAt),
  };
}

/**
 * The outbox in memory. Every method runs without awaiting in between, so each is atomic.
 *
 * A row is kept as one positional JSON string (packRow), not as a tree of objects: a 10,000-alert
 * fan-out holds 10,000 pending rows until they are sent, and as objects with their dates and
 * facts each took about 2.3 kB of heap; as a string about half of that. What the queue and the counts
 * read often stays beside it in plain values: each pending row's due time and lease, and how many
 * rows are in each status. A claim walks the due queue on those values alone and unpacks only the
 * rows it takes: a sender holding 300 leased rows claims again after every send, and reading
 * those 300 each time was most of the fan-out's CPU.
 */
export class MemoryOutbox implements OutboxRepo {
  private readonly rows = new Map<OutboxId, string>();
  private readonly byKey = new Map<string, OutboxId>();
  private readonly due = new DueQueue();
  /** Due time and lease of every pending row. */
  private readonly pending = new Map<OutboxId, PendingState>();
  private readonly counts = new Map<OutboxStatus, number>();

  /** Whether a queue entry still stands for a pending row due then. */
  private readonly live = (e: Due): boolean => this.pending.get(e.id)?.at === e.at;

  /** A fresh copy of the stored row: nothing done to it reaches the stored one. */
  private read(id: OutboxId): OutboxItem | undefined {
    const packed = this.rows.get(id);
    return packed === undefined ? undefined : unpackRow(id, packed);
  }

  private write(row: OutboxItem, before: OutboxItem | undefined): void {
    this.rows.set(row.id, packRow(row));
    if (before) this.count(before.status, -1);
    this.count(row.status, 1);
    if (row.status === 'pending') {
      const at = row.dueAt.getTime();
      if (this.pending.get(row.id)?.at !== at) this.due.add(row);
      this.pending.set(row.id, { at, leasedUntil: row.lease?.until.getTime() ?? 0 });
    } else this.pending.delete(row.id);
  }

  private remove(row: OutboxItem): void {
    this.rows.delete(row.id);
    this.byKey.delete(row.dedupeKey);
    this.pending.delete(row.id);
    this.count(row.status, -1);
  }

  private count(status: OutboxStatus, by: number): void {
    this.counts.set(status, (this.counts.get(status) ?? 0) + by);
  }

  /**
   * Applies `change` to the row if `when` holds; the row after, as a copy. `change` builds a new
   * row (the callers spread), so the one read serves both the test and the change.
   */
  private modify(id: OutboxId, when: (row: OutboxItem) => boolean, change: (row: OutboxItem) => OutboxItem): OutboxItem | null {
    const before = this.read(id);
    if (!before || !when(before)) return null;
    const after = change(before);
    this.write(after, before);
    return after;
  }

  async enqueue(item: OutboxItem): Promise<boolean> {
    assertValid('outbox item', checkOutboxItem(item));
    if (this.byKey.has(item.dedupeKey)) return false;
    if (this.rows.has(item.id)) throw new StoreConflict('id');
    this.write(item, undefined);
    this.byKey.set(item.dedupeKey, item.id);
    return true;
  }

  async get(id: OutboxId): Promise<OutboxItem | null> {
    return this.read(id) ?? null;
  }

  async getByKey(dedupeKey: string): Promise<OutboxItem | null> {
    const id = this.byKey.get(dedupeKey);
    return id ? this.get(id) : null;
  }

  async claim(owner: string, now: Date, limit: number, leaseMs: number): Promise<OutboxItem[]> {
    const n = pageSize(limit);
    const token = `${owner}:${randomBytes(6).toString('hex')}`;
    const until = new Date(now.getTime() + leaseMs);
    const ids: OutboxId[] = [];
    const at = now.getTime();
    for (const e of this.due.walk(this.live)) {
      if (ids.length >= n || e.at > at) break;
      if (this.pending.get(e.id)!.leasedUntil <= at) ids.push(e.id);
    }
    return ids.map((id) => this.modify(id, (r) => claimable(r, now), (r) => ({ ...r, lease: { owner, token, until } }))!);
  }

  async settle(id: OutboxId, token: string, settlement: OutboxSettlement): Promise<boolean> {
    assertValid('outbox item', checkSettlement(settlement));
    const changed = this.modify(
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
    // The keys say which rows; only those are read.
    const ids = [...this.byKey].filter(([key, id]) => key.startsWith(keyPrefix) && this.pending.has(id)).map(([, id]) => id);
    for (const id of ids) {
      const done = this.modify(
        id,
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
    return Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, this.counts.get(s) ?? 0])) as Record<OutboxStatus, number>;
  }

  async purgeSettled(before: Date): Promise<number> {
    return this.removeWhere((r) => r.status !== 'pending' && r.settledAt !== null && r.settledAt < before);
  }

  async erasePerson(personId: PersonId): Promise<void> {
    this.removeWhere((r) => r.personId === personId);
  }

  /** Every row, as copies: what tests and tools read of the in-memory outbox. */
  all(): OutboxItem[] {
    return [...this.rows.keys()].map((id) => this.read(id)!);
  }

  private removeWhere(match: (row: OutboxItem) => boolean): number {
    let n = 0;
    for (const id of [...this.rows.keys()]) {
      const row = this.read(id)!;
      if (!match(row)) continue;
      this.remove(row);
      n += 1;
    }
    return n;
  }
}
