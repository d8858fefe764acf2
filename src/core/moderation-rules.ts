import type { Community } from '../domain/community.js';
import type { PersonId } from '../domain/ids.js';
import { type UserError, userError } from '../result.js';

/** The refusal a banned person gets for anything that would make them seen or heard there. */
export const BANNED: UserError = userError('banned', 'You are banned from this community, so you can’t do that here.');

/** Whether the person is banned from the community (no community: nobody is). */
export const isBannedFrom = (community: Community | null, personId: PersonId): boolean =>
  community?.bans.some((b) => b.personId === personId) ?? false;
