import type { PersonId } from '../../domain/ids.js';
import { type AlertSubject, type AlertsRepo, type MatchAlert, type MatchAlertId, StoreConflict } from '../port.js';
import { assertValid } from '../validate.js';
import { checkMatchAlert } from '../validate-records.js';

/** A person's counter for one day: alerts that went on their own, and since when (ms). */
interface Slot {
  count: number;
  readonly since: number;
}

/**
 * One ledger entry as a string: its values in a fixed order (JSON), without the recipient, which
 * is the key it is filed under, and without field names: about 110 characters where the named
 * form took about 200.
 */
type Positional = [subject: AlertSubject, id: MatchAlertId, ref: string, mode: MatchAlert['mode'], score: number, createdAt: number, digestedAt: number | null];

function packEntry(a: MatchAlert): string {
  const packed = JSON.stringify([a.subject, a.id, a.ref, a.mode, a.score, a.createdAt.getTime(), a.digestedAt?.getTime() ?? null] satisfies Positional);
  // Flattened now (see ./packed.ts): as V8's chain of chunks an entry took about 210 bytes, flat about 155.
  packed.charCodeAt(0);
  return packed;
}

function unpackEntry(recipientId: PersonId, packed: string): MatchAlert {
  const [subject, id, ref, mode, score, createdAt, digestedAt] = JSON.parse(packed) as Positional;
  return { id, recipientId, subject, ref, mode, score, createdAt: new Date(createdAt), digestedAt: digestedAt === null ? null : new Date(digestedAt) };
}

/** The subject of a packed entry, read without parsing the rest. */
const subjectOf = (packed: string): AlertSubject => (JSON.parse(packed) as Positional)[0];

/**
 * A recipient's entries: most people are alerted about one subject at a time, so one entry is
 * kept as its string alone, and only a second makes a Map (subject → entry).
 */
type Mine = string | Map<AlertSubject, string>;

/**
 * The match-alert ledger and the daily alert slots in memory. A 10,000-alert fan-out writes an
 * entry and takes a slot for each recipient, and both stay until long after the outbox row has
 * gone, so they are kept small: a recipient's entries as positional strings under the recipient
 * (a Map of them only once there are two); a slot as a count and an instant under its day and
 * person. With a Map per recipient and named fields they took about 500 bytes an alert. Every
 * method runs without awaiting in between, so each is atomic.
 */
export class MemoryAlerts implements AlertsRepo {
  /** recipient → their entries. */
  private readonly entries = new Map<PersonId, Mine>();
  /** Every entry's id: ids are unique across the ledger. */
  private readonly ids = new Set<string>();
  /** day → person → slot. */
  private readonly slots = new Map<string, Map<PersonId, Slot>>();

  private find(recipientId: PersonId, subject: AlertSubject): string | undefined {
    const mine = this.entries.get(recipientId);
    if (mine === undefined) return undefined;
    if (typeof mine !== 'string') return mine.get(subject);
    return subjectOf(mine) === subject ? mine : undefined;
  }

  private put(recipientId: PersonId, subject: AlertSubject, packed: string): void {
    const mine = this.entries.get(recipientId);
    if (mine === undefined) this.entries.set(recipientId, packed);
    else if (typeof mine !== 'string') mine.set(subject, packed);
    else {
      const first = subjectOf(mine);
      this.entries.set(recipientId, first === subject ? packed : new Map([[first, mine], [subject, packed]]));
    }
  }

  async record(alert: MatchAlert): Promise<MatchAlert | null> {
    assertValid('match alert', checkMatchAlert(alert));
    const existing = this.find(alert.recipientId, alert.subject);
    if (existing !== undefined) return unpackEntry(alert.recipientId, existing);
    if (this.ids.has(alert.id)) throw new StoreConflict('id');
    this.put(alert.recipientId, alert.subject, packEntry(alert));
    this.ids.add(alert.id);
    return null;
  }

  async get(recipientId: PersonId, subject: AlertSubject): Promise<MatchAlert | null> {
    const packed = this.find(recipientId, subject);
    return packed === undefined ? null : unpackEntry(recipientId, packed);
  }

  async takeSlot(personId: PersonId, day: string, cap: number, now: Date): Promise<boolean> {
    // No counter for a cap that hands nothing out, as in MongoDB (purgeSlots would count it).
    if (cap <= 0) return false;
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
    let n = 0;
    for (const a of this.mine(recipientId)) {
      if (!wanted.has(a.id) || a.digestedAt !== null) continue;
      this.put(recipientId, a.subject, packEntry({ ...a, digestedAt: now }));
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
    for (const [recipientId, mine] of this.entries) {
      const packed = this.find(recipientId, subject);
      if (packed === undefined) continue;
      this.ids.delete(unpackEntry(recipientId, packed).id);
      if (typeof mine === 'string') this.entries.delete(recipientId);
      else mine.delete(subject);
    }
    for (const today of this.slots.values()) today.delete(personId);
  }

  /** The recipient's entries, as copies. */
  private mine(recipientId: PersonId): MatchAlert[] {
    const mine = this.entries.get(recipientId);
    if (mine === undefined) return [];
    return (typeof mine === 'string' ? [mine] : [...mine.values()]).map((packed) => unpackEntry(recipientId, packed));
  }
}
