import { LANGUAGES } from '../domain/language.js';
import { ACTIVITY_IDS, LEVELS, levelRank, type Level } from '../domain/activities.js';
import type { Ban, CommunitySettings } from '../domain/community.js';
import { cleanHandle } from '../domain/handles.js';
import { isPlatformName, PLATFORM_NAME } from '../domain/platform.js';
import type { Profile, ProfileStatus } from '../domain/profile.js';
import { type Announcement, type CheckIn, type Recurrence, SESSION_VISIBILITIES, type SessionStatus, type WorkoutSession } from '../domain/session.js';
import { type InvalidField, type ProfilePatch, type SessionPatch, StoreInvalid } from './port.js';

/**
 * The storage rules, once, for both adapters: each checks a value with these before writing it,
 * so the in-memory store refuses exactly what MongoDB refuses. The mongoose schemas
 * (src/store/mongo/*.model.ts) hold the same rules as a second line; tests/store/validate.test.ts
 * holds the two in agreement. Pure functions over domain values; paths are named as MongoDB names
 * them. The rules guard the data, not the wording: what people type is checked in the core first.
 */

/** Appends what is wrong with `value` at `path` to `out`. */
export type Check = (value: unknown, path: string, out: InvalidField[]) => void;

const fail = (out: InvalidField[], path: string, rule: InvalidField['rule']) => {
  out.push({ path, rule });
};

/** Any string, empty too (free text: a title, notes, a reason). */
export const text: Check = (v, path, out) => {
  if (typeof v !== 'string') fail(out, path, 'type');
};

/** A non-empty string: an id, a key, a time zone, a command name. */
export const id: Check = (v, path, out) => {
  if (typeof v !== 'string') fail(out, path, 'type');
  else if (v.length === 0) fail(out, path, 'empty');
};

export const bool: Check = (v, path, out) => {
  if (typeof v !== 'boolean') fail(out, path, 'type');
};

/** A Date that holds an instant (not `new Date('nonsense')`). */
export const date: Check = (v, path, out) => {
  if (!(v instanceof Date) || !Number.isFinite(v.getTime())) fail(out, path, 'type');
};

/** A finite number in `[min, max]`, whole when asked. */
export const num =
  (min: number, max = Number.POSITIVE_INFINITY, whole = false): Check =>
  (v, path, out) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return fail(out, path, 'type');
    if (whole && !Number.isInteger(v)) return fail(out, path, 'whole');
    if (v < min) fail(out, path, 'min');
    else if (v > max) fail(out, path, 'max');
  };

export const whole = (min: number, max = Number.MAX_SAFE_INTEGER): Check => num(min, max, true);

export const oneOf =
  (allowed: readonly string[]): Check =>
  (v, path, out) => {
    if (typeof v !== 'string' || !allowed.includes(v)) fail(out, path, 'enum');
  };

/** A handle as the core keeps it: cleaned, without "@", of the shape any platform's may take. */
export const handle: Check = (v, path, out) => {
  if (typeof v !== 'string') fail(out, path, 'type');
  else if (cleanHandle(v) !== v) fail(out, path, 'enum');
};

/** A platform's name as plug-ins spell them (the store knows no list of platforms). */
export const platformName: Check = (v, path, out) => {
  if (typeof v !== 'string' || !PLATFORM_NAME.test(v)) fail(out, path, 'enum');
};

export const nullable =
  (check: Check): Check =>
  (v, path, out) => {
    if (v !== null) check(v, path, out);
  };

export const arrayOf =
  (check: Check): Check =>
  (v, path, out) => {
    if (!Array.isArray(v)) return fail(out, path, 'type');
    // The item's path is built only for an item that fails (checks are pure: it is checked again
    // with it): a list of twenty ids would otherwise build twenty paths per write.
    for (let i = 0; i < v.length; i++) {
      const before = out.length;
      check(v[i], path, out);
      if (out.length === before) continue;
      out.length = before;
      check(v[i], `${path}.${i}`, out);
    }
  };

/** A plain object whose own data is free-form (flow state, action arguments, a reply). */
export const object: Check = (v, path, out) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(out, path, 'type');
};

/** The fields of an object, each by its own check; keys are ours, never a person's words. */
export type Shape = Readonly<Record<string, Check>>;

const fieldOf = (v: object, key: string): unknown => (Object.hasOwn(v, key) ? (v as Record<string, unknown>)[key] : undefined);

export const shape = (fields: Shape): Check => {
  const entries = Object.entries(fields);
  return (v, path, out) => {
    if (typeof v !== 'object' || v === null) return fail(out, path, 'type');
    for (const [key, check] of entries) check(fieldOf(v, key), path ? `${path}.${key}` : key, out);
  };
};

/** GeoJSON point: `[longitude, latitude]`, each a number within range. */
export const point: Check = (v, path, out) => {
  if (typeof v !== 'object' || v === null) return fail(out, path, 'type');
  oneOf(['Point'])(fieldOf(v, 'type'), `${path}.type`, out);
  const c = fieldOf(v, 'coordinates');
  const inRange =
    Array.isArray(c) &&
    c.length === 2 &&
    typeof c[0] === 'number' &&
    typeof c[1] === 'number' &&
    Math.abs(c[0]) <= 180 &&
    Math.abs(c[1]) <= 90;
  if (!inRange) fail(out, `${path}.coordinates`, 'range');
};

/** The checks of a patch: only keys present with a value (undefined leaves a field alone). */
export function checkPatch(fields: Shape, patch: object): InvalidField[] {
  const out: InvalidField[] = [];
  for (const [key, check] of Object.entries(fields)) {
    const value = fieldOf(patch, key);
    if (value !== undefined) check(value, key, out);
  }
  return out;
}

/** Each shape's check, made once: the shapes are constants, and a write checks one every time. */
const wholeChecks = new WeakMap<Shape, Check>();

export const checkWhole = (fields: Shape, value: object): InvalidField[] => {
  let check = wholeChecks.get(fields);
  if (!check) wholeChecks.set(fields, (check = shape(fields)));
  const out: InvalidField[] = [];
  check(value, '', out);
  return out;
};

/** Throws StoreInvalid when there is anything wrong; the adapters call it before each write. */
export function assertValid(entity: string, problems: readonly InvalidField[]): void {
  if (problems.length > 0) throw new StoreInvalid(entity, problems);
}

/** The page size a `limit` asks for: 0 below 1 or when not a number, else rounded down. */
export const pageSize = (limit: number): number => (limit >= 1 ? Math.floor(limit) : 0);

// ---- profiles --------------------------------------------------------------------------------

export const PROFILE_STATUSES = ['active', 'paused'] as const satisfies readonly ProfileStatus[];
const MINUTES_PER_DAY = 24 * 60;
const minuteOfDay = whole(0, MINUTES_PER_DAY);

const lang = nullable(oneOf(LANGUAGES));

const PROFILE_PATCH = {
  identities: arrayOf(text),
  displayName: text,
  activities: arrayOf(oneOf(ACTIVITY_IDS)),
  level: nullable(oneOf(LEVELS)),
  location: nullable(point),
  area: nullable(text),
  radiusKm: num(0),
  timeZone: id,
  language: lang,
  platformLanguage: lang,
  availability: arrayOf(shape({ day: whole(1, 7), start: minuteOfDay, end: minuteOfDay })),
  bio: text,
  status: oneOf(PROFILE_STATUSES),
  notifications: shape({
    matchAlerts: bool,
    quietHours: nullable(shape({ start: minuteOfDay, end: minuteOfDay })),
    reminderLeadMinutes: nullable(arrayOf(num(0))),
    weeklyDigest: bool,
  }),
  blocked: arrayOf(text),
  attendance: shape({ attended: whole(0), missed: whole(0), streak: whole(0), bestStreak: whole(0) }),
  communities: arrayOf(text),
  unreachable: arrayOf(shape({ platform: platformName, since: date })),
  noShowPause: nullable(shape({ since: date, until: date, communityId: nullable(text), ended: bool })),
  lastActiveAt: date,
  inactiveToldAt: nullable(date),
} satisfies Record<keyof ProfilePatch, Check>;

/** Each account's handle; set only through `setHandle`, so not part of a patch. */
const handles = arrayOf(shape({ identity: id, handle }));

const PROFILE: Shape = { id, ...PROFILE_PATCH, handles, createdAt: date, updatedAt: date } satisfies Record<keyof Profile, Check>;
const HANDLE: Shape = { identity: id, handle: nullable(handle) };

export const checkProfile = (p: Profile) => checkWhole(PROFILE, p);
export const checkHandle = (identity: string, value: string | null) => checkWhole(HANDLE, { identity, handle: value });
export const checkProfilePatch = (patch: ProfilePatch) => checkPatch(PROFILE_PATCH, patch);

// ---- sessions --------------------------------------------------------------------------------

export const SESSION_STATUSES = ['open', 'full', 'cancelled', 'completed'] as const satisfies readonly SessionStatus[];
export const RECURRENCES = ['none', 'weekly'] as const satisfies readonly Recurrence[];

/** A level range whose ends are levels, the lower not above the upper. */
const levelRange: Check = (v, path, out) => {
  const before = out.length;
  shape({ min: oneOf(LEVELS), max: oneOf(LEVELS) })(v, path, out);
  if (out.length > before || typeof v !== 'object' || v === null) return;
  if (levelRank(fieldOf(v, 'min') as Level) > levelRank(fieldOf(v, 'max') as Level)) fail(out, path, 'order');
};

/** Seats besides the host: at least one, or nobody could ever join. */
const capacity = whole(1);

/** Absent `by` is the person's own answer (stored before hosts confirmed attendance). */
const optional =
  (check: Check): Check =>
  (v, path, out) => {
    if (v !== undefined) check(v, path, out);
  };
/** Absent `eventId`: announced before scheduled events existed, or without one. */
const announcement = shape({ community: id, channelId: id, messageId: id, eventId: optional(id) } satisfies Record<keyof Announcement, Check>);
const checkIn = shape({ personId: id, attended: bool, at: date, by: optional(oneOf(['self', 'host'])) } satisfies Record<keyof CheckIn, Check>);

const SESSION_PATCH = {
  title: text,
  notes: text,
  startsAt: date,
  timeZone: id,
  durationMinutes: num(0),
  place: shape({ point, label: text }),
  capacity,
  levels: levelRange,
  activity: oneOf(ACTIVITY_IDS),
  recurrence: oneOf(RECURRENCES),
} satisfies Record<keyof SessionPatch, Check>;

const SESSION: Shape = {
  id,
  communityId: nullable(text),
  hostId: id,
  ...SESSION_PATCH,
  status: oneOf(SESSION_STATUSES),
  participants: arrayOf(text),
  waitlist: arrayOf(text),
  seriesId: id,
  visibility: oneOf(SESSION_VISIBILITIES),
  announcements: arrayOf(announcement),
  checkIns: arrayOf(checkIn),
  createdAt: date,
  updatedAt: date,
} satisfies Record<keyof WorkoutSession, Check>;

export const checkSession = (s: WorkoutSession) => checkWhole(SESSION, s);
export const checkSessionPatch = (patch: SessionPatch) => checkPatch(SESSION_PATCH, patch);
export const checkCapacity = (n: number) => checkPatch({ capacity }, { capacity: n });
export const checkSessionStatus = (to: SessionStatus) => checkPatch({ status: oneOf(SESSION_STATUSES) }, { status: to });
export const checkAnnouncement = (a: Announcement) => checkPatch({ announcements: announcement }, { announcements: a });
export const checkCheckIn = (c: CheckIn) => checkPatch({ checkIns: checkIn }, { checkIns: c });

// ---- communities -----------------------------------------------------------------------------

/** Each platform's own settings, under its name (lowercase letters, digits, dashes: a safe field name). */
const platformSettings: Check = (v, path, out) => {
  object(v, path, out);
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return;
  const own = shape({ announceChannelId: nullable(text), moderatorRoleId: nullable(text) });
  for (const [name, settings] of Object.entries(v)) {
    if (!isPlatformName(name)) out.push({ path: `${path}.${name}`, rule: 'enum' });
    else own(settings, `${path}.${name}`, out);
  }
};

const SETTINGS: Shape = {
  platformSettings,
  defaultRadiusKm: num(0),
  language: lang,
  places: arrayOf(shape({ name: text, point })),
  scheduledEvents: bool,
  eventsPermissionTold: bool,
} satisfies Record<keyof CommunitySettings, Check>;

const BAN: Shape = {
  personId: id,
  // Free-form as in the schema: a ban keeps whatever accounts the person had.
  identities: arrayOf(text),
  laterIds: arrayOf(text),
  by: id,
  reason: text,
  at: date,
} satisfies Record<keyof Ban, Check>;

/** A new community as `ensure` creates it: a platform key and a name (which may be empty). */
export const checkNewCommunity = (key: string, name: string) => checkWhole({ key: id, name: text }, { key, name });
/** Paths under `settings.`, as the stored document names them. */
export const checkSettingsPatch = (patch: Partial<CommunitySettings>) =>
  checkPatch(SETTINGS, patch).map((p) => ({ ...p, path: `settings.${p.path}` }));
export const checkBan = (ban: Ban) => checkPatch({ bans: shape(BAN) }, { bans: ban });
