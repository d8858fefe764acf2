import { isLang, LANGUAGES } from '../../domain/language.js';
import { Schema } from 'mongoose';
import { ACTIVITY_IDS, LEVELS, type ActivityId, type Level } from '../../domain/activities.js';
import { HALF_HOURS_PER_WEEK, weeklySlotIndices, type WeeklySlot } from '../../domain/availability.js';
import type { GeoPoint } from '../../domain/geo.js';
import type { CommunityId, PersonId } from '../../domain/ids.js';
import type { Platform, UserKey } from '../../domain/platform.js';
import type { Profile, ProfileStatus } from '../../domain/profile.js';
import { cleanHandle } from '../../domain/handles.js';
import type { ProfilePatch } from '../port.js';
import { PROFILE_STATUSES } from '../validate.js';
import type { UniqueRules } from './errors.js';
import {
  EMBEDDED_OPTIONS,
  ROOT_OPTIONS,
  idField,
  intField,
  isFiniteNumber,
  numberField,
  list,
  nullableString,
  platformNameRule,
  pointFromDoc,
  pointSchema,
  pointToDoc,
  requiredDate,
  stringArray,
  textField,
  type PointDoc,
} from './kit.js';

// The allowed values are the shared validation's (src/store/validate.ts), so they can't drift.
export { PROFILE_STATUSES };
const MINUTES_PER_DAY = 24 * 60;

/** A profile as stored. `location` is absent (never null) until set, for the 2dsphere index. */
export interface ProfileDoc {
  _id: string;
  identities: string[];
  /** Absent on profiles stored before handles: read as none (the next event from the account fills it in). */
  handles?: { identity: string; handle: string }[];
  displayName: string;
  activities: string[];
  level: string | null;
  location?: PointDoc;
  area: string | null;
  radiusKm: number;
  timeZone: string;
  /** Absent on documents written before languages existed: read as null. */
  language?: string | null;
  platformLanguage?: string | null;
  availability: { day: number; start: number; end: number }[];
  /**
   * Half-hours of the local week the availability covers (weeklySlotIndices), written with it, so
   * the ranked pool query can count shared time with `$setIntersection`. Absent on documents
   * written before it existed until the start-up migration fills it in.
   */
  slots?: number[];
  bio: string;
  status: string;
  notifications: {
    matchAlerts: boolean;
    quietHours: { start: number; end: number } | null;
    reminderLeadMinutes: number[] | null;
    weeklyDigest: boolean;
  };
  blocked: string[];
  attendance: { attended: number; missed: number; streak: number; bestStreak: number };
  communities: string[];
  unreachable: { platform: string; since: Date }[];
  /** Absent on profiles stored before no-show pauses, inactivity: read as none, and active since `updatedAt`. */
  noShowPause?: { since: Date; until: Date; communityId: string | null; ended: boolean } | null;
  lastActiveAt?: Date;
  inactiveToldAt?: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The shared rule for a stored handle (src/store/validate.ts `handle`). */
const handleRule = { validator: (v: unknown) => v == null || (typeof v === 'string' && cleanHandle(v) === v), message: 'Path `{PATH}` must be a handle.' };

export const PROFILE_UNIQUE: UniqueRules = { identities: 'identity' };

export function profileSchema(): Schema {
  const slot = new Schema(
    { day: intField(1, 7), start: intField(0, MINUTES_PER_DAY), end: intField(0, MINUTES_PER_DAY) },
    EMBEDDED_OPTIONS,
  );
  const quietHours = new Schema(
    { start: intField(0, MINUTES_PER_DAY), end: intField(0, MINUTES_PER_DAY) },
    EMBEDDED_OPTIONS,
  );
  const notifications = new Schema(
    {
      matchAlerts: { type: Boolean, required: true },
      quietHours: { type: quietHours, default: null },
      reminderLeadMinutes: { type: [{ type: Number, min: 0, validate: isFiniteNumber }], default: null },
      weeklyDigest: { type: Boolean, required: true },
    },
    EMBEDDED_OPTIONS,
  );
  const attendance = new Schema(
    { attended: intField(0), missed: intField(0), streak: intField(0), bestStreak: intField(0) },
    EMBEDDED_OPTIONS,
  );
  const noShowPause = new Schema({ since: requiredDate, until: requiredDate, communityId: nullableString, ended: { type: Boolean, required: true } }, EMBEDDED_OPTIONS);
  const unreachable = new Schema(
    { platform: { type: String, required: true, validate: platformNameRule }, since: requiredDate },
    EMBEDDED_OPTIONS,
  );

  const handle = new Schema({ identity: idField, handle: { type: String, required: true, validate: handleRule } }, EMBEDDED_OPTIONS);

  const schema = new Schema(
    {
      _id: idField,
      identities: stringArray,
      // Not indexed: a handle is looked up only among the asker's known people, already loaded.
      handles: { type: [handle], default: [] },
      displayName: textField,
      activities: { type: [{ type: String, enum: ACTIVITY_IDS }], default: [] },
      level: { type: String, enum: LEVELS, default: null },
      location: { type: pointSchema(), required: false },
      area: nullableString,
      radiusKm: numberField(0),
      timeZone: idField,
      language: { type: String, enum: [...LANGUAGES, null], default: null },
      platformLanguage: { type: String, enum: [...LANGUAGES, null], default: null },
      availability: { type: [slot], default: [] },
      slots: { type: [{ type: Number, min: 0, max: HALF_HOURS_PER_WEEK - 1 }], default: undefined },
      bio: textField,
      status: { type: String, enum: PROFILE_STATUSES, required: true },
      notifications: { type: notifications, required: true },
      blocked: stringArray,
      attendance: { type: attendance, required: true },
      communities: stringArray,
      unreachable: { type: [unreachable], default: [] },
      noShowPause: { type: noShowPause, default: null },
      lastActiveAt: requiredDate,
      inactiveToldAt: { type: Date, default: null },
      createdAt: requiredDate,
      updatedAt: requiredDate,
    },
    { ...ROOT_OPTIONS, collection: 'profiles' },
  );

  schema.index({ location: '2dsphere' }, { name: 'location_2dsphere' });
  schema.index({ identities: 1 }, { name: 'identities_unique', unique: true });
  schema.index({ blocked: 1 }, { name: 'blocked' });
  schema.index({ status: 1 }, { name: 'status' });
  schema.index({ communities: 1 }, { name: 'communities' });
  // The daily inactivity sweep: people not yet told, by how long ago they were last active.
  schema.index({ inactiveToldAt: 1, lastActiveAt: 1, _id: 1 }, { name: 'inactive_sweep' });
  return schema;
}

// ---- mapping -------------------------------------------------------------------------------

const slotToDoc = (s: WeeklySlot) => ({ day: s.day, start: s.start, end: s.end });

const notificationsToDoc = (n: Profile['notifications']): ProfileDoc['notifications'] => ({
  matchAlerts: n.matchAlerts,
  quietHours: n.quietHours ? { start: n.quietHours.start, end: n.quietHours.end } : null,
  reminderLeadMinutes: n.reminderLeadMinutes ? [...n.reminderLeadMinutes] : null,
  weeklyDigest: n.weeklyDigest,
});

const attendanceToDoc = (a: Profile['attendance']): ProfileDoc['attendance'] => ({
  attended: a.attended,
  missed: a.missed,
  streak: a.streak,
  bestStreak: a.bestStreak,
});

const unreachableToDoc = (u: Profile['unreachable']): ProfileDoc['unreachable'] =>
  u.map((x) => ({ platform: x.platform, since: new Date(x.since) }));

/**
 * A patch as a MongoDB update: `$set` of the stored values, and `$unset` of `location` when the
 * patch clears it (the field is omitted, never null). Undefined keys are left alone.
 */
export function profilePatchToUpdate(patch: ProfilePatch, now: Date): { $set: Record<string, unknown>; $unset?: { location: 1 } } {
  const set: Record<string, unknown> = {};
  let unsetLocation = false;
  for (const [key, value] of Object.entries(patch) as [keyof ProfilePatch, unknown][]) {
    if (value === undefined) continue;
    switch (key) {
      case 'location':
        if (value === null) unsetLocation = true;
        else set.location = pointToDoc(value as GeoPoint);
        break;
      case 'identities':
      case 'activities':
      case 'blocked':
      case 'communities':
        set[key] = [...(value as readonly string[])];
        break;
      case 'availability':
        set[key] = (value as readonly WeeklySlot[]).map(slotToDoc);
        set.slots = weeklySlotIndices(value as readonly WeeklySlot[]);
        break;
      case 'notifications':
        set[key] = notificationsToDoc(value as Profile['notifications']);
        break;
      case 'attendance':
        set[key] = attendanceToDoc(value as Profile['attendance']);
        break;
      case 'unreachable':
        set[key] = unreachableToDoc(value as Profile['unreachable']);
        break;
      case 'noShowPause':
        set[key] = pauseToDoc(value as Profile['noShowPause']);
        break;
      case 'lastActiveAt':
        set[key] = new Date(value as Date);
        break;
      case 'inactiveToldAt':
        set[key] = value === null ? null : new Date(value as Date);
        break;
      case 'displayName':
      case 'level':
      case 'area':
      case 'radiusKm':
      case 'timeZone':
      case 'language':
      case 'platformLanguage':
      case 'bio':
      case 'status':
        set[key] = value;
        break;
      default: {
        // A key the port does not allow (id, createdAt, updatedAt) or does not know: ignored.
        const ignored: never = key;
        void ignored;
      }
    }
  }
  set.updatedAt = new Date(now);
  return unsetLocation ? { $set: set, $unset: { location: 1 } } : { $set: set };
}

export function profileToDoc(p: Profile): ProfileDoc {
  const doc: ProfileDoc = {
    _id: p.id,
    identities: [...p.identities],
    handles: p.handles.map((h) => ({ identity: h.identity, handle: h.handle })),
    displayName: p.displayName,
    activities: [...p.activities],
    level: p.level,
    area: p.area,
    radiusKm: p.radiusKm,
    timeZone: p.timeZone,
    language: p.language,
    platformLanguage: p.platformLanguage,
    availability: p.availability.map(slotToDoc),
    slots: weeklySlotIndices(p.availability),
    bio: p.bio,
    status: p.status,
    notifications: notificationsToDoc(p.notifications),
    blocked: [...p.blocked],
    attendance: attendanceToDoc(p.attendance),
    communities: [...p.communities],
    unreachable: unreachableToDoc(p.unreachable),
    noShowPause: pauseToDoc(p.noShowPause),
    lastActiveAt: new Date(p.lastActiveAt),
    inactiveToldAt: p.inactiveToldAt ? new Date(p.inactiveToldAt) : null,
    createdAt: new Date(p.createdAt),
    updatedAt: new Date(p.updatedAt),
  };
  if (p.location) doc.location = pointToDoc(p.location);
  return doc;
}

export function profileFromDoc(d: ProfileDoc): Profile {
  const n = d.notifications;
  const a = d.attendance;
  return {
    id: d._id as PersonId,
    identities: list(d.identities) as UserKey[],
    handles: list(d.handles).map((h) => ({ identity: h.identity as UserKey, handle: h.handle })),
    displayName: d.displayName,
    activities: list(d.activities) as ActivityId[],
    level: (d.level ?? null) as Level | null,
    location: d.location ? pointFromDoc(d.location) : null,
    area: d.area ?? null,
    radiusKm: d.radiusKm,
    timeZone: d.timeZone,
    language: isLang(d.language) ? d.language : null,
    platformLanguage: isLang(d.platformLanguage) ? d.platformLanguage : null,
    availability: list(d.availability).map((s) => ({ day: s.day as WeeklySlot['day'], start: s.start, end: s.end })),
    bio: d.bio ?? '',
    status: d.status as ProfileStatus,
    notifications: {
      matchAlerts: n.matchAlerts,
      quietHours: n.quietHours ? { start: n.quietHours.start, end: n.quietHours.end } : null,
      reminderLeadMinutes: n.reminderLeadMinutes ? [...n.reminderLeadMinutes] : null,
      weeklyDigest: n.weeklyDigest,
    },
    blocked: list(d.blocked) as PersonId[],
    attendance: attendanceToDoc(a),
    communities: list(d.communities) as CommunityId[],
    unreachable: list(d.unreachable).map((u) => ({ platform: u.platform as Platform, since: new Date(u.since) })),
    noShowPause: d.noShowPause ? { since: new Date(d.noShowPause.since), until: new Date(d.noShowPause.until), communityId: (d.noShowPause.communityId ?? null) as CommunityId | null, ended: d.noShowPause.ended === true } : null,
    lastActiveAt: new Date(d.lastActiveAt ?? d.updatedAt),
    inactiveToldAt: d.inactiveToldAt ? new Date(d.inactiveToldAt) : null,
    createdAt: new Date(d.createdAt),
    updatedAt: new Date(d.updatedAt),
  };
}

const pauseToDoc = (p: Profile['noShowPause']): ProfileDoc['noShowPause'] =>
  p ? { since: new Date(p.since), until: new Date(p.until), communityId: p.communityId, ended: p.ended } : null;
