import type { Model } from 'mongoose';
import type { CommunityId, PersonId } from '../../domain/ids.js';
import type { UserKey } from '../../domain/platform.js';
import type { Profile } from '../../domain/profile.js';
import { StoreConflict, type PeopleRepo, type ProfilePatch } from '../port.js';
import { assertValid, checkProfile, checkProfilePatch } from '../validate.js';
import { guarded } from './errors.js';
import { nearPeople } from './geo.js';
import { PIPELINE } from './kit.js';
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

    async countActive(): Promise<number> {
      return profiles.countDocuments({ status: 'active' }).exec();
    },

    async countInCommunity(communityId: CommunityId): Promise<number> {
      return profiles.countDocuments({ communities: communityId }).exec();
    },
  };
}
