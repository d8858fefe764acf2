import mongoose from 'mongoose';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIMITS, type LimitSettings, type RateLimits } from '../../../src/core/limits.js';
import { newId, type PersonId } from '../../../src/domain/ids.js';
import type { Store } from '../../../src/store/port.js';
import { createMemoryRateLimits, openMongoRateLimits } from '../../../src/store/rate-limits.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const SETTINGS: LimitSettings = {
  ...DEFAULT_LIMITS,
  connect: { points: 3, windowMs: HOUR },
  link: { wrongCodes: 3, windowMs: HOUR, lockMs: 15 * MINUTE },
};

/** The limits kept beside this store, as src/store/open.ts chooses them. */
async function limitsBeside(store: Store, settings: LimitSettings = SETTINGS): Promise<RateLimits> {
  if ('connection' in store && store.connection instanceof mongoose.Connection) return openMongoRateLimits(store.connection, settings);
  return createMemoryRateLimits(settings);
}

/**
 * The limits port on each store's own limiter. rate-limiter-flexible reads Date.now(); Date is
 * faked from the real present (MongoDB's TTL monitor runs on real time, so a past date would let
 * it delete live counters) and moved forward to pass a window.
 */
export function limitsContract(current: () => Store): void {
  let store: Store;
  let limits: RateLimits;
  beforeEach(async () => {
    store = current();
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now(), shouldAdvanceTime: true });
    limits = await limitsBeside(store);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const later = (ms: number) => vi.setSystemTime(Date.now() + ms);

  describe('limits on abuse', () => {
    it('allows the allowance per person and action, then refuses with the time left in the window', async () => {
      const ana = newId<PersonId>();
      const ben = newId<PersonId>();
      for (let i = 0; i < 3; i++) expect((await limits.take('connect', ana)).ok).toBe(true);
      const refused = await limits.take('connect', ana);
      expect(refused.ok).toBe(false);
      if (refused.ok) return;
      expect(refused.error).toMatchObject({ action: 'connect', allowance: { points: 3, windowMs: HOUR } });
      expect(refused.error.retryInMs).toBeGreaterThan(HOUR - MINUTE);
      expect(refused.error.retryInMs).toBeLessThanOrEqual(HOUR);
      // Another person, and another action of the same person, count apart.
      expect((await limits.take('connect', ben)).ok).toBe(true);
      expect((await limits.take('report', ana)).ok).toBe(true);
    });

    it('never lets concurrent attempts past the allowance', async () => {
      const ana = newId<PersonId>();
      const outcomes = await Promise.all(Array.from({ length: 12 }, () => limits.take('connect', ana)));
      expect(outcomes.filter((o) => o.ok)).toHaveLength(3);
    });

    it('allows again once the window has passed', async () => {
      const ana = newId<PersonId>();
      for (let i = 0; i < 4; i++) await limits.take('connect', ana);
      later(HOUR + 1000);
      expect((await limits.take('connect', ana)).ok).toBe(true);
    });

    it('locks /link on the last wrong code for the lock time, and a right code forgets the wrong ones', async () => {
      const ana = newId<PersonId>();
      expect(await limits.wrongLinkCode(ana)).toMatchObject({ ok: true, value: { left: 2 } });
      await limits.clearLinkCodes(ana);
      expect(await limits.wrongLinkCode(ana)).toMatchObject({ ok: true, value: { left: 2 } });
      expect(await limits.wrongLinkCode(ana)).toMatchObject({ ok: true, value: { left: 1 } });
      expect((await limits.linkLocked(ana)).ok).toBe(true);

      const locking = await limits.wrongLinkCode(ana);
      expect(locking.ok).toBe(false);
      if (locking.ok) return;
      expect(locking.error).toMatchObject({ action: 'link', lock: { wrongCodes: 3 } });
      expect(locking.error.retryInMs).toBeGreaterThan(14 * MINUTE);
      const locked = await limits.linkLocked(ana);
      expect(!locked.ok && locked.error.retryInMs).toBeGreaterThan(14 * MINUTE);
      expect((await limits.linkLocked(newId<PersonId>())).ok).toBe(true);

      later(15 * MINUTE + 1000);
      expect((await limits.linkLocked(ana)).ok).toBe(true);
      expect(await limits.wrongLinkCode(ana)).toMatchObject({ ok: true, value: { left: 2 } });
    });

    it('counts against one total for every instance opened beside the same MongoDB store', async (ctx) => {
      // In memory there is one process and nothing is shared between instances: nothing to check.
      if (store.kind !== 'mongodb') ctx.skip();
      const other = await limitsBeside(store);
      const ana = newId<PersonId>();
      const outcomes = await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? other : limits).take('connect', ana)));
      expect(outcomes.filter((o) => o.ok)).toHaveLength(3);
    });
  });
}
