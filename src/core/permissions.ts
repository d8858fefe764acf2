import { type Community, platformSettingsOf } from '../domain/community.js';
import type { Invocation } from '../domain/invocation.js';
import type { CoreSettings } from './deps.js';

/** The deployment's owners, named in OWNER_IDS. */
export const isOwner = (settings: CoreSettings, invocation: Invocation): boolean =>
  settings.owners.includes(invocation.user.key);

/**
 * A moderator of `community`: an owner, a platform admin of it, or a member holding its stored
 * moderator role. Membership facts come from the platform event (a Discord interaction carries
 * the member's roles and permissions; Telegram's admin list is read from the Bot API), never from
 * anything a button carried.
 */
export function isModerator(settings: CoreSettings, community: Community | null, invocation: Invocation): boolean {
  if (isOwner(settings, invocation)) return true;
  const member = invocation.community;
  if (!community || !member || member.key !== community.key) return false;
  if (member.isAdmin) return true;
  const role = platformSettingsOf(community).moderatorRoleId;
  return role !== null && member.roleIds.includes(role);
}
