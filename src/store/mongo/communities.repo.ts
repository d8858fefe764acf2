import type { Model } from 'mongoose';
import { DEFAULT_COMMUNITY_SETTINGS, type Ban, type Community, type CommunitySettings } from '../../domain/community.js';
import { newId, type CommunityId, type PersonId } from '../../domain/ids.js';
import { type CommunityKey, decodeCommunityKey, type UserKey } from '../../domain/platform.js';
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
        moderators: [],
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

    /** `$ne` matches documents stored before the field existed (read as false): setting true claims them. */
    async markEventsPermissionTold(id: CommunityId, told: boolean): Promise<boolean> {
      const field = 'settings.eventsPermissionTold';
      const res = await communities.updateOne({ _id: id, [field]: told ? { $ne: true } : true }, { $set: { [field]: told } }).exec();
      return res.modifiedCount === 1;
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

    /** One pipeline update: drop any ban holding this person, append the new one. */
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
                    { $filter: { input: { $ifNull: ['$bans', []] }, cond: { $not: [holdsExpr('$$this', stored.personId)] } } },
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

    /** Matched by `$elemMatch`, then one pipeline update drops every ban holding the id. */
    async unban(id: CommunityId, personId: PersonId): Promise<boolean> {
      const result = await communities
        .updateOne(
          { _id: id, bans: { $elemMatch: { $or: [{ personId }, { laterIds: personId }] } } },
          [{ $set: { bans: { $filter: { input: '$bans', cond: { $not: [holdsExpr('$$this', personId)] } } } } }],
          PIPELINE,
        )
        .exec();
      return result.modifiedCount > 0;
    },

    /**
     * One `updateMany` over the communities holding a covering ban (found by the three ban
     * indexes), each rewritten by a pipeline that extends only the covering bans, in place.
     */
    async bindBans(personId: PersonId, identities: readonly UserKey[]): Promise<number> {
      const keys = [...new Set(identities)];
      const ids = { $ifNull: ['$$b.identities', []] };
      const later = { $ifNull: ['$$b.laterIds', []] };
      const covers = {
        $or: [holdsExpr('$$b', personId), { $gt: [{ $size: { $setIntersection: [ids, lit(keys)] } }, 0] }],
      };
      const extended = {
        $mergeObjects: [
          '$$b',
          {
            identities: { $concatArrays: [ids, { $filter: { input: lit(keys), cond: { $not: [{ $in: ['$$this', ids] }] } } }] },
            laterIds: { $cond: [holdsExpr('$$b', personId), later, { $concatArrays: [later, [lit(personId)]] }] },
          },
        ],
      };
      const result = await communities
        .updateMany(
          { $or: [{ 'bans.personId': personId }, { 'bans.laterIds': personId }, { 'bans.identities': { $in: keys } }] },
          [{ $set: { bans: { $map: { input: '$bans', as: 'b', in: { $cond: [covers, extended, '$$b'] } } } } }],
          PIPELINE,
        )
        .exec();
      return result.modifiedCount;
    },

    /** Refresh in place; else push, guarded by `$ne` so two first sightings add one entry. */
    async noteModerator(id: CommunityId, personId: PersonId, now: Date): Promise<void> {
      const seenAt = new Date(now);
      const refreshed = await communities
        .updateOne({ _id: id, 'moderators.personId': personId }, { $set: { 'moderators.$.seenAt': seenAt } })
        .exec();
      if (refreshed.matchedCount > 0) return;
      await communities
        .updateOne({ _id: id, 'moderators.personId': { $ne: personId } }, { $push: { moderators: { personId, seenAt } } })
        .exec();
    },

    async forgetModerator(id: CommunityId, personId: PersonId): Promise<void> {
      await communities.updateOne({ _id: id }, { $pull: { moderators: { personId } } }).exec();
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
              // Its own platform's settings unset (and none in today's shape before platform settings).
              [`settings.platformSettings.${decodeCommunityKey(to).platform}.announceChannelId`]: null,
              [`settings.platformSettings.${decodeCommunityKey(to).platform}.moderatorRoleId`]: null,
              'settings.announceChannelId': null,
              'settings.moderatorRoleId': null,
              'settings.language': { $in: [null] },
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

/** Aggregation: whether the ban at `ban` holds this profile id, as its person or a later profile. */
function holdsExpr(ban: string, personId: string) {
  return { $or: [{ $eq: [`${ban}.personId`, lit(personId)] }, { $in: [lit(personId), { $ifNull: [`${ban}.laterIds`, []] }] }] };
}
