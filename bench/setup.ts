import { LocalePolicy } from '../src/i18n/locale-policy.js';
import { announcerFrom } from '../src/delivery/announcer.js';
/**
 * What the round-trip benches (discord.ts, telegram.ts) share: the core assembled over the
 * in-memory store, as the bots see it, and profiles seeded around one city from a fixed seed.
 */
import { Core } from '../src/core/core.js';
import { DEFAULT_CORE_SETTINGS } from '../src/core/deps.js';
import { DEFAULT_LIMITS, type LimitSettings } from '../src/core/limits.js';
import { DeliveryRegistry } from '../src/delivery/platforms.js';
import { OutboxNotifier } from '../src/delivery/outbox-notifier.js';
import { ACTIVITY_IDS, type ActivityId, LEVELS } from '../src/domain/activities.js';
import { point } from '../src/domain/geo.js';
import { newId, type PersonId } from '../src/domain/ids.js';
import { type Platform, userKey } from '../src/domain/platform.js';
import { blankProfile, type Profile } from '../src/domain/profile.js';
import { Dispatcher } from '../src/interaction/dispatcher.js';
import { loadCommands } from '../src/interaction/registry.js';
import { silentLogger } from '../src/logger.js';
import type { Store } from '../src/store/port.js';
import { createMemoryStore } from '../src/store/memory/index.js';
import { createMemoryRateLimits } from '../src/store/rate-limits.js';

export const CITY = { lat: 52.52, lng: 13.405 }; // Berlin

/** The benches time the commands, not the limits: each member browses far more than a person would. */
const BENCH_LIMITS: LimitSettings = { ...DEFAULT_LIMITS, browse: { points: 1_000_000, windowMs: 3_600_000 } };

/** The in-memory store, the core over it (notifications written to the outbox, as in production) and the dispatcher of commands/. */
export async function benchCore() {
  const store = createMemoryStore();
  const log = silentLogger();
  const clock = () => new Date();
  const deliveries = new DeliveryRegistry();
  const core = new Core({ store, clock, log, settings: DEFAULT_CORE_SETTINGS, limits: createMemoryRateLimits(BENCH_LIMITS), notifier: new OutboxNotifier(store.outbox, clock), announcer: announcerFrom(deliveries, new LocalePolicy()) });
  const registry = await loadCommands(new URL('../commands', import.meta.url).pathname);
  const dispatcher = new Dispatcher(registry, core, log);
  return { store, log, clock, deliveries, core, registry, dispatcher };
}

/** A deterministic pseudo-random sequence, so runs are comparable. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Within ~`km` of the centre, denser towards it. */
export function around(random: () => number, km: number) {
  const r = km * Math.sqrt(random());
  const angle = random() * 2 * Math.PI;
  return point(CITY.lat + (r / 111.32) * Math.cos(angle), CITY.lng + (r / (111.32 * Math.cos((CITY.lat * Math.PI) / 180))) * Math.sin(angle));
}

/** Someone within ~25 km of the centre, with one or two activities and a radius of 5–30 km. */
export function profileAround(i: number, random: () => number, platform: Platform, identity: string): Profile {
  const activities = [...new Set([ACTIVITY_IDS[Math.floor(random() * 6)]!, ACTIVITY_IDS[Math.floor(random() * ACTIVITY_IDS.length)]!])] as ActivityId[];
  const at = new Date();
  return {
    ...blankProfile(newId<PersonId>(), userKey(platform, identity), `Runner ${i}`, 5 + Math.floor(random() * 26), at),
    activities,
    level: LEVELS[Math.floor(random() * LEVELS.length)]!,
    location: around(random, 25),
    area: 'Berlin, DE',
    timeZone: 'Europe/Berlin',
  };
}

/** One of the people asking: a complete profile, with the usual running + cycling and 10 km. */
export function askerAround(i: number, random: () => number, platform: Platform, identity: string): Profile {
  return { ...profileAround(i, random, platform, identity), activities: ['running' as ActivityId, 'cycling' as ActivityId], radiusKm: 10 };
}

/** Stores `count` people from profileAround, in order; their ids, in the same order. */
export async function seedProfiles(store: Store, count: number, random: () => number, platform: Platform, identity: (i: number) => string): Promise<PersonId[]> {
  const ids: PersonId[] = [];
  for (let i = 0; i < count; i++) {
    const p = profileAround(i, random, platform, identity(i));
    await store.people.insert(p);
    ids.push(p.id);
  }
  return ids;
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
