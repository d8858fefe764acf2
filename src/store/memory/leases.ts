import type { Lease, LeasesRepo } from '../port.js';
import { assertValid } from '../validate.js';
import { checkLeaseRequest } from '../validate-records.js';

/** Leases in memory. No method awaits before it is done, so each is atomic. */
export class MemoryLeases implements LeasesRepo {
  private readonly rows = new Map<string, Lease>();

  async acquire(name: string, holder: string, now: Date, ttlMs: number): Promise<Lease | null> {
    assertValid('lease', checkLeaseRequest({ name, holder, now, ttlMs }));
    const current = this.rows.get(name);
    if (current && current.holder !== holder && current.until > now) return null;
    return this.put({ name, holder, until: new Date(now.getTime() + ttlMs) });
  }

  async renew(name: string, holder: string, now: Date, ttlMs: number): Promise<Lease | null> {
    assertValid('lease', checkLeaseRequest({ name, holder, now, ttlMs }));
    const current = this.rows.get(name);
    if (!current || current.holder !== holder || current.until <= now) return null;
    return this.put({ name, holder, until: new Date(now.getTime() + ttlMs) });
  }

  async release(name: string, holder: string): Promise<boolean> {
    if (this.rows.get(name)?.holder !== holder) return false;
    this.rows.delete(name);
    return true;
  }

  async get(name: string): Promise<Lease | null> {
    const row = this.rows.get(name);
    return row ? { ...row, until: new Date(row.until) } : null;
  }

  private put(lease: Lease): Lease {
    this.rows.set(lease.name, lease);
    return { ...lease, until: new Date(lease.until) };
  }
}
