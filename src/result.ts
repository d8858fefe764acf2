import type { Phrase } from './domain/phrase.js';

export { err, ok } from './domain/result.js';
import type { Result as DomainResult } from './domain/result.js';

/** Expected failures are values: a command returns `err(...)` instead of throwing. */
export type Result<T, E = UserError> = DomainResult<T, E>;

/**
 * An expected failure caused by what a person did or asked for. `message` says it without a
 * language (a catalogue phrase), safe to show to that person once the presentation layer says it
 * in theirs; `code` is stable so adapters and tests can tell failures apart.
 */
export interface UserError {
  readonly code: UserErrorCode;
  readonly message: Phrase | string;
}

export const isUserError = (v: unknown): v is UserError =>
  typeof v === 'object' && v !== null && 'code' in v && 'message' in v && !('visibility' in v);

export type UserErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'forbidden'
  | 'conflict'
  | 'rate-limited'
  | 'no-profile'
  | 'incomplete-profile'
  | 'expired'
  | 'banned';

export const userError = (code: UserErrorCode, message: Phrase | string): UserError => ({ code, message });

/** Thrown (not returned) from deep inside the core when a user error must abort the whole command. */
export class UserErrorException extends Error {
  constructor(readonly userError: UserError) {
    super(typeof userError.message === 'string' ? userError.message : userError.message.key);
    this.name = 'UserErrorException';
  }
}

export const fail = (code: UserErrorCode, message: Phrase | string): never => {
  throw new UserErrorException(userError(code, message));
};
