/**
 * A deep copy of a record of plain data (objects, arrays, Dates, primitives), as structuredClone
 * makes of it, for the small rows read and written on every command (marks): structuredClone
 * serializes and parses, about ten times the cost for a row of a few fields.
 *
 * `date` says what each Date becomes: a new Date, or for a packed row (packed.ts) its tag. An
 * object that says itself how it serializes (its own toJSON, Dates aside) is kept as it is; plain
 * data has none.
 */
export function copyPlain<T>(value: T, date: (d: Date) => unknown = (d) => new Date(d.getTime())): T {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return date(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => copyPlain(v, date)) as T;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = copyPlain((value as Record<string, unknown>)[key], date);
    // An own "__proto__" key (JSON.parse makes them) stays a key: assigned, it would set the prototype.
    if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return out as T;
}
