/**
 * An adapter's own short-lived state (a pending modal's values, a select's choices): a small
 * key-value store with expiry, one namespace per adapter, so an adapter never holds the whole
 * `Store` and two adapters can't read each other's keys. Values are plain data (JSON-like objects).
 */
export type KvValue = Readonly<Record<string, unknown>>;

export interface KvStore {
  /** The value under `key`, or null when there is none or it expired by `now`. */
  get(key: string, now: Date): Promise<KvValue | null>;
  /** Sets `key` to `value` until `expiresAt`, replacing what was there. */
  set(key: string, value: KvValue, expiresAt: Date): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface KvRepo {
  /** The store of one namespace (an adapter's name): lowercase letters, digits and dashes. */
  namespace(name: string): KvStore;
}

/** A namespace: what the keys of one adapter are stored under (no ":", which joins it to a key). */
const NAMESPACE = /^[a-z][a-z0-9-]{0,31}$/;
/** Keys are the adapter's own ids, never a person's words; long enough for an id and a suffix. */
export const KV_KEY_MAX = 200;
/** A value is a few ids or a form's text, never a document: larger is refused. */
export const KV_VALUE_MAX_BYTES = 16_384;

export function assertNamespace(name: string): void {
  if (!NAMESPACE.test(name)) throw new Error(`invalid key-value namespace "${name}"`);
}
