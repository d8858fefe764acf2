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

const SHARED = '$shared';
/** A notification's object- or array-valued field this long (in JSON) or longer is kept once for every row that carries it. */
const SHARE_FROM = 48;
/** Where a row's text names a shared part: only an object's key can read so (in a string its quotes are escaped). */
const SHARED_MARK = /\{"\$shared":(\d+)\}/g;

/** Texts kept once for the rows that carry them, by number. */
export interface SharedTexts {
  /** The number of `text`, now held by one more row. */
  hold(text: string): number;
  text(n: number): string;
}

/**
 * The row as one string: the notification's own instants tagged by ./packed.ts, as before. With
 * `shared`, each of the notification's object- and array-valued fields (a person's card, a
 * session's, a match's reasons) whose text is long enough is kept there, once for every row
 * carrying the same, and the row's text names it by number (`{"$shared":3}`): a fan-out sends the
 * same card to thousands, and its 10,000 recipients' reasons take about 700 distinct values, as
 * their distances are kept as shown (whole km), not exact.
 */
export function packRow(r: OutboxItem, shared?: SharedTexts): string {
  const lease: Positional[7] = r.lease ? [r.lease.owner, r.lease.token, r.lease.until.getTime()] : null;
  let notification = r.notification;
  if (shared) {
    let fields: Record<string, unknown> | null = null;
    for (const [name, value] of Object.entries(r.notification)) {
      if (value === null || typeof value !== 'object' || value instanceof Date) continue;
      const text = pack(value);
      if (text.length < SHARE_FROM) continue;
      fields ??= { ...r.notification };
      fields[name] = { [SHARED]: shared.hold(text) };
    }
    if (fields) notification = fields as unknown as Notification;
  }
  const values: Positional = [r.dedupeKey, r.personId, r.kind, notification, r.status, r.dueAt.getTime(), r.attempts, lease, r.lastError, r.platform, r.createdAt.getTime(), r.settledAt?.getTime() ?? null];
  return pack(values);
}

/** The numbers of the shared parts a packed row names. */
export const sharedIn = (packed: string): number[] => (packed.includes('"$shared"') ? [...packed.matchAll(SHARED_MARK)].map((m) => Number(m[1])) : []);

export function unpackRow(id: OutboxId, packed: string, shared?: SharedTexts): OutboxItem {
  const [dedupeKey, personId, kind, notification, status, dueAt, attempts, lease, lastError, platform, createdAt, settledAt] = unpack<Positional>(packed);
  if (packed.includes('"$shared"')) {
    const fields = notification as unknown as Record<string, unknown>;
    for (const [name, value] of Object.entries(fields)) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
      const n = (value as Record<string, unknown>)[SHARED];
      if (typeof n !== 'number' || Object.keys(value).length !== 1) continue;
      if (!shared) throw new Error('an outbox row with shared parts unpacked without them');
      fields[name] = unpack(shared.text(n));
    }
  }
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

interface Part {
  readonly n: number;
  readonly text: string;
  rows: number;
}

/**
 * Texts shared by rows, each kept once with the number of rows holding it, and dropped with the
 * last of them. Every recipient of one alert run gets the same card: 10,000 rows then hold one
 * copy of it, not 10,000 (about 110 characters each), and each names it in 14.
 */
class SharedParts implements SharedTexts {
  private readonly byText = new Map<string, Part>();
  private readonly byNumber = new Map<number, Part>();
  private next = 0;

  hold(text: string): number {
    let part = this.byText.get(text);
    if (!part) {
      part = { n: this.next++, text, rows: 0 };
      this.byText.set(text, part);
      this.byNumber.set(part.n, part);
    }
    part.rows += 1;
    return part.n;
  }

  text(n: number): string {
    const part = this.byNumber.get(n);
    if (!part) throw new Error(`no shared outbox part ${n}`);
    return part.text;
  }

  /** The row `packed` no longer holds its parts. */
  release(packed: string): void {
    for (const n of sharedIn(packed)) {
      const part = this.byNumber.get(n);
      if (!part || --part.rows > 0) continue;
      this.byNumber.delete(n);
      this.byText.delete(part.text);
    }
  }

  get size(): number {
    return this.byNumber.size;
  }
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
  private readonly shared = new SharedParts();
  private readonly byKey = new Map<string, OutboxId>();
  private readonly due = new DueQueue();
  /** Due time (ms) of every pending row. */
  private readonly pending = new Map<OutboxId, number>();
  /** Until when (ms) a sender holds a pending row, for the rows held: a few hundred at most, not every pending one. */
  private readonly leased = new Map<OutboxId, number>();
  private readonly counts = new Map<OutboxStatus, number>();

  /** Whether a queue entry still stands for a pending row due then. */
  private readonly live = (e: Due): boolean => this.pending.get(e.id) === e.at;

  /** A fresh copy of the stored row: nothing done to it reaches the stored one. */
  private read(id: OutboxId): OutboxItem | undefined {
    const packed = this.rows.get(id);
    return packed === undefined ? undefined : unpackRow(id, packed, this.shared);
  }

  private write(row: OutboxItem, before: OutboxItem | undefined): void {
    // The new row holds its shared parts before the old one lets go: a part both carry stays kept.
    const old = this.rows.get(row.id);
    this.rows.set(row.id, packRow(row, this.shared));
    if (old !== undefined) this.shared.release(old);
    if (before) this.count(before.status, -1);
    this.count(row.status, 1);
    if (row.status === 'pending') {
      const at = row.dueAt.getTime();
      if (this.pending.get(row.id) !== at) this.due.add(row);
      this.pending.set(row.id, at);
      if (row.lease) this.leased.set(row.id, row.lease.until.getTime());
      else this.leased.delete(row.id);
    } else {
      this.pending.delete(row.id);
      this.leased.delete(row.id);
    }
  }

  private remove(row: OutboxItem): void {
    const old = this.rows.get(row.id);
    if (old !== undefined) this.shared.release(old);
    this.rows.delete(row.id);
    this.byKey.delete(row.dedupeKey);
    this.pending.delete(row.id);
    this.leased.delete(row.id);
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
      if ((this.leased.get(e.id) ?? 0) <= at) ids.push(e.id);
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

  /** How many distinct shared parts the rows hold (for tests). */
  sharedCount(): number {
    return this.shared.size;
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
