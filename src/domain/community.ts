import type { GeoPoint } from './geo.js';
import type { CommunityId, PersonId } from './ids.js';
import type { CommunityKey } from './platform.js';

/** A public meeting place that moderators curate, so people meet somewhere safe and known. */
export interface MeetingPlace {
  readonly name: string;
  readonly point: GeoPoint;
}

export interface CommunitySettings {
  /** Where sessions are announced (a Discord channel id; for Telegram the group itself). */
  readonly announceChannelId: string | null;
  /** Members with this platform role are moderators (Discord role id). */
  readonly moderatorRoleId: string | null;
  readonly defaultRadiusKm: number;
  readonly places: readonly MeetingPlace[];
}

export interface Ban {
  readonly personId: PersonId;
  readonly by: PersonId;
  readonly reason: string;
  readonly at: Date;
}

export interface Community {
  readonly id: CommunityId;
  readonly key: CommunityKey;
  readonly name: string;
  readonly settings: CommunitySettings;
  readonly bans: readonly Ban[];
  readonly createdAt: Date;
}

/** Whether the person is banned from the community (no community: nobody is). */
export const isBanned = (community: Community | null, personId: PersonId): boolean =>
  community?.bans.some((b) => b.personId === personId) ?? false;

export const DEFAULT_COMMUNITY_SETTINGS: CommunitySettings = {
  announceChannelId: null,
  moderatorRoleId: null,
  defaultRadiusKm: 10,
  places: [],
};

/**
 * Nothing was ever set on this community: no bans, places, announce channel or moderator role,
 * the default radius. Such a community (auto-registered on first sight) can give way to another.
 */
export const isUntouched = (community: Community): boolean =>
  community.bans.length === 0 &&
  community.settings.places.length === 0 &&
  community.settings.announceChannelId === null &&
  community.settings.moderatorRoleId === null &&
  community.settings.defaultRadiusKm === DEFAULT_COMMUNITY_SETTINGS.defaultRadiusKm;
