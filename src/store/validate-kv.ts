import { KV_KEY_MAX, KV_VALUE_MAX_BYTES, type KvValue } from './port-kv.js';
import type { InvalidField } from './port.js';
import { assertValid, checkWhole, date, object, type Shape } from './validate.js';

const KV_ENTRY: Shape = { value: object, expiresAt: date };

/** One key-value entry as both adapters check it before writing: the same refusals in each. */
export function assertKvEntry(key: string, value: KvValue, expiresAt: Date): void {
  const problems: InvalidField[] = [...checkWhole(KV_ENTRY, { value, expiresAt })];
  if (typeof key !== 'string' || key.length === 0) problems.push({ path: 'key', rule: 'empty' });
  else if (key.length > KV_KEY_MAX) problems.push({ path: 'key', rule: 'max' });
  if (problems.length === 0 && Buffer.byteLength(JSON.stringify(value), 'utf8') > KV_VALUE_MAX_BYTES) problems.push({ path: 'value', rule: 'max' });
  assertValid('key-value entry', problems);
}
