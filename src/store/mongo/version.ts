import { err, ok, type Result } from '../../result.js';

/** The partial unique index for live join requests ($in in a partialFilterExpression) needs 6.0. */
export const MIN_MONGODB_VERSION = { major: 6, minor: 0 } as const;

export interface TooOld {
  readonly found: string;
  readonly minimum: string;
}

/**
 * Whether a server's version (buildInfo's `version`, e.g. "5.0.14" or "7.0.2-rc1") is new enough.
 * A version that can't be read is let through: the index sync that follows names any real problem.
 */
export function checkServerVersion(version: string): Result<void, TooOld> {
  const m = /^(\d+)\.(\d+)/.exec(version.trim());
  if (!m) return ok(undefined);
  const [major, minor] = [Number(m[1]), Number(m[2])];
  const newEnough = major > MIN_MONGODB_VERSION.major || (major === MIN_MONGODB_VERSION.major && minor >= MIN_MONGODB_VERSION.minor);
  return newEnough ? ok(undefined) : err({ found: version.trim(), minimum: `${MIN_MONGODB_VERSION.major}.${MIN_MONGODB_VERSION.minor}` });
}

/** Start-up stops with this: it names both versions and what to do. */
export class MongoVersionError extends Error {
  constructor(readonly tooOld: TooOld) {
    super(
      `MongoDB ${tooOld.found} is too old: Spotter needs MongoDB ${tooOld.minimum} or newer (its indexes use features added in ${tooOld.minimum}). ` +
        'Upgrade the server, or point MONGODB_URI at a newer one (MongoDB Atlas runs 6.0+).',
    );
    this.name = 'MongoVersionError';
  }
}
