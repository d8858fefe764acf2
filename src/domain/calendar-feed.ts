import type { PersonId } from './ids.js';

/**
 * A person's private calendar address. Only the token's SHA-256 is kept: the address is shown
 * once, and a copy of the database can't be used to read anyone's calendar.
 */
export interface CalendarFeed {
  readonly personId: PersonId;
  /** Hex SHA-256 of the token in the address. */
  readonly tokenHash: string;
  readonly createdAt: Date;
}
