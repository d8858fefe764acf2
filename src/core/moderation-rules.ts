import type { Community } from '../domain/community.js';
import { phrase } from '../domain/phrase.js';
import { type UserError, userError } from '../result.js';

/**
 * The one answer a banned person gets for anything in the community that banned them: plain, so
 * nothing there seems to be simply empty, and naming no moderator.
 */
export const bannedFrom = (community: Community | null): UserError =>
  userError('banned', community ? phrase('ban-error-banned-from', { community: community.name }) : phrase('ban-error-banned-here'));

export { banOf, isBanned as isBannedFrom } from '../domain/community.js';
