import type { Clock } from '../core/deps.js';
import type { Platform } from '../domain/platform.js';
import type { Logger } from '../logger.js';
import type { LeasesRepo } from '../store/port.js';

/** The store's name for a platform's sending lane. */
export const laneLeaseName = (platform: Platform): string => `outbox-lane:${platform}`;

/**
 * The window the platforms' overall limits are counted over (Telegram's 30 a second, Discord's
 * 50 a second). A holder that leaves keeps its lease this much longer, so the next holder's
 * first second never overlaps the last second of the one before.
 */
export const RATE_WINDOW_MS = 1_000;

export interface LaneLeaseOptions {
  /** How long a lease lasts unless renewed: another instance takes a lane this long after its holder died. */
  readonly ttlMs: number;
  /** How often held leases are renewed; free ones are sought at every round of a sender holding none. */
  readonly renewMs: number;
  /** Monotonic milliseconds, for spacing the rounds. */
  readonly monotonic: () => number;
  /** The platforms to hold lanes for (those with a delivery in this process), asked at each round. */
  readonly platforms: () => readonly Platform[];
  /** After each round: lanes held may send, lanes lost must give their queue back. */
  readonly refreshed: () => void;
}

/**
 * The lanes one sender holds. A platform's overall limit is one budget however many instances
 * run, so one instance at a time sends for a platform: the holder of that lane's lease in the
 * store. The sender's claim loop calls `tick()` each round: leases are renewed every `renewMs`
 * and lapse `ttlMs` after the last renewal, when another instance takes the lane over; a sender
 * holding no lane looks for a free one at each round.
 *
 * A lease counts as held here only until `renewMs` before it lapses in the store, so a holder
 * whose renewals stall stops sending before anyone else can start.
 */
export class LaneLeases {
  private readonly until = new Map<Platform, number>();
  private lastRound = Number.NEGATIVE_INFINITY;
  private running = true;

  constructor(
    private readonly repo: LeasesRepo,
    private readonly holder: string,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly o: LaneLeaseOptions,
  ) {}

  holds(platform: Platform): boolean {
    const until = this.until.get(platform);
    return until !== undefined && until - this.o.renewMs > this.clock().getTime();
  }

  holdsAny(): boolean {
    return this.o.platforms().some((p) => this.holds(p));
  }

  /** A round of renewals when one is due (or when no lane is held, to find one). */
  async tick(): Promise<void> {
    if (!this.running) return;
    if (this.holdsAny() && this.o.monotonic() - this.lastRound < this.o.renewMs) return;
    this.lastRound = this.o.monotonic();
    await this.refresh();
  }

  /**
   * Stops renewing and gives the lanes back. `quietMs` is how long ago, at most, a lane sent last:
   * the release waits until a whole rate window has passed since, so the next holder's first
   * second never meets the last second of this one.
   */
  async stop(quietMs: number): Promise<void> {
    this.running = false;
    if (this.until.size > 0 && quietMs > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(quietMs, RATE_WINDOW_MS)));
    for (const platform of [...this.until.keys()]) {
      const name = laneLeaseName(platform);
      try {
        await this.repo.release(name, this.holder);
      } catch (error) {
        this.log.warn({ lane: name, err: (error as Error).message }, 'lane lease not given back; it lapses on its own');
      }
    }
    this.until.clear();
  }

  /** Stops renewing and keeps the leases as they are, to lapse on their own (a crash). */
  abandon(): void {
    this.running = false;
  }

  /** Renews what is held and tries to take what is not, one lane after the other. */
  private async refresh(): Promise<void> {
    for (const platform of this.o.platforms()) {
      const name = laneLeaseName(platform);
      try {
        const now = this.clock();
        const lease = (this.holds(platform) ? await this.repo.renew(name, this.holder, now, this.o.ttlMs) : null) ?? (await this.repo.acquire(name, this.holder, now, this.o.ttlMs));
        if (lease) {
          if (!this.until.has(platform)) this.log.info({ lane: name }, 'sending lane taken');
          this.until.set(platform, lease.until.getTime());
        } else if (this.until.delete(platform)) this.log.warn({ lane: name }, 'sending lane lost to another instance');
      } catch (error) {
        // The store is away: keep what is held until it lapses here (holds() turns false by itself).
        this.log.warn({ lane: name, err: (error as Error).message }, 'lane lease not renewed');
      }
    }
    this.o.refreshed();
  }
}
