/**
 * A deep copy of a record of plain data (objects, arrays, Dates, primitives), as structuredClone
 * makes of it, for the small rows read and written on every command (marks): structuredClone
 * serializes and parses, about ten times the cost for a row of a few fields.
 */
export function copyPlain<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) return value.map(copyPlain) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = copyPlain((value as Record<string, unknown>)[key]);
    // An own "__proto__" key stays a key: assigned, it would set the prototype.
    if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return out as T;
}
