/**
 * Delivery's part of the storage port: the durable outbox and the match-alert ledger
 * (src/delivery, jobs/). Re-exported by port.ts, so callers import the whole port from one place.
 */
import type { Brand, PersonId } from '../domain/ids.js';
import type { Platform } from '../domain/platform.js';
import type { Notification } from '../domain/notification.js';

export type OutboxId = Brand<string, 'OutboxId'>;
export type MatchAlertId = Brand<string, 'MatchAlertId'>;

/**
 * - `pending`: waiting to be sent (possibly leased by a sender right now);
 * - `sent`: a platform took it;
 * - `unreachable`: no platform of the person took it (DMs closed, bot blocked); kept as a notice;
 * - `failed`: gave up after the last attempt; kept as a notice;
 * - `dropped`: nothing to deliver to (the person is gone) or cancelled before it went out.
 */
export type OutboxStatus = 'pending' | 'sent' | 'unreachable' | 'failed' | 'dropped';
export const OUTBOX_STATUSES = ['pending', 'sent', 'unreachable', 'failed', 'dropped'] as const satisfies readonly OutboxStatus[];

/** A sender's hold on an item: until `until`, nobody else may claim it; only `token` may settle it. */
export interface OutboxLease {
  readonly owner: string;
  readonly token: string;
  readonly until: Date;
}

/** One notification to one person, written before any attempt to send it. */
export interface OutboxItem {
  readonly id: OutboxId;
  /** Unique: a second enqueue with the same key is ignored (`reminder:<session>:<person>:<lead>:<start>`). */
  readonly dedupeKey: string;
  readonly personId: PersonId;
  /** What it is, for logs and stats: 'reminder', 'match-alert', 'notice', … */
  readonly kind: string;
  /** Facts, said in the recipient's language and zone when delivered (src/views/notifications). */
  readonly notification: Notification;
  readonly status: OutboxStatus;
  /** Not sent before this instant (quiet hours, retry backoff, a platform's retry_after). */
  readonly dueAt: Date;
  /** Failed attempts so far (throttling is not a failure). */
  readonly attempts: number;
  readonly lease: OutboxLease | null;
  readonly lastError: string | null;
  /** The platform that took it, once sent. */
  readonly platform: Platform | null;
  readonly createdAt: Date;
  /** When it left `pending`. */
  readonly settledAt: Date | null;
}

/** How a leased item ends: out of the outbox for good, or back to `pending` for a later try. */
export type OutboxSettlement =
  | { readonly status: 'sent'; readonly at: Date; readonly platform: Platform }
  | { readonly status: 'unreachable' | 'failed' | 'dropped'; readonly at: Date; readonly error: string }
  | { readonly status: 'pending'; readonly dueAt: Date; readonly attempts: number; readonly error: string | null };

export interface OutboxRepo {
  /** Writes a new pending item; false (and nothing written) when its dedupe key exists already. */
  enqueue(item: OutboxItem): Promise<boolean>;
  get(id: OutboxId): Promise<OutboxItem | null>;
  getByKey(dedupeKey: string): Promise<OutboxItem | null>;
  /**
   * Leases up to `limit` pending items that are due at `now` and not leased (or whose lease ran
   * out), earliest due first. Atomic per item: of concurrent claimers, each item goes to one.
   */
  claim(owner: string, now: Date, limit: number, leaseMs: number): Promise<OutboxItem[]>;
  /** Ends or releases an item; false when `token` no longer holds its lease (nothing changed). */
  settle(id: OutboxId, token: string, settlement: OutboxSettlement): Promise<boolean>;
  /** Drops pending, unleased items whose key starts with `keyPrefix`; returns how many. */
  cancelPending(keyPrefix: string, now: Date): Promise<number>;
  /** The earliest `dueAt` among pending items, or null: when a sender should look again. */
  nextDue(): Promise<Date | null>;
  countByStatus(): Promise<Record<OutboxStatus, number>>;
  /** Deletes settled items settled before `before`; returns how many. */
  purgeSettled(before: Date): Promise<number>;
  /** Removes every item addressed to the person. */
  erasePerson(personId: PersonId): Promise<void>;
}

/** What a match alert was about: another person, or a session (by its series, so weekly ones alert once). */
export type AlertSubject = `person:${string}` | `session:${string}`;

/**
 * The ledger entry "`recipientId` has been told about `subject`". It exists once per pair:
 * nobody hears about the same match twice. `mode` says whether it went out on its own or waits
 * for the person's daily digest (`digestedAt` set once the digest took it).
 */
export interface MatchAlert {
  readonly id: MatchAlertId;
  readonly recipientId: PersonId;
  readonly subject: AlertSubject;
  /** The person or session id the alert showed (for sessions, that occurrence; `subject` names the series). */
  readonly ref: string;
  readonly mode: 'instant' | 'digest';
  readonly score: number;
  readonly createdAt: Date;
  readonly digestedAt: Date | null;
}

export interface AlertsRepo {
  /** Records the pair; returns null when this call created it, else the existing entry unchanged. */
  record(alert: MatchAlert): Promise<MatchAlert | null>;
  get(recipientId: PersonId, subject: AlertSubject): Promise<MatchAlert | null>;
  /**
   * Takes one of the `cap` instant alerts of the person's day (their local date, `YYYY-MM-DD`)
   * atomically: of concurrent takers, only `cap` succeed.
   */
  takeSlot(personId: PersonId, day: string, cap: number, now: Date): Promise<boolean>;
  /** Gives a slot back (the alert it was taken for was not recorded after all). */
  releaseSlot(personId: PersonId, day: string): Promise<void>;
  /** The person's entries waiting for their digest (mode `digest`, not yet digested), oldest first. */
  pendingDigest(recipientId: PersonId): Promise<MatchAlert[]>;
  /** Marks those of `ids` still waiting as digested; returns how many it marked (each is marked once). */
  markDigested(recipientId: PersonId, ids: readonly MatchAlertId[], now: Date): Promise<number>;
  /** Forgets daily counters of days that began before `before`. */
  purgeSlots(before: Date): Promise<number>;
  /** Removes entries where the person is the recipient or the subject, and their counters. */
  erasePerson(personId: PersonId): Promise<void>;
}

/**
 * A named lease on some work that one instance at a time must do (a platform's sending lane,
 * `outbox-lane:telegram`): while `until` is ahead, only `holder` does it.
 */
export interface Lease {
  readonly name: string;
  readonly holder: string;
  readonly until: Date;
}

/**
 * Leases shared by every instance of the service through the store. Each call is atomic: of
 * concurrent takers of one name, at most one holds it at any instant.
 */
export interface LeasesRepo {
  /**
   * Takes `name` for `holder` until `now + ttlMs` when nobody holds it, when its lease lapsed
   * (`until <= now`), or when `holder` holds it already (then it is extended). Returns the lease
   * when `holder` holds it after the call, else null (someone else holds it; nothing changed).
   */
  acquire(name: string, holder: string, now: Date, ttlMs: number): Promise<Lease | null>;
  /** Extends the holder's live lease to `now + ttlMs`; null (nothing changed) when it lapsed or is another's. */
  renew(name: string, holder: string, now: Date, ttlMs: number): Promise<Lease | null>;
  /** Gives the lease up, so another may take it at once; false when `holder` did not hold it. */
  release(name: string, holder: string): Promise<boolean>;
  get(name: string): Promise<Lease | null>;
}
