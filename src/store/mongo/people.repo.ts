import type { Model } from 'mongoose';
import type { CommunityId, PersonId } from '../../domain/ids.js';
import type { UserKey } from '../../domain/platform.js';
import type { Profile } from '../../domain/profile.js';
import { StoreConflict, type PeopleRepo, type ProfilePatch } from '../port.js';
import { assertValid, checkProfile, checkProfilePatch } from '../validate.js';
import { guarded } from './errors.js';
import { nearPeople, peoplePool } from './geo.js';
import { list, PIPELINE } from './kit.js';
import { weeklySlotIndices, type WeeklySlot } from '../../domain/availability.js';
import { PROFILE_UNIQUE, profileFromDoc, profilePatchToUpdate, profileToDoc, type ProfileDoc } from './profile.model.js';

/** attended → attended+1, streak+1, best = max(best, streak+1); all read from the old values. */
const attendedUpdate = () => [
  {
    $set: {
      'attendance.attended': { $add: [{ $ifNull: ['$attendance.attended', 0] }, 1] },
      'attendance.streak': { $add: [{ $ifNull: ['$attendance.streak', 0] }, 1] },
      'attendance.bestStreak': {
        $max: [{ $ifNull: ['$attendance.bestStreak', 0] }, { $add: [{ $ifNull: ['$attendance.streak', 0] }, 1] }],
      },
    },
  },
];

/** missed → missed+1, streak back to 0. */
const missedUpdate = () => [
  {
    $set: {
      'attendance.missed': { $add: [{ $ifNull: ['$attendance.missed', 0] }, 1] },
      'attendance.streak': 0,
    },
  },
];

/** Profiles migrated per bulk write. */
const MIGRATION_BATCH = 500;

/**
 * Gives every profile stored before weekly slots existed its `slots` (weeklySlotIndices of its
 * availability), computed by the same function that writes them on every availability change.
 * Runs at start-up, in batches; a profile written meanwhile already has them and is skipped by
 * the filter. Returns how many it migrated.
 */
export async function migrateProfileSlots(profiles: Model<ProfileDoc>): Promise<number> {
  let migrated = 0;
  let batch: { updateOne: { filter: Record<string, unknown>; update: Record<string, unknown> } }[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const result = await profiles.bulkWrite(batch, { ordered: false });
    migrated += result.modifiedCount;
    batch = [];
  };
  const cursor = profiles.find({ slots: { $exists: false } }, { availability: 1 }).lean<Pick<ProfileDoc, '_id' | 'availability'>>().cursor();
  for await (const doc of cursor) {
    const windows = list(doc.availability).map((s) => ({ day: s.day as WeeklySlot['day'], start: s.start, end: s.end }));
    // Only where still missing: a concurrent availability change has written the newer value.
    batch.push({ updateOne: { filter: { _id: doc._id, slots: { $exists: false } }, update: { $set: { slots: weeklySlotIndices(windows) } } } });
    if (batch.length >= MIGRATION_BATCH) await flush();
  }
  await flush();
  return migrated;
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

    async recordAttendance(id: PersonId, attended: boolean): Promise<void> {
      await profiles.updateOne({ _id: id }, attended ? attendedUpdate() : missedUpdate(), PIPELINE).exec();
    },

    near: (query) => nearPeople(profiles, query),
    pool: (query) => peoplePool(profiles, query),

    async countActive(): Promise<number> {
      return profiles.countDocuments({ status: 'active' }).exec();
    },

    async countInCommunity(communityId: CommunityId): Promise<number> {
      return profiles.countDocuments({ communities: communityId }).exec();
    },
  };
}
