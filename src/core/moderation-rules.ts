import type { Community } from '../domain/community.js';
import { type UserError, userError } from '../result.js';

/**
 * The one answer a banned person gets for anything in the community that banned them: plain, so
 * nothing there seems to be simply empty, and naming no moderator.
 */
export const bannedFrom = (community: Community | null): UserError =>
  userError(
    'banned',
    `You are banned from ${community ? `**${community.name}**` : 'this community'}, so you can no longer take part there: its sessions, matches, buddy requests and messages are closed to you.`,
  );

export { banOf, isBanned as isBannedFrom } from '../domain/community.js';
