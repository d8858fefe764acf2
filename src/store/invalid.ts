/** What was wrong with one field of a value a store refused to write. */
export type InvalidRule =
  /** Missing, or of the wrong type (a string where a number belongs, an invalid Date). */
  | 'type'
  /** An empty string where an id or name is required. */
  | 'empty'
  | 'whole'
  | 'min'
  | 'max'
  /** Not one of the allowed values. */
  | 'enum'
  /** Coordinates outside [-180, 180] × [-90, 90], or not a [longitude, latitude] pair. */
  | 'range'
  /** A range whose lower end is above its upper end. */
  | 'order';

export interface InvalidField {
  /** Dotted path as MongoDB names it: `capacity`, `place.point.coordinates`, `availability.0.day`. */
  readonly path: string;
  readonly rule: InvalidRule;
}

/**
 * A value that breaks a storage rule (src/store/validate.ts), refused before anything is written.
 * The core checks what people type before it gets here, so this means a bug, not bad input: it is
 * thrown, never returned, and both adapters throw it for exactly the same values.
 */
export class StoreInvalid extends Error {
  constructor(
    readonly entity: string,
    readonly problems: readonly InvalidField[],
  ) {
    super(`store refused an invalid ${entity}: ${problems.map((p) => `${p.path} (${p.rule})`).join(', ')}`);
    this.name = 'StoreInvalid';
  }
}
