import type { UserKey } from '../domain/platform.js';
import type { Logger } from '../logger.js';
import type { SchedulerHooks } from './hooks.js';
import type { Store } from '../store/port.js';
import type { RateLimits } from './limits.js';
import type { Announcer, Notifier } from './notify.js';
import type { ChatPlaces } from './session-chat-place.js';

export type Clock = () => Date;

/** Deployment settings the core needs, taken from the config by main. */
export interface CoreSettings {
  readonly owners: readonly UserKey[];
  readonly defaultRadiusKm: number;
  readonly messageRetentionDays: number;
  readonly reminderLeadMinutes: readonly number[];
  /** The base of calendar feed addresses (`<base>/calendar/<token>.ics`); null: no feeds here. */
  readonly feedBaseUrl: string | null;
}

export const DEFAULT_CORE_SETTINGS: CoreSettings = {
  owners: [],
  defaultRadiusKm: 10,
  messageRetentionDays: 30,
  reminderLeadMinutes: [1440, 60],
  feedBaseUrl: null,
};

export interface CoreDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly notifier: Notifier;
  readonly log: Logger;
  readonly settings: CoreSettings;
  /** Limits on abuse per person and action, checked before anything is stored (src/core/limits.ts). */
  readonly limits: RateLimits;
  /** Public session posts in communities; without one, sessions are simply not announced. */
  readonly announcer?: Announcer;
  /** Session chats' homes on the community's platform (Discord threads); without them, chats are relayed. */
  readonly chatPlaces?: ChatPlaces;
  /** Tells the job scheduler what changed (src/scheduler/hooks.ts); without one, nothing is scheduled. */
  readonly hooks?: SchedulerHooks;
}
