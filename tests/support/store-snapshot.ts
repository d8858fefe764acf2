import type { Store } from '../../src/store/port.js';

/** Everything the in-memory store holds, as text: equal before and after means nothing stored. */
export function storeSnapshot(store: Store): string {
  const parts: unknown[] = [];
  for (const repo of Object.values(store)) {
    const table = (repo as { table?: { filter(f: () => boolean): unknown[] } }).table;
    if (table) parts.push(table.filter(() => true));
    const rows = (repo as { rows?: Map<string, unknown> }).rows;
    if (rows) parts.push([...rows.values()]);
  }
  return JSON.stringify(parts);
}
