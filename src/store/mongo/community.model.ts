import { isLang, LANGUAGES } from '../../domain/language.js';
import { type Model, Schema } from 'mongoose';
import type { Ban, Community, CommunitySettings, MeetingPlace, PlatformCommunitySettings, PlatformSettings } from '../../domain/community.js';
import type { CommunityId, PersonId } from '../../domain/ids.js';
import { type CommunityKey, decodeCommunityKey, type UserKey } from '../../domain/platform.js';
import type { UniqueRules } from './errors.js';
import {
  EMBEDDED_OPTIONS,
  ROOT_OPTIONS,
  idField,
  list,
  migrateWhere,
  stringArray,
  nullableString,
  numberField,
  pointFromDoc,
  pointSchema,
  pointToDoc,
  requiredDate,
  textField,
  type PointDoc,
} from './kit.js';

export interface BanDoc {
  personId: string;
  /** Missing on bans stored before bans bound accounts: read as empty. */
  identities?: string[];
  laterIds?: string[];
  by: string;
  reason: string;
  at: Date;
}

export interface PlatformSettingsDoc {
  announceChannelId?: string | null;
  moderatorRoleId?: string | null;
}

export interface CommunityDoc {
  _id: string;
  key: string;
  name: string;
  settings: {
    /**
     * Each platform's own settings by its name. Absent on communities stored before platforms
     * kept their own (`migrateCommunityPlatformSettings` moves them; until then read from the two
     * fields below, which were the community's own platform's).
     */
    platformSettings?: Record<string, PlatformSettingsDoc>;
    /** Today's shape before platform settings: moved into `platformSettings` at start-up. */
    announceChannelId?: string | null;
    moderatorRoleId?: string | null;
    defaultRadiusKm: number;
    /** Absent on communities stored before languages existed: read as null. */
    language?: string | null;
    places: { name: string; point: PointDoc }[];
    /** Both absent on communities stored before scheduled events: on, and nobody told. */
    scheduledEvents?: boolean;
    eventsPermissionTold?: boolean;
  };
  bans: BanDoc[];
  /** Missing on communities stored before moderators were recorded: read as empty. */
  moderators?: { personId: string; seenAt: Date }[];
  createdAt: Date;
}

export const COMMUNITY_UNIQUE: UniqueRules = { key: 'community-key' };

export function communitySchema(): Schema {
  const place = new Schema({ name: textField, point: { type: pointSchema(), required: true } }, EMBEDDED_OPTIONS);
  const ownSettings = new Schema({ announceChannelId: nullableString, moderatorRoleId: nullableString }, EMBEDDED_OPTIONS);
  const settings = new Schema(
    {
      // Keyed by platform name (validated: never a "." or "$"), one sub-document each.
      platformSettings: { type: Map, of: ownSettings, default: () => ({}) },
      defaultRadiusKm: numberField(0),
      language: { type: String, enum: [...LANGUAGES, null], default: null },
      places: { type: [place], default: [] },
      scheduledEvents: { type: Boolean, default: true },
      eventsPermissionTold: { type: Boolean, default: false },
    },
    EMBEDDED_OPTIONS,
  );
  const ban = new Schema(
    { personId: idField, identities: stringArray, laterIds: stringArray, by: idField, reason: textField, at: requiredDate },
    EMBEDDED_OPTIONS,
  );
  const moderator = new Schema({ personId: idField, seenAt: requiredDate }, EMBEDDED_OPTIONS);

  const schema = new Schema(
    {
      _id: idField,
      key: idField,
      name: textField,
      settings: { type: settings, required: true },
      bans: { type: [ban], default: [] },
      moderators: { type: [moderator], default: [] },
      createdAt: requiredDate,
    },
    { ...ROOT_OPTIONS, collection: 'communities' },
  );
  schema.index({ key: 1 }, { name: 'key_unique', unique: true });
  // `bindBans` looks for the bans covering a person on every profile creation, link and erasure.
  schema.index({ 'bans.identities': 1 }, { name: 'ban_identities' });
  schema.index({ 'bans.personId': 1 }, { name: 'ban_person' });
  schema.index({ 'bans.laterIds': 1 }, { name: 'ban_later_ids' });
  return schema;
}

// ---- mapping -------------------------------------------------------------------------------

const placeToDoc = (p: MeetingPlace) => ({ name: p.name, point: pointToDoc(p.point) });

export const banToDoc = (b: Ban): BanDoc => ({
  personId: b.personId,
  identities: [...b.identities],
  laterIds: [...b.laterIds],
  by: b.by,
  reason: b.reason,
  at: new Date(b.at),
});

const platformSettingsToDoc = (p: PlatformSettings): Record<string, PlatformSettingsDoc> =>
  Object.fromEntries(Object.entries(p).flatMap(([name, own]) => (own ? [[name, { announceChannelId: own.announceChannelId, moderatorRoleId: own.moderatorRoleId }]] : [])));

/**
 * A document's platform settings. One stored before platforms kept their own has the two fields
 * at the top of its settings: they were its own platform's (the platform its key names).
 */
export function platformSettingsFromDoc(key: string, s: CommunityDoc['settings']): PlatformSettings {
  const own = (d: PlatformSettingsDoc | undefined): PlatformCommunitySettings => ({ announceChannelId: d?.announceChannelId ?? null, moderatorRoleId: d?.moderatorRoleId ?? null });
  if (s.platformSettings && typeof s.platformSettings === 'object')
    return Object.fromEntries(Object.entries(s.platformSettings).map(([name, d]) => [name, own(d)]));
  if ((s.announceChannelId ?? null) === null && (s.moderatorRoleId ?? null) === null) return {};
  return { [decodeCommunityKey(key as CommunityKey).platform]: own(s) };
}

export function settingsToDoc(s: CommunitySettings): CommunityDoc['settings'] {
  return {
    platformSettings: platformSettingsToDoc(s.platformSettings),
    defaultRadiusKm: s.defaultRadiusKm,
    language: s.language,
    places: s.places.map(placeToDoc),
    scheduledEvents: s.scheduledEvents,
    eventsPermissionTold: s.eventsPermissionTold,
  };
}

/** A settings patch as `$set` paths under `settings.`; undefined keys skipped. */
export function settingsPatchToSet(patch: Partial<CommunitySettings>): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch) as [keyof CommunitySettings, unknown][]) {
    if (value === undefined) continue;
    switch (key) {
      case 'places':
        set['settings.places'] = (value as readonly MeetingPlace[]).map(placeToDoc);
        break;
      case 'platformSettings':
        set['settings.platformSettings'] = platformSettingsToDoc(value as PlatformSettings);
        break;
      case 'language':
      case 'defaultRadiusKm':
      case 'scheduledEvents':
      case 'eventsPermissionTold':
        set[`settings.${key}`] = value;
        break;
      default: {
        const ignored: never = key;
        void ignored;
      }
    }
  }
  return set;
}

export function communityFromDoc(d: CommunityDoc): Community {
  const s = d.settings;
  return {
    id: d._id as CommunityId,
    key: d.key as CommunityKey,
    name: d.name ?? '',
    settings: {
      platformSettings: platformSettingsFromDoc(d.key, s),
      defaultRadiusKm: s.defaultRadiusKm,
      language: isLang(s.language) ? s.language : null,
      places: list(s.places).map((p) => ({ name: p.name, point: pointFromDoc(p.point) })),
      scheduledEvents: s.scheduledEvents !== false,
      eventsPermissionTold: s.eventsPermissionTold === true,
    },
    bans: list(d.bans).map((b) => ({
      personId: b.personId as PersonId,
      identities: list(b.identities).map((k) => k as UserKey),
      laterIds: list(b.laterIds).map((id) => id as PersonId),
      by: b.by as PersonId,
      reason: b.reason ?? '',
      at: new Date(b.at),
    })),
    moderators: list(d.moderators).map((m) => ({ personId: m.personId as PersonId, seenAt: new Date(m.seenAt) })),
    createdAt: new Date(d.createdAt),
  };
}

/**
 * Moves communities stored in today's shape before platform settings (announce channel and
 * moderator role at the top of `settings`) into `settings.platformSettings.<platform>`, the
 * platform their key names. Runs at start-up; documents read before it ran are read the same way
 * (`platformSettingsFromDoc`). Written through the driver: the schema no longer has the old
 * fields, and mongoose would drop them from the `$unset`.
 */
export async function migrateCommunityPlatformSettings(communities: Model<CommunityDoc>): Promise<number> {
  return migrateWhere(communities.collection, { 'settings.platformSettings': { $exists: false } }, { key: 1, settings: 1 }, (doc) => {
    const settings = (doc.settings ?? {}) as CommunityDoc['settings'];
    const platformSettings = platformSettingsToDoc(platformSettingsFromDoc(String(doc.key), settings));
    return { $set: { 'settings.platformSettings': platformSettings }, $unset: { 'settings.announceChannelId': '', 'settings.moderatorRoleId': '' } };
  });
}
