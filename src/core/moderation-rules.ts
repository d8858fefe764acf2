import { type UserError, userError } from '../result.js';

/** The refusal a banned person gets for anything that would make them seen or heard there. */
export const BANNED: UserError = userError('banned', 'You are banned from this community, so you can’t do that here.');

export { isBanned as isBannedFrom } from '../domain/community.js';
