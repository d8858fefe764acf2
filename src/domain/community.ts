import type { GeoPoint } from './geo.js';
import type { Lang } from './language.js';
import type { CommunityId, PersonId } from './ids.js';
import { type CommunityKey, decodeCommunityKey, type Platform, type UserKey } from './platform.js';

/** A public meeting place that moderators curate, so people meet somewhere safe and known. */
export interface MeetingPlace {
  readonly name: string;
  readonly point: GeoPoint;
}

/**
 * What only some platforms let moderators set, kept per platform: a platform where a community
 * has channels has one to announce in, one with roles a role that makes moderators. A platform
 * without them leaves both null (a group is announced in itself).
 */
export interface PlatformCommunitySettings {
  /** Where sessions are announced: a channel of the community, by the platform's id. */
  readonly announceChannelId: string | null;
  /** Members holding this platform role are moderators. */
  readonly moderatorRoleId: string | null;
}

/** Each platform's own settings by the platform's name; a community reads its own platform's. */
export type PlatformSettings = Readonly<Partial<Record<Platform, PlatformCommunitySettings>>>;

export interface CommunitySettings {
  /** The settings of the community's platform, under its name (see `platformSettingsOf`). */
  readonly platformSettings: PlatformSettings;
  readonly defaultRadiusKm: number;
  /** What is posted in the community's channel or group is in this language; null: English. */
  readonly language: Lang | null;
  readonly places: readonly MeetingPlace[];
  /** Announced sessions are also the platform's own events (a server's events list); on unless turned off. */
  readonly scheduledEvents: boolean;
  /**
   * The moderators were told the bot may not make events here; set back once it may again, so
   * losing the permission a second time tells them again.
   */
  readonly eventsPermissionTold: boolean;
}

/**
 * A ban binds the person, not one profile of theirs: erasing the profile (/delete-me) and starting
 * over from the same account, or linking the account to another profile, does not lift it.
 */
export interface Ban {
  /** The profile the moderator banned (the one /unban names). */
  readonly personId: PersonId;
  /** Every platform account of the person when banned, and any linked to them since. Add-only. */
  readonly identities: readonly UserKey[];
  /** Profiles that have held one of those accounts since (a new /setup after /delete-me). Add-only. */
  readonly laterIds: readonly PersonId[];
  readonly by: PersonId;
  readonly reason: string;
  readonly at: Date;
}

/**
 * Someone the platform showed to be a moderator of the community when they last acted there
 * (admin, moderator role or owner). Kept so reports can be pushed to them: the platforms
 * tell a bot who moderates only inside an event from that community.
 */
export interface SeenModerator {
  readonly personId: PersonId;
  readonly seenAt: Date;
}

export interface Community {
  readonly id: CommunityId;
  readonly key: CommunityKey;
  readonly name: string;
  readonly settings: CommunitySettings;
  readonly bans: readonly Ban[];
  readonly moderators: readonly SeenModerator[];
  readonly createdAt: Date;
}

/** Who a ban is checked against: a profile's id and every account linked to it. */
export interface BanSubject {
  readonly id: PersonId;
  readonly identities: readonly UserKey[];
}

/** Whether the ban covers this person: by the profile banned, a later one, or any shared account. */
export const banCovers = (ban: Ban, who: BanSubject): boolean =>
  ban.personId === who.id || ban.laterIds.includes(who.id) || who.identities.some((k) => ban.identities.includes(k));

/** The ban that holds the person in this community, if any (no community: none). */
export const banOf = (community: Community | null, who: BanSubject): Ban | null =>
  community?.bans.find((b) => banCovers(b, who)) ?? null;

/** Whether the person is banned from the community (no community: nobody is). */
export const isBanned = (community: Community | null, who: BanSubject): boolean => banOf(community, who) !== null;

/** Every profile id a ban of the community has held: never to be suggested to anyone there. */
export const bannedIds = (community: Community | null): PersonId[] =>
  (community?.bans ?? []).flatMap((b) => [b.personId, ...b.laterIds]);

export const NO_PLATFORM_SETTINGS: PlatformCommunitySettings = { announceChannelId: null, moderatorRoleId: null };

/** The settings of the community's own platform (none set: both null). */
export function platformSettingsOf(community: Pick<Community, 'key' | 'settings'>): PlatformCommunitySettings {
  const platform = decodeCommunityKey(community.key).platform;
  const own = Object.hasOwn(community.settings.platformSettings, platform) ? community.settings.platformSettings[platform] : undefined;
  return own ?? NO_PLATFORM_SETTINGS;
}

/** The community's platform settings with `changes` made to its own platform's. */
export function withPlatformSettings(community: Pick<Community, 'key' | 'settings'>, changes: Partial<PlatformCommunitySettings>): PlatformSettings {
  const platform = decodeCommunityKey(community.key).platform;
  return { ...community.settings.platformSettings, [platform]: { ...platformSettingsOf(community), ...changes } };
}

export const DEFAULT_COMMUNITY_SETTINGS: CommunitySettings = {
  platformSettings: {},
  defaultRadiusKm: 10,
  language: null,
  places: [],
  scheduledEvents: true,
  eventsPermissionTold: false,
};

/**
 * Nothing was ever set on this community: no bans, places, announce channel or moderator role,
 * the default radius. Such a community (auto-registered on first sight) can give way to another.
 */
export const isUntouched = (community: Community): boolean =>
  community.bans.length === 0 &&
  community.settings.places.length === 0 &&
  Object.values(community.settings.platformSettings).every((p) => p === undefined || (p.announceChannelId === null && p.moderatorRoleId === null)) &&
  community.settings.language === null &&
  community.settings.scheduledEvents &&
  community.settings.defaultRadiusKm === DEFAULT_COMMUNITY_SETTINGS.defaultRadiusKm;
