import { Schema } from 'mongoose';
import { ACTIVITY_IDS, type ActivityId, type Level } from '../../domain/activities.js';
import type { Place } from '../../domain/geo.js';
import type { CommunityId, PersonId, SessionId } from '../../domain/ids.js';
import type { CommunityKey } from '../../domain/platform.js';
import { type Announcement, type CheckIn, type LevelRange, type Recurrence, SESSION_VISIBILITIES, type SessionStatus, type WorkoutSession } from '../../domain/session.js';
import type { SessionPatch } from '../port.js';
import { RECURRENCES, SESSION_STATUSES } from '../validate.js';
import type { UniqueRules } from './errors.js';
import {
  EMBEDDED_OPTIONS,
  ROOT_OPTIONS,
  idField,
  intField,
  levelField,
  list,
  nextSeq,
  nullableString,
  numberField,
  pointFromDoc,
  pointSchema,
  pointToDoc,
  rankOf,
  requiredDate,
  stringArray,
  textField,
  type PointDoc,
} from './kit.js';

// The allowed values are the shared validation's (src/store/validate.ts), so they can't drift.
export { RECURRENCES, SESSION_STATUSES };

/**
 * A session as stored. `levelMinRank`/`levelMaxRank` mirror `levels` as numbers (beginner 0 …
 * advanced 2) so a query can test that a level lies in the range; `seq` is the insertion order,
 * in which erasure walks a person's sessions (as the in-memory store walks its table). Lists
 * break ties of `startsAt` by `_id`, never by `seq`. Neither ever reaches the domain.
 */
export interface SessionDoc {
  _id: string;
  communityId: string | null;
  hostId: string;
  activity: string;
  title: string;
  notes: string;
  startsAt: Date;
  timeZone: string;
  durationMinutes: number;
  place: { point: PointDoc; label: string };
  capacity: number;
  levels: { min: string; max: string };
  levelMinRank: number;
  levelMaxRank: number;
  seq: number;
  status: string;
  participants: string[];
  waitlist: string[];
  recurrence: string;
  seriesId: string;
  /** Missing on sessions stored before private sessions existed: public. */
  visibility?: string;
  /** `eventId` missing on announcements stored before scheduled events (or made without one). */
  announcements: { community: string; channelId: string; messageId: string; eventId?: string }[];
  checkIns: { personId: string; attended: boolean; at: Date; by?: string }[];
  createdAt: Date;
  updatedAt: Date;
}

export const SESSION_UNIQUE: UniqueRules = {};

/** An announcement as stored: `eventId` only when there is one (old documents have none). */
export const announcementToDoc = (a: Announcement): SessionDoc['announcements'][number] => ({
  community: a.community,
  channelId: a.channelId,
  messageId: a.messageId,
  ...(a.eventId ? { eventId: a.eventId } : {}),
});

export function sessionSchema(): Schema {
  const place = new Schema({ point: { type: pointSchema(), required: true }, label: textField }, EMBEDDED_OPTIONS);
  const levels = new Schema({ min: levelField, max: levelField }, EMBEDDED_OPTIONS);
  const announcement = new Schema(
    { community: idField, channelId: idField, messageId: idField, eventId: { type: String, required: false } },
    EMBEDDED_OPTIONS,
  );
  const checkIn = new Schema(
    { personId: idField, attended: { type: Boolean, required: true }, at: requiredDate, by: { type: String, validate: { validator: (v: unknown) => v === undefined || v === 'self' || v === 'host', message: 'by must be self or host' } } },
    EMBEDDED_OPTIONS,
  );

  const schema = new Schema(
    {
      _id: idField,
      communityId: nullableString,
      hostId: idField,
      activity: { type: String, enum: ACTIVITY_IDS, required: true },
      title: textField,
      notes: textField,
      startsAt: requiredDate,
      timeZone: idField,
      durationMinutes: numberField(0),
      place: { type: place, required: true },
      // Seats besides the host: at least one (src/store/validate.ts says the same).
      capacity: intField(1),
      levels: {
        type: levels,
        required: true,
        validate: {
          validator: (r: { min?: Level; max?: Level } | null) => !r?.min || !r.max || rankOf(r.min) <= rankOf(r.max),
          message: 'levels.min must not be above levels.max',
        },
      },
      levelMinRank: intField(0, 2),
      levelMaxRank: intField(0, 2),
      seq: intField(0),
      status: { type: String, enum: SESSION_STATUSES, required: true },
      participants: stringArray,
      waitlist: stringArray,
      recurrence: { type: String, enum: RECURRENCES, required: true },
      seriesId: idField,
      visibility: { type: String, enum: SESSION_VISIBILITIES, default: 'public' },
      announcements: { type: [announcement], default: [] },
      checkIns: { type: [checkIn], default: [] },
      createdAt: requiredDate,
      updatedAt: requiredDate,
    },
    { ...ROOT_OPTIONS, collection: 'sessions' },
  );

  schema.index({ 'place.point': '2dsphere' }, { name: 'place_point_2dsphere' });
  schema.index({ hostId: 1, startsAt: 1 }, { name: 'host_startsAt' });
  schema.index({ participants: 1 }, { name: 'participants' });
  schema.index({ waitlist: 1 }, { name: 'waitlist' });
  // listByCommunity: soonest first, ties by id (as every list: the in-memory store sorts the same).
  schema.index({ communityId: 1, status: 1, startsAt: 1, _id: 1 }, { name: 'community_status_startsAt_id' });
  schema.index({ communityId: 1, createdAt: 1 }, { name: 'community_createdAt' });
  schema.index({ status: 1, startsAt: 1 }, { name: 'status_startsAt' });
  // A person's training calendar: the sessions they checked in to, by start.
  schema.index({ 'checkIns.personId': 1, startsAt: 1 }, { name: 'checkIns_person_startsAt' });
  // "Interested" on a platform event finds its session (sparse: most announcements have none).
  schema.index({ 'announcements.eventId': 1 }, { name: 'announcements_eventId', sparse: true });
  return schema;
}

// ---- mapping -------------------------------------------------------------------------------

const placeToDoc = (p: Place): SessionDoc['place'] => ({ point: pointToDoc(p.point), label: p.label });
const levelsToDoc = (l: LevelRange) => ({
  levels: { min: l.min, max: l.max },
  levelMinRank: rankOf(l.min),
  levelMaxRank: rankOf(l.max),
});

/** The stored form of a new session; `seq` is taken now, so call this once per insert. */
export function sessionToDoc(s: WorkoutSession): SessionDoc {
  return {
    _id: s.id,
    communityId: s.communityId,
    hostId: s.hostId,
    activity: s.activity,
    title: s.title,
    notes: s.notes,
    startsAt: new Date(s.startsAt),
    timeZone: s.timeZone,
    durationMinutes: s.durationMinutes,
    place: placeToDoc(s.place),
    capacity: s.capacity,
    ...levelsToDoc(s.levels),
    seq: nextSeq(),
    status: s.status,
    participants: [...s.participants],
    waitlist: [...s.waitlist],
    recurrence: s.recurrence,
    seriesId: s.seriesId,
    visibility: s.visibility,
    announcements: s.announcements.map(announcementToDoc),
    checkIns: s.checkIns.map(checkInToDoc),
    createdAt: new Date(s.createdAt),
    updatedAt: new Date(s.updatedAt),
  };
}

/** A patch as stored field values (with the level ranks beside `levels`); undefined keys skipped. */
export function sessionPatchToDoc(patch: SessionPatch): Partial<Omit<SessionDoc, 'seq'>> {
  const out: Partial<Omit<SessionDoc, 'seq'>> = {};
  for (const [key, value] of Object.entries(patch) as [keyof SessionPatch, unknown][]) {
    if (value === undefined) continue;
    switch (key) {
      case 'startsAt':
        out.startsAt = new Date(value as Date);
        break;
      case 'place':
        out.place = placeToDoc(value as Place);
        break;
      case 'levels':
        Object.assign(out, levelsToDoc(value as LevelRange));
        break;
      case 'title':
      case 'notes':
      case 'timeZone':
      case 'activity':
      case 'recurrence':
        out[key] = value as string;
        break;
      case 'durationMinutes':
      case 'capacity':
        out[key] = value as number;
        break;
      default: {
        const ignored: never = key;
        void ignored;
      }
    }
  }
  return out;
}

export function sessionFromDoc(d: SessionDoc): WorkoutSession {
  return {
    id: d._id as SessionId,
    communityId: (d.communityId ?? null) as CommunityId | null,
    hostId: d.hostId as PersonId,
    activity: d.activity as ActivityId,
    title: d.title ?? '',
    notes: d.notes ?? '',
    startsAt: new Date(d.startsAt),
    timeZone: d.timeZone,
    durationMinutes: d.durationMinutes,
    place: { point: pointFromDoc(d.place.point), label: d.place.label ?? '' },
    capacity: d.capacity,
    levels: { min: d.levels.min as Level, max: d.levels.max as Level },
    status: d.status as SessionStatus,
    participants: list(d.participants) as PersonId[],
    waitlist: list(d.waitlist) as PersonId[],
    recurrence: d.recurrence as Recurrence,
    seriesId: d.seriesId as SessionId,
    visibility: d.visibility === 'private' ? 'private' : 'public',
    announcements: list(d.announcements).map((a) => ({
      community: a.community as CommunityKey,
      channelId: a.channelId,
      messageId: a.messageId,
      ...(typeof a.eventId === 'string' && a.eventId ? { eventId: a.eventId } : {}),
    })),
    checkIns: list(d.checkIns).map(checkInFromDoc),
    createdAt: new Date(d.createdAt),
    updatedAt: new Date(d.updatedAt),
  };
}

/** `by` is stored only when given: absent reads as the person's own answer (documents from before hosts confirmed). */
export const checkInToDoc = (c: CheckIn): SessionDoc['checkIns'][number] => ({
  personId: c.personId,
  attended: c.attended,
  at: new Date(c.at),
  ...(c.by !== undefined ? { by: c.by } : {}),
});

export const checkInFromDoc = (c: SessionDoc['checkIns'][number]): CheckIn => ({
  personId: c.personId as PersonId,
  attended: c.attended,
  at: new Date(c.at),
  ...(c.by === 'host' || c.by === 'self' ? { by: c.by } : {}),
});
