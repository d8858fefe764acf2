import type { PersonId } from '../../domain/ids.js';
import { type AlertSubject, type AlertsRepo, type MatchAlert, type MatchAlertId, StoreConflict } from '../port.js';
import { assertValid } from '../validate.js';
import { checkMatchAlert } from '../validate-records.js';
import { pack, unpack } from './packed.js';

/** A person's counter for one day: alerts that went on their own, and since when (ms). */
interface Slot {
  count: number;
  readonly since: number;
}

/**
 * The match-alert ledger and the daily alert slots in memory. A 10,000-alert fan-out writes an
 * entry and takes a slot for each recipient, and both stay until long after the outbox row has
 * gone, so they are kept small: an entry as one packed string (./packed.ts) under its recipient and
 * subject, which are how every method finds it; a slot as a count and an instant under its day
 * and person. As objects with their own key strings they took about 800 bytes an alert; so, about
 * 350. Every method runs without awaiting in between, so each is atomic.
 */
export class MemoryAlerts implements AlertsRepo {
  /** recipient → subject → the entry, packed. */
  private readonly entries = new Map<PersonId, Map<AlertSubject, string>>();
  /** Every entry's id: ids are unique across the ledger. */
  private readonly ids = new Set<string>();
  /** day → person → slot. */
  private readonly slots = new Map<string, Map<PersonId, Slot>>();

  async record(alert: MatchAlert): Promise<MatchAlert | null> {
    assertValid('match alert', checkMatchAlert(alert));
    const existing = this.entries.get(alert.recipientId)?.get(alert.subject);
    if (existing !== undefined) return unpack<MatchAlert>(existing);
    if (this.ids.has(alert.id)) throw new StoreConflict('id');
    let mine = this.entries.get(alert.recipientId);
    if (!mine) this.entries.set(alert.recipientId, (mine = new Map()));
    mine.set(alert.subject, pack(alert));
    this.ids.add(alert.id);
    return null;
  }

  async get(recipientId: PersonId, subject: AlertSubject): Promise<MatchAlert | null> {
    const packed = this.entries.get(recipientId)?.get(subject);
    return packed === undefined ? null : unpack<MatchAlert>(packed);
  }

  async takeSlot(personId: PersonId, day: string, cap: number, now: Date): Promise<boolean> {
    let today = this.slots.get(day);
    if (!today) this.slots.set(day, (today = new Map()));
    let slot = today.get(personId);
    if (!slot) today.set(personId, (slot = { count: 0, since: now.getTime() }));
    if (slot.count >= cap) return false;
    slot.count += 1;
    return true;
  }

  async releaseSlot(personId: PersonId, day: string): Promise<void> {
    const slot = this.slots.get(day)?.get(personId);
    if (slot && slot.count > 0) slot.count -= 1;
  }

  async pendingDigest(recipientId: PersonId): Promise<MatchAlert[]> {
    return this.mine(recipientId)
      .filter((a) => a.mode === 'digest' && a.digestedAt === null)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
  }

  async markDigested(recipientId: PersonId, ids: readonly MatchAlertId[], now: Date): Promise<number> {
    const wanted = new Set<string>(ids);
    const mine = this.entries.get(recipientId);
    let n = 0;
    for (const a of this.mine(recipientId)) {
      if (!wanted.has(a.id) || a.digestedAt !== null) continue;
      mine!.set(a.subject, pack({ ...a, digestedAt: now }));
      n += 1;
    }
    return n;
  }

  async purgeSlots(before: Date): Promise<number> {
    const limit = before.getTime();
    let n = 0;
    for (const [day, today] of this.slots) {
      for (const [personId, slot] of today) {
        if (slot.since >= limit) continue;
        today.delete(personId);
        n += 1;
      }
      if (today.size === 0) this.slots.delete(day);
    }
    return n;
  }

  async erasePerson(personId: PersonId): Promise<void> {
    for (const a of this.mine(personId)) this.ids.delete(a.id);
    this.entries.delete(personId);
    // Everyone alerted about them forgets it too.
    const subject: AlertSubject = `person:${personId}`;
    for (const mine of this.entries.values()) {
      const packed = mine.get(subject);
      if (packed === undefined) continue;
      this.ids.delete(unpack<MatchAlert>(packed).id);
      mine.delete(subject);
    }
    for (const today of this.slots.values()) today.delete(personId);
  }

  /** The recipient's entries, as copies. */
  private mine(recipientId: PersonId): MatchAlert[] {
    return [...(this.entries.get(recipientId)?.values() ?? [])].map((packed) => unpack<MatchAlert>(packed));
  }
}
