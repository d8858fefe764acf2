import type { Config } from '../config.js';
import type { LimitSettings, RateLimits } from '../core/limits.js';
import type { Logger } from '../logger.js';
import { startEmbeddedMongo } from './embedded.js';
import { createMemoryStore } from './memory/index.js';
import { openMongoStore } from './mongo/index.js';
import type { Store } from './port.js';
import { createMemoryRateLimits, openMongoRateLimits } from './rate-limits.js';

export interface OpenedStore {
  readonly store: Store;
  /** What the log says about where data lives. */
  readonly description: string;
  /** The mongoose connection when on MongoDB, for the job scheduler to share. */
  readonly mongo: Awaited<ReturnType<typeof openMongoStore>> | null;
  /** Limits on abuse kept beside the data: in MongoDB on its connection (shared by every instance), else in memory. */
  openLimits(settings: LimitSettings): Promise<RateLimits>;
  close(): Promise<void>;
}

/** `MONGODB_URI` → that server; otherwise an embedded mongod; failing that, memory with a warning. */
export async function openConfiguredStore(config: Config['store'], log: Logger): Promise<OpenedStore> {
  if (config.kind === 'uri') {
    const mongo = await openMongoStore(config.uri);
    return {
      store: mongo,
      mongo,
      description: 'MongoDB (MONGODB_URI)',
      openLimits: (settings) => openMongoRateLimits(mongo.connection, settings),
      close: () => mongo.close(),
    };
  }
  if (config.kind === 'embedded') {
    const embedded = await startEmbeddedMongo(config.dataDir);
    if (embedded.ok) {
      const mongo = await openMongoStore(embedded.uri);
      return {
        store: mongo,
        mongo,
        description: `embedded MongoDB, data in ${config.dataDir}`,
        openLimits: (settings) => openMongoRateLimits(mongo.connection, settings),
        close: async () => {
          await mongo.close();
          await embedded.stop();
        },
      };
    }
    log.warn(
      `Using the in-memory store: data will NOT persist across restarts (${embedded.reason}). ` +
        'Set MONGODB_URI to a MongoDB server (or install mongod) to keep data.',
    );
  }
  const store = createMemoryStore();
  return {
    store,
    mongo: null,
    description: 'in-memory store (not persistent)',
    openLimits: async (settings) => createMemoryRateLimits(settings),
    close: () => store.close(),
  };
}
