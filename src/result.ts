/** Expected failures are values: a command returns `err(...)` instead of throwing. */
export type Result<T, E = UserError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

/**
 * An expected failure caused by what a person did or asked for. `message` is safe to show to that
 * person; `code` is stable so adapters and tests can tell failures apart.
 */
export interface UserError {
  readonly code: UserErrorCode;
  readonly message: string;
}

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

export const userError = (code: UserErrorCode, message: string): UserError => ({ code, message });

/** Thrown (not returned) from deep inside the core when a user error must abort the whole command. */
export class UserErrorException extends Error {
  constructor(readonly userError: UserError) {
    super(userError.message);
    this.name = 'UserErrorException';
  }
}

export const fail = (code: UserErrorCode, message: string): never => {
  throw new UserErrorException(userError(code, message));
};
