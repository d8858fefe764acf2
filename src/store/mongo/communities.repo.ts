import type { Model } from 'mongoose';
import { DEFAULT_COMMUNITY_SETTINGS, type Ban, type Community, type CommunitySettings } from '../../domain/community.js';
import { newId, type CommunityId, type PersonId } from '../../domain/ids.js';
import type { CommunityKey } from '../../domain/platform.js';
import type { CommunitiesRepo } from '../port.js';
import {
  COMMUNITY_UNIQUE,
  banToDoc,
  communityFromDoc,
  settingsPatchToSet,
  settingsToDoc,
  type CommunityDoc,
} from './community.model.js';
import { assertValid, checkBan, checkNewCommunity, checkSettingsPatch } from '../validate.js';
import { conflictOf } from './errors.js';
import { PIPELINE, lit } from './kit.js';

export function communitiesRepo(communities: Model<CommunityDoc>): CommunitiesRepo {
  const byKey = async (key: CommunityKey) => communities.findOne({ key }).lean<CommunityDoc>().exec();

  return {
    /**
     * Upsert on the unique `key`: the first caller inserts the defaults, everyone else gets the
     * stored community untouched. Two first callers racing: the loser's duplicate key is answered
     * by reading the winner's document.
     */
    async ensure(key: CommunityKey, name: string, now: Date): Promise<Community> {
      assertValid('community', checkNewCommunity(key, name));
      const onInsert = {
        _id: newId<CommunityId>(),
        name,
        settings: settingsToDoc(DEFAULT_COMMUNITY_SETTINGS),
        bans: [],
        createdAt: new Date(now),
      };
      let doc: CommunityDoc | null;
      try {
        doc = await communities
          .findOneAndUpdate(
            { key },
            { $setOnInsert: onInsert },
            { upsert: true, returnDocument: 'after', setDefaultsOnInsert: false, runValidators: true },
          )
          .lean<CommunityDoc>()
          .exec();
      } catch (err) {
        if (conflictOf(err, COMMUNITY_UNIQUE)?.rule !== 'community-key') throw err;
        doc = await byKey(key);
      }
      if (!doc) doc = await byKey(key);
      if (!doc) throw new Error(`communities.ensure: community ${key} vanished while being created`);
      return communityFromDoc(doc);
    },

    async get(id: CommunityId): Promise<Community | null> {
      const doc = await communities.findById(id).lean<CommunityDoc>().exec();
      return doc ? communityFromDoc(doc) : null;
    },

    async getByKey(key: CommunityKey): Promise<Community | null> {
      const doc = await byKey(key);
      return doc ? communityFromDoc(doc) : null;
    },

    async updateSettings(id: CommunityId, patch: Partial<CommunitySettings>): Promise<Community | null> {
      assertValid('community settings', checkSettingsPatch(patch));
      const set = settingsPatchToSet(patch);
      const doc =
        Object.keys(set).length === 0
          ? await communities.findById(id).lean<CommunityDoc>().exec()
          : await communities
              .findOneAndUpdate({ _id: id }, { $set: set }, { returnDocument: 'after', runValidators: true })
              .lean<CommunityDoc>()
              .exec();
      return doc ? communityFromDoc(doc) : null;
    },

    /** One pipeline update: drop any ban of this person, append the new one. */
    async ban(id: CommunityId, ban: Ban): Promise<void> {
      assertValid('ban', checkBan(ban));
      const stored = banToDoc(ban);
      await communities.validate({ bans: [stored] }, ['bans']);
      await communities
        .updateOne(
          { _id: id },
          [
            {
              $set: {
                bans: {
                  $concatArrays: [
                    {
                      $filter: {
                        input: { $ifNull: ['$bans', []] },
                        cond: { $ne: ['$$this.personId', lit(stored.personId)] },
                      },
                    },
                    [lit(stored)],
                  ],
                },
              },
            },
          ],
          PIPELINE,
        )
        .exec();
    },

    async unban(id: CommunityId, personId: PersonId): Promise<boolean> {
      const result = await communities
        .updateOne({ _id: id, 'bans.personId': personId }, { $pull: { bans: { personId } } })
        .exec();
      return result.modifiedCount > 0;
    },

    /**
     * One `findOneAndUpdate` on `{key: from}` setting `key: to`. When the unique key index refuses
     * it, a community already holds `to`: it is deleted only if untouched (the filter matches only
     * that, so a moderator's change racing with this keeps it), then the move is tried once more.
     */
    async rekey(from: CommunityKey, to: CommunityKey): Promise<Community | null> {
      if (from === to) {
        const same = await byKey(from);
        return same ? communityFromDoc(same) : null;
      }
      const move = () =>
        communities
          .findOneAndUpdate({ key: from }, { $set: { key: to } }, { returnDocument: 'after', runValidators: true })
          .lean<CommunityDoc>()
          .exec();
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          const doc = await move();
          return doc ? communityFromDoc(doc) : null;
        } catch (err) {
          if (conflictOf(err, COMMUNITY_UNIQUE)?.rule !== 'community-key') throw err;
          const removed = await communities
            .deleteOne({
              key: to,
              'bans.0': { $exists: false },
              'settings.places.0': { $exists: false },
              'settings.announceChannelId': null,
              'settings.moderatorRoleId': null,
              'settings.defaultRadiusKm': DEFAULT_COMMUNITY_SETTINGS.defaultRadiusKm,
            })
            .exec();
          if (removed.deletedCount === 0) return null;
        }
      }
      return null;
    },
  };
}
