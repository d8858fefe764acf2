import { resolve } from 'node:path';
import type { Config } from '../config.js';
import type { LimitSettings, RateLimits } from '../domain/limits.js';
import type { Logger } from '../logger.js';
// MongoDB's drivers and the embedded mongod are loaded only when used: the in-memory store starts without them.
import type { EmbeddedOptions } from './embedded.js';
import { createMemoryStore } from './memory/index.js';
import type { MongodFailure, MongodFailureKind } from './mongod-failure.js';
import type { openMongoStore } from './mongo/index.js';
import type { Store } from './port.js';
import { createMemoryRateLimits, openMongoRateLimits } from './rate-limits.js';

/** Whether what people save outlives this process, and if not, why. */
export type Durability =
  | { readonly kind: 'persistent' }
  /** STORE=memory: asked for, so only an info line says so. */
  | { readonly kind: 'memory-chosen' }
  /** No mongod could be had: everything is lost at the next restart, and everyone is told. */
  | { readonly kind: 'memory-fallback'; readonly reason: string };

export interface OpenedStore {
  readonly store: Store;
  /** What the log says about where data lives. */
  readonly description: string;
  readonly durability: Durability;
  /** The mongoose connection when on MongoDB, for the job scheduler to share. */
  readonly mongo: Awaited<ReturnType<typeof openMongoStore>> | null;
  /** Limits on abuse kept beside the data: in MongoDB on its connection (shared by every instance), else in memory. */
  openLimits(settings: LimitSettings): Promise<RateLimits>;
  close(): Promise<void>;
}

/** Start-up must stop: the message says what is wrong and what to do, in one paragraph. */
export class StoreStartError extends Error {
  override readonly name = 'StoreStartError';
}

export interface OpenStoreOptions {
  /** How the embedded mongod is found and started (tests inject a fake mongod). */
  readonly embedded?: EmbeddedOptions;
}

/**
 * `MONGODB_URI` → that server; otherwise an embedded mongod. Only when no mongod binary can be had
 * at all does it fall back to memory, with a warning; a mongod that exists but won't start stops
 * start-up, since an empty store in place of the real one would look like lost data.
 */
export async function openConfiguredStore(config: Config['store'], log: Logger, options: OpenStoreOptions = {}): Promise<OpenedStore> {
  if (config.kind === 'uri') {
    const { openMongoStore } = await import('./mongo/index.js');
    const mongo = await openMongoStore(config.uri);
    return {
      store: mongo,
      mongo,
      description: 'MongoDB (MONGODB_URI)',
      durability: { kind: 'persistent' },
      openLimits: (settings) => openMongoRateLimits(mongo.connection, settings),
      close: () => mongo.close(),
    };
  }
  if (config.kind === 'memory') {
    log.info('STORE=memory: using the in-memory store; nothing is kept after Spotter stops.');
    return memory({ kind: 'memory-chosen' });
  }
  const { startEmbeddedMongo } = await import('./embedded.js');
  const embedded = await startEmbeddedMongo(config.dataDir, options.embedded);
  if (embedded.ok) {
    const { openMongoStore } = await import('./mongo/index.js');
    const mongo = await openMongoStore(embedded.uri).catch(async (error: Error) => {
      await embedded.stop();
      throw error;
    });
    return {
      store: mongo,
      mongo,
      description: `embedded MongoDB, data in ${config.dataDir}`,
      durability: { kind: 'persistent' },
      openLimits: (settings) => openMongoRateLimits(mongo.connection, settings),
      close: async () => {
        await mongo.close();
        await embedded.stop();
      },
    };
  }
  if (embedded.kind === 'failed') throw new StoreStartError(embeddedFailureMessage(config.dataDir, embedded.failure));
  log.warn(
    { store: 'memory', reason: embedded.reason },
    `Using the in-memory store: data will be LOST when Spotter stops (${embedded.reason}). ` +
      'Set MONGODB_URI to a MongoDB server, or install mongod, to keep it.',
  );
  return memory({ kind: 'memory-fallback', reason: embedded.reason });
}

function memory(durability: Durability): OpenedStore {
  const store = createMemoryStore();
  return {
    store,
    mongo: null,
    description: 'in-memory store (not persistent)',
    durability,
    openLimits: async (settings) => createMemoryRateLimits(settings),
    close: () => store.close(),
  };
}

const WHAT_TO_DO: Readonly<Record<MongodFailureKind, string>> = {
  'lock-held':
    'its lock is held by another mongod (an earlier Spotter still running, or a mongod left behind by one). Stop that process (`pgrep -a mongod`), then start Spotter again',
  'no-space': 'the disk it is on is full. Free some space there, then start Spotter again',
  'incompatible-files':
    'the files there were written by a different MongoDB version or storage engine. Run the mongod version that wrote them (then upgrade step by step), or move that directory aside and start with an empty one',
  permission: 'this user may not read or write it. Give the user running Spotter ownership of that directory',
  'port-in-use': 'no free local port could be bound for it. Free a port or stop other servers, then start Spotter again',
  other: 'mongod stopped with the error below. Fix it, then start Spotter again',
};

/** One message naming the data directory, the cause and the way out; the data itself is untouched. */
export function embeddedFailureMessage(dataDir: string, failure: MongodFailure): string {
  return (
    `The embedded MongoDB could not start with its data directory ${resolve(dataDir)}: ${WHAT_TO_DO[failure.kind]}. ` +
    `mongod said: ${failure.detail}. ` +
    'Spotter stopped instead of starting without your data (nothing was changed); set MONGODB_URI to use another MongoDB server.'
  );
}
