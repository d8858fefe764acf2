import type mongoose from 'mongoose';
import { RateLimiterMemory, RateLimiterMongo, RateLimiterRes } from 'rate-limiter-flexible';
import type { LimitedAction, LimitHit, LimitSettings, LinkLock, RateLimits } from '../domain/limits.js';
import type { PersonId } from '../domain/ids.js';
import { err, ok, type Result } from '../result.js';

/**
 * The two implementations of the limits port, both on rate-limiter-flexible: `RateLimiterMemory`
 * beside the in-memory store, `RateLimiterMongo` on the MongoDB store's own connection (one
 * collection, atomic `findOneAndUpdate` counters, a TTL index to clean up) so that the totals hold
 * across every instance of the service.
 *
 * rate-limiter-flexible reads the time with `Date.now()`, not with the core's clock: a test that
 * moves time moves `Date` (vi.useFakeTimers({ toFake: ['Date'] })).
 */

/** The collection every MongoDB limiter shares; each action's keys carry its own prefix. */
export const RATE_LIMITS_COLLECTION = 'rate_limits';

/** What both library limiters offer and this module uses. */
interface Limiter {
  readonly points: number;
  consume(key: string): Promise<RateLimiterRes>;
  get(key: string): Promise<RateLimiterRes | null>;
  delete(key: string): Promise<boolean>;
}

interface LimiterOptions {
  readonly keyPrefix: string;
  readonly points: number;
  /** Seconds, as the library counts. */
  readonly duration: number;
  readonly blockDuration?: number;
}

type LimiterFactory = (options: LimiterOptions) => Limiter;

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

class LibraryRateLimits implements RateLimits {
  private readonly limiters: Readonly<Record<LimitedAction, Limiter>>;
  private readonly link: Limiter;

  constructor(
    private readonly settings: LimitSettings,
    make: LimiterFactory,
  ) {
    const per = (action: LimitedAction) =>
      make({ keyPrefix: action, points: settings[action].points, duration: seconds(settings[action].windowMs) });
    this.limiters = {
      'session-create': per('session-create'),
      connect: per('connect'),
      report: per('report'),
      browse: per('browse'),
      message: per('message'),
    };
    // Consuming more than `points` blocks the key for `blockDuration`: the last wrong code locks.
    this.link = make({
      keyPrefix: 'link-codes',
      points: settings.link.wrongCodes - 1,
      duration: seconds(settings.link.windowMs),
      blockDuration: seconds(settings.link.lockMs),
    });
  }

  async take(action: LimitedAction, person: PersonId): Promise<Result<void, LimitHit>> {
    try {
      await this.limiters[action].consume(person);
      return ok(undefined);
    } catch (rejection) {
      // The library rejects with a RateLimiterRes when the points are spent, with an Error when its store fails.
      if (rejection instanceof RateLimiterRes)
        return err({ action, allowance: this.settings[action], retryInMs: Math.max(0, rejection.msBeforeNext) });
      throw rejection;
    }
  }

  async linkLocked(person: PersonId): Promise<Result<void, LimitHit>> {
    const res = await this.link.get(person);
    // The memory limiter still returns a record whose time is up until its cleanup timer fires.
    if (res && res.consumedPoints > this.link.points && res.msBeforeNext > 0) return err(this.linkHit(res.msBeforeNext));
    return ok(undefined);
  }

  async wrongLinkCode(person: PersonId): Promise<Result<{ readonly left: number; readonly lock: LinkLock }, LimitHit>> {
    try {
      const res = await this.link.consume(person);
      return ok({ left: Math.max(0, this.settings.link.wrongCodes - res.consumedPoints), lock: this.settings.link });
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return err(this.linkHit(rejection.msBeforeNext));
      throw rejection;
    }
  }

  async clearLinkCodes(person: PersonId): Promise<void> {
    await this.link.delete(person);
  }

  private linkHit(retryInMs: number): LimitHit {
    return { action: 'link', lock: this.settings.link, retryInMs: Math.max(0, retryInMs) };
  }
}

/** Limits kept in this process's memory: for the in-memory store (one process, nothing persists). */
export function createMemoryRateLimits(settings: LimitSettings): RateLimits {
  return new LibraryRateLimits(settings, (options) => new RateLimiterMemory({ ...options }));
}

/**
 * Limits kept in MongoDB on the store's connection, without touching the server: the limiters
 * are built and bound to `connection`; `openMongoRateLimits` also creates their indexes.
 */
export function buildMongoRateLimits(connection: mongoose.Connection, settings: LimitSettings): { limits: RateLimits; ensureIndexes(): Promise<void> } {
  const made: RateLimiterMongo[] = [];
  const limits = new LibraryRateLimits(settings, (options) => {
    const limiter = new RateLimiterMongo({
      ...options,
      storeClient: connection,
      tableName: RATE_LIMITS_COLLECTION,
      // Created once below, awaited, instead of by every limiter in the background.
      disableIndexesCreation: true,
    });
    made.push(limiter);
    return limiter;
  });
  return {
    limits,
    // All limiters share one collection, so one of them creates its indexes (TTL on `expire`, unique `key`).
    ensureIndexes: async () => {
      await made[0]?.createIndexes();
    },
  };
}

/** The MongoDB limits, their indexes in place before the first action is counted. */
export async function openMongoRateLimits(connection: mongoose.Connection, settings: LimitSettings): Promise<RateLimits> {
  const built = buildMongoRateLimits(connection, settings);
  await built.ensureIndexes();
  return built.limits;
}
