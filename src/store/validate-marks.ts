import { keyOf, type Mark, type MarkKind } from '../domain/marks.js';
import { LIST_KINDS } from '../domain/refs.js';
import { MARK_KEY_MAX } from './port-marks.js';
import type { InvalidField } from './port.js';
import { arrayOf, assertValid, checkWhole, date, id, nullable, oneOf, type Shape } from './validate.js';

const lifetime = { createdAt: date, expiresAt: date } as const;

/** The fields of each kind of mark, as both adapters check them before writing and after reading. */
const MARK_SHAPES: ReadonlyMap<MarkKind, Shape> = new Map<MarkKind, Shape>([
  ['link-code', { code: id, personId: id, ...lifetime }],
  ['shown-list', { personId: id, list: oneOf(LIST_KINDS), ids: arrayOf(id), ...lifetime }],
  ['question-spent', { question: id, ...lifetime }],
  ['plan-taken', { offer: id, session: id, ...lifetime }],
  ['running-late', { session: id, personId: id, ...lifetime }],
  ['event-interest', { session: id, user: id, personId: nullable(id), ...lifetime }],
]);

export const MARK_KINDS: readonly MarkKind[] = [...MARK_SHAPES.keys()];

const isKind = (kind: unknown): kind is MarkKind => MARK_KINDS.some((k) => k === kind);

/** What is wrong with the fields of a mark: its kind, then each field of that kind. */
function checkFields(mark: object): InvalidField[] {
  const kind: unknown = Object.hasOwn(mark, 'kind') ? (mark as { kind: unknown }).kind : undefined;
  if (!isKind(kind)) return [{ path: 'kind', rule: 'enum' }];
  return checkWhole(MARK_SHAPES.get(kind)!, mark);
}

const wellFormed = (value: object): value is Mark => checkFields(value).length === 0;

/** What is wrong with a mark: its fields, and a key too long to be one of ours. */
export function checkMark(mark: object): InvalidField[] {
  if (!wellFormed(mark)) return checkFields(mark);
  return keyOf(mark).length > MARK_KEY_MAX ? [{ path: 'key', rule: 'max' }] : [];
}

/** A record read back is a mark only when it passes the same checks a write does. */
export const isMark = (value: object): value is Mark => checkMark(value).length === 0;

export const assertMark = (mark: Mark): void => assertValid('mark', checkMark(mark));
