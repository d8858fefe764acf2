import { assertNamespace, type KvRepo, type KvStore, type KvValue } from '../port-kv.js';
import { assertKvEntry } from '../validate-kv.js';

interface Entry {
  readonly value: KvValue;
  readonly expiresAt: Date;
}

/** The in-memory twin of the adapters' key-value store; lapsed entries are dropped when next read. */
export class MemoryKv implements KvRepo {
  private readonly rows = new Map<string, Entry>();

  namespace(name: string): KvStore {
    assertNamespace(name);
    const rows = this.rows;
    const at = (key: string) => `${name}:${key}`;
    return {
      async get(key, now) {
        const entry = rows.get(at(key));
        if (!entry) return null;
        if (entry.expiresAt <= now) {
          rows.delete(at(key));
          return null;
        }
        return structuredClone(entry.value);
      },
      async set(key, value, expiresAt) {
        assertKvEntry(key, value, expiresAt);
        rows.set(at(key), { value: structuredClone({ ...value }), expiresAt: new Date(expiresAt) });
      },
      async delete(key) {
        rows.delete(at(key));
      },
    };
  }
}
