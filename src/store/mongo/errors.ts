import { StoreConflict, type ConflictRule } from '../port.js';

/**
 * Turns MongoDB duplicate-key errors (E11000) into `StoreConflict`. Each collection names the
 * rule behind each of its unique indexes, by the first field of the index key; a duplicate
 * `_id` is always the 'id' rule.
 */

export type UniqueRules = Readonly<Record<string, ConflictRule>>;

interface DuplicateKeyLike {
  code?: unknown;
  keyPattern?: unknown;
  keyValue?: unknown;
  message?: unknown;
  writeErrors?: unknown;
  errorResponse?: unknown;
}

const DUPLICATE_CODES = new Set([11000, 11001]);

function duplicateKeyError(err: unknown): DuplicateKeyLike | null {
  if (typeof err !== 'object' || err === null) return null;
  const e = err as DuplicateKeyLike;
  if (typeof e.code === 'number' && DUPLICATE_CODES.has(e.code)) return e;
  // Bulk errors carry the first failure in writeErrors.
  if (Array.isArray(e.writeErrors) && e.writeErrors.length > 0) {
    const first = e.writeErrors[0] as { code?: unknown; err?: DuplicateKeyLike; errmsg?: unknown };
    if (typeof first.code === 'number' && DUPLICATE_CODES.has(first.code)) {
      return { code: first.code, message: first.errmsg, ...(first.err ?? {}) };
    }
  }
  return null;
}

function fieldsOf(e: DuplicateKeyLike): string[] {
  for (const source of [e.keyPattern, e.keyValue]) {
    if (typeof source === 'object' && source !== null) {
      const keys = Object.keys(source);
      if (keys.length > 0) return keys;
    }
  }
  // Older servers only name the index in the message: "... index: pair_unique dup key: ...".
  const message = typeof e.message === 'string' ? e.message : '';
  const index = /index: (\S+) dup key/.exec(message)?.[1];
  if (index === undefined) return [];
  if (index === '_id_') return ['_id'];
  return [index];
}

/** The conflict a duplicate-key error stands for, or null when `err` is something else. */
export function conflictOf(err: unknown, rules: UniqueRules): StoreConflict | null {
  const dup = duplicateKeyError(err);
  if (!dup) return null;
  const fields = fieldsOf(dup);
  if (fields.includes('_id')) return new StoreConflict('id');
  for (const field of fields) {
    const rule = rules[field];
    if (rule) return new StoreConflict(rule);
  }
  // An index name given instead of a field: match the rule whose field starts the name.
  for (const field of fields) {
    for (const [key, rule] of Object.entries(rules)) if (field.startsWith(key)) return new StoreConflict(rule);
  }
  // A unique index we do not know of: still a conflict, reported as the entity's identity.
  return new StoreConflict('id');
}

/** Runs a write, rethrowing duplicate-key errors as `StoreConflict`. */
export async function guarded<T>(rules: UniqueRules, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    throw conflictOf(err, rules) ?? err;
  }
}

/** Whether `err` is a duplicate key (a racing insert of the same identity), whichever index it hit. */
export const isDuplicateKey = (err: unknown): boolean => duplicateKeyError(err) !== null;
