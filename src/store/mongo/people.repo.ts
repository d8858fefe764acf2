import type { Model } from 'mongoose';
import type { CommunityId, PersonId } from '../../domain/ids.js';
import { EARTH_RADIUS_KM, type GeoPoint, latOf, lngOf } from '../../domain/geo.js';
import type { UserKey } from '../../domain/platform.js';
import type { Profile } from '../../domain/profile.js';
import { StoreConflict, type PeopleRepo, type ProfilePatch } from '../port.js';
import { assertValid, checkHandle, checkProfile, checkProfilePatch, pageSize } from '../validate.js';
import { guarded } from './errors.js';
import { nearPeople, peoplePool } from './geo.js';
import { list, lit, migrateWhere, PIPELINE } from './kit.js';
import { weeklySlotIndices, type WeeklySlot } from '../../domain/availability.js';
import { PROFILE_UNIQUE, profileFromDoc, profilePatchToUpdate, profileToDoc, type ProfileDoc } from './profile.model.js';

/** One less of a count, never below 0 (correcting a count that is not there). */
const oneLess = (path: string) => ({ $max: [0, { $subtract: [{ $ifNull: [path, 0] }, 1] }] });

/**
 * attended → attended+1, streak+1, best = max(best, streak+1); all read from the old values.
 * A correction (`moved`) also takes the miss it replaces back.
 */
const attendedUpdate = (moved: boolean) => [
  {
    $set: {
      ...(moved ? { 'attendance.missed': oneLess('$attendance.missed') } : {}),
      'attendance.attended': { $add: [{ $ifNull: ['$attendance.attended', 0] }, 1] },
      'attendance.streak': { $add: [{ $ifNull: ['$attendance.streak', 0] }, 1] },
      'attendance.bestStreak': {
        $max: [{ $ifNull: ['$attendance.bestStreak', 0] }, { $add: [{ $ifNull: ['$attendance.streak', 0] }, 1] }],
      },
    },
  },
];

/** missed → missed+1, streak back to 0; a correction also takes back the attendance it replaces. */
const missedUpdate = (moved: boolean) => [
  {
    $set: {
      ...(moved ? { 'attendance.attended': oneLess('$attendance.attended') } : {}),
      'attendance.missed': { $add: [{ $ifNull: ['$attendance.missed', 0] }, 1] },
      'attendance.streak': 0,
    },
  },
];

/**
 * Gives every profile stored before weekly slots existed its `slots` (weeklySlotIndices of its
 * availability), computed by the same function that writes them on every availability change.
 * Runs at start-up, in batches; a profile written meanwhile already has them and is skipped by
 * the filter. Returns how many it migrated.
 */
export async function migrateProfileSlots(profiles: Model<ProfileDoc>): Promise<number> {
  return migrateWhere(profiles.collection, { slots: { $exists: false } }, { availability: 1 }, (doc) => {
    const windows = list(doc.availability as ProfileDoc['availability']).map((s) => ({ day: s.day as WeeklySlot['day'], start: s.start, end: s.end }));
    return { $set: { slots: weeklySlotIndices(windows) } };
  });
}

export function peopleRepo(profiles: Model<ProfileDoc>): PeopleRepo {
  return {
    async insert(profile: Profile): Promise<void> {
      assertValid('profile', checkProfile(profile));
      // The unique multikey index only compares documents; a key listed twice in one is caught here.
      if (new Set(profile.identities).size !== profile.identities.length) throw new StoreConflict('identity');
      await guarded(PROFILE_UNIQUE, () => profiles.create(profileToDoc(profile)));
    },

    async get(id: PersonId): Promise<Profile | null> {
      const doc = await profiles.findById(id).lean<ProfileDoc>().exec();
      return doc ? profileFromDoc(doc) : null;
    },

    async getMany(ids: readonly PersonId[]): Promise<Profile[]> {
      if (ids.length === 0) return [];
      const docs = await profiles
        .find({ _id: { $in: [...new Set(ids)] } })
        .lean<ProfileDoc[]>()
        .exec();
      const byId = new Map(docs.map((d) => [d._id, d]));
      const out: Profile[] = [];
      for (const id of ids) {
        const doc = byId.get(id);
        if (doc) out.push(profileFromDoc(doc));
      }
      return out;
    },

    async findByIdentity(key: UserKey): Promise<Profile | null> {
      const doc = await profiles.findOne({ identities: key }).lean<ProfileDoc>().exec();
      return doc ? profileFromDoc(doc) : null;
    },

    async update(id: PersonId, patch: ProfilePatch, now: Date): Promise<Profile | null> {
      assertValid('profile', checkProfilePatch(patch));
      const update = profilePatchToUpdate(patch, now);
      const doc = await guarded(PROFILE_UNIQUE, () =>
        profiles
          .findOneAndUpdate({ _id: id }, update, { returnDocument: 'after', runValidators: true })
          .lean<ProfileDoc>()
          .exec(),
      );
      return doc ? profileFromDoc(doc) : null;
    },

    async addToSet(id: PersonId, field: 'blocked' | 'communities', value: string): Promise<void> {
      await profiles.updateOne({ _id: id }, { $addToSet: { [field]: value } }).exec();
    },

    async pull(id: PersonId, field: 'blocked', value: string): Promise<void> {
      await profiles.updateOne({ _id: id }, { $pull: { [field]: value } }).exec();
    },

    async recordAttendance(id: PersonId, attended: boolean, replacing?: boolean): Promise<void> {
      if (replacing === attended) return;
      const moved = replacing !== undefined;
      await profiles.updateOne({ _id: id }, attended ? attendedUpdate(moved) : missedUpdate(moved), PIPELINE).exec();
    },

    /** One conditional update: of a moderator's clearing and the week's end, exactly one ends it. */
    async endPause(id: PersonId, until: Date, now: Date): Promise<boolean> {
      const result = await profiles
        .updateOne(
          { _id: id, 'noShowPause.ended': false, 'noShowPause.until': until },
          [{ $set: { 'noShowPause.ended': true, 'noShowPause.until': { $min: ['$noShowPause.until', lit(new Date(now))] } } }],
          PIPELINE,
        )
        .exec();
      return result.modifiedCount > 0;
    },

    /**
     * One pipeline update: the other accounts' handles kept, this account's replaced (or dropped).
     * The filter holds the account to this person and skips the write when nothing would change.
     */
    async setHandle(id: PersonId, identity: UserKey, handle: string | null): Promise<boolean> {
      assertValid('profile', checkHandle(identity, handle));
      const kept = { $filter: { input: { $ifNull: ['$handles', []] }, cond: { $ne: ['$$this.identity', lit(identity)] } } };
      const unchanged = handle === null ? { 'handles.identity': { $ne: identity } } : { handles: { $elemMatch: { identity, handle } } };
      const result = await profiles
        .updateOne(
          { _id: id, identities: identity, $nor: [unchanged] },
          [{ $set: { handles: handle === null ? kept : { $concatArrays: [kept, [{ identity: lit(identity), handle: lit(handle) }]] } } }],
          PIPELINE,
        )
        .exec();
      return result.modifiedCount > 0;
    },

    /** No read: the filter says whether the last bump is old enough (or the person was told they were inactive). */
    async touch(id: PersonId, now: Date, everyMs: number): Promise<boolean> {
      const result = await profiles
        .updateOne(
          { _id: id, $or: [{ lastActiveAt: { $not: { $gt: new Date(now.getTime() - everyMs) } } }, { inactiveToldAt: { $ne: null } }] },
          { $set: { lastActiveAt: new Date(now), inactiveToldAt: null } },
        )
        .exec();
      return result.modifiedCount > 0;
    },

    /**
     * Candidates first (oldest activity, then id), then each marked by a conditional update that
     * repeats the filter, so two runs never take the same person. Profiles stored before activity
     * was recorded have no `lastActiveAt` and are not taken: they are bumped on their next command.
     */
    async takeNewlyInactive(before: Date, now: Date, limit: number): Promise<Profile[]> {
      const n = pageSize(limit);
      if (n === 0) return [];
      const filter = { lastActiveAt: { $lt: before }, inactiveToldAt: null };
      const due = await profiles.find(filter, { _id: 1 }).sort({ lastActiveAt: 1, _id: 1 }).limit(n).lean<{ _id: string }[]>().exec();
      const taken: Profile[] = [];
      for (const { _id } of due) {
        const doc = await profiles
          .findOneAndUpdate({ _id, ...filter }, { $set: { inactiveToldAt: new Date(now) } }, { returnDocument: 'after' })
          .lean<ProfileDoc>()
          .exec();
        if (doc) taken.push(profileFromDoc(doc));
      }
      return taken;
    },

    near: (query) => nearPeople(profiles, query),
    pool: (query) => peoplePool(profiles, query),

    async countActive(): Promise<number> {
      return profiles.countDocuments({ status: 'active' }).exec();
    },

    async countInCommunity(communityId: CommunityId): Promise<number> {
      return profiles.countDocuments({ communities: communityId }).exec();
    },

    async hasMemberNear(communityId: CommunityId, from: GeoPoint, maxKm: number | null, excludeId: PersonId): Promise<boolean> {
      // $centerSphere takes radians on MongoDB's sphere (the radius distanceKm uses too); no 2dsphere
      // sort is needed for a yes or no, and only the id of one match leaves the server.
      const where =
        maxKm === null
          ? { $exists: true }
          : { $geoWithin: { $centerSphere: [[lngOf(from), latOf(from)], Math.min(maxKm / EARTH_RADIUS_KM, Math.PI)] } };
      const found = await profiles.exists({ communities: communityId, _id: { $ne: excludeId }, location: where }).exec();
      return found !== null;
    },

    async listInCommunity(communityId: CommunityId, limit: number): Promise<Profile[]> {
      const n = pageSize(limit);
      if (n === 0) return [];
      // The `communities` index narrows to the members; the sort runs over them only.
      const docs = await profiles.find({ communities: communityId }).sort({ lastActiveAt: -1, _id: 1 }).limit(n).lean<ProfileDoc[]>().exec();
      return docs.map(profileFromDoc);
    },
  };
}
