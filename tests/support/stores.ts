import { randomBytes } from 'node:crypto';
import { startEmbeddedMongo } from '../../src/store/embedded.js';
import { createMemoryStore } from '../../src/store/memory/index.js';
import type { Store } from '../../src/store/port.js';

export interface StoreAdapter {
  readonly name: string;
  /** A fresh, empty store (a random database per call on MongoDB). */
  open(): Promise<Store>;
  shutdown(): Promise<void>;
}

/** Every storage adapter this machine can start, and why MongoDB was skipped if it was. */
export async function availableStoreAdapters(): Promise<{ adapters: StoreAdapter[]; skipped: string | null }> {
  const memory: StoreAdapter = { name: 'memory', open: async () => createMemoryStore(), shutdown: async () => {} };
  const uri = process.env.MONGODB_URI;
  let server: { uri: string; stop(): Promise<void> } | null = null;
  let skipped: string | null = null;
  if (uri) server = { uri, stop: async () => {} };
  else {
    const embedded = await startEmbeddedMongo(null);
    if (embedded.ok) server = embedded;
    else skipped = `MongoDB contract suite skipped: MONGODB_URI is not set and ${embedded.reason}.`;
  }
  if (!server) return { adapters: [memory], skipped };
  const opened: Store[] = [];
  const mongo: StoreAdapter = {
    name: 'mongodb',
    async open() {
      const { openMongoStore } = await import('../../src/store/mongo/index.js');
      const store = await openMongoStore(server!.uri, { dbName: `spotter_test_${randomBytes(6).toString('hex')}` });
      opened.push(store);
      return store;
    },
    async shutdown() {
      for (const store of opened) {
        await (store as Store & { connection: { dropDatabase(): Promise<unknown> } }).connection.dropDatabase();
        await store.close();
      }
      await server!.stop();
    },
  };
  return { adapters: [memory, mongo], skipped };
}
