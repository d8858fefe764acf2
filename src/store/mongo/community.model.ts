import { isLang, LANGUAGES } from '../../domain/language.js';
import { Schema } from 'mongoose';
import type { Ban, Community, CommunitySettings, MeetingPlace } from '../../domain/community.js';
import type { CommunityId, PersonId } from '../../domain/ids.js';
import type { CommunityKey, UserKey } from '../../domain/platform.js';
import type { UniqueRules } from './errors.js';
import {
  EMBEDDED_OPTIONS,
  ROOT_OPTIONS,
  idField,
  list,
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

export interface CommunityDoc {
  _id: string;
  key: string;
  name: string;
  settings: {
    announceChannelId: string | null;
    moderatorRoleId: string | null;
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
  const settings = new Schema(
    {
      announceChannelId: nullableString,
      moderatorRoleId: nullableString,
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

export function settingsToDoc(s: CommunitySettings): CommunityDoc['settings'] {
  return {
    announceChannelId: s.announceChannelId,
    moderatorRoleId: s.moderatorRoleId,
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
      case 'announceChannelId':
      case 'moderatorRoleId':
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
      announceChannelId: s.announceChannelId ?? null,
      moderatorRoleId: s.moderatorRoleId ?? null,
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
