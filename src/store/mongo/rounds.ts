import { type Connection, type Model, Schema } from 'mongoose';
import type { ActivityId } from '../../domain/activities.js';
import type { Weekday } from '../../domain/availability.js';
import type { CommunityId, PersonId } from '../../domain/ids.js';
import type { Round, RoundConfig, RoundId } from '../../domain/rounds.js';
import type { RoundsRepo } from '../port-rounds.js';
import { EMBEDDED_OPTIONS, idField, intField, nullableDate, nullableString, numberField, requiredDate, ROOT_OPTIONS } from './kit.js';
import { isDuplicateKey } from './errors.js';

/** A list of ids, empty by default (a fresh array per document). */
const idList = () => ({ type: [String], default: (): string[] => [] });

/** One document per community (`_id` is the community): the schedule and who takes part. */
interface ConfigDoc {
  _id: string;
  enabled: boolean;
  weekday: number;
  hour: number;
  timeZone: string;
  activity: string | null;
  members: string[];
  skipping: string[];
  priority: string[];
  updatedAt: Date;
}

interface RoundDoc {
  _id: string;
  communityId: string;
  key: string;
  activity: string | null;
  startedAt: Date;
  groups: { people: string[]; score: number }[];
  unpaired: string[];
  nudgedAt: Date | null;
  endedAt: Date | null;
}

export interface RoundModels {
  readonly configs: Model<ConfigDoc>;
  readonly rounds: Model<RoundDoc>;
}

export function roundModels(connection: Connection): RoundModels {
  const config = new Schema<ConfigDoc>(
    {
      _id: idField,
      enabled: { type: Boolean, required: true },
      weekday: intField(1, 7),
      hour: intField(0, 23),
      timeZone: idField,
      activity: nullableString,
      members: idList(),
      skipping: idList(),
      priority: idList(),
      updatedAt: requiredDate,
    },
    { ...ROOT_OPTIONS, collection: 'round_configs' },
  );
  const group = new Schema({ people: idList(), score: numberField(0) }, EMBEDDED_OPTIONS);
  const round = new Schema<RoundDoc>(
    {
      _id: idField,
      communityId: idField,
      key: idField,
      activity: nullableString,
      startedAt: requiredDate,
      groups: { type: [group], default: [] },
      unpaired: idList(),
      nudgedAt: nullableDate,
      endedAt: nullableDate,
    },
    { ...ROOT_OPTIONS, collection: 'rounds' },
  );
  // One round per community and local date: a repeated job run records nothing twice.
  round.index({ communityId: 1, key: 1 }, { name: 'community_key_unique', unique: true });
  // A community's latest rounds (repeat avoidance, /rounds status).
  round.index({ communityId: 1, startedAt: -1, _id: -1 }, { name: 'community_recent' });
  // The health gauges read every community's recent rounds.
  round.index({ startedAt: 1, _id: 1 }, { name: 'startedAt' });
  // Erasure takes a person out of every community's rounds.
  config.index({ members: 1 }, { name: 'members' });
  return { configs: connection.model<ConfigDoc>('RoundConfig', config), rounds: connection.model<RoundDoc>('Round', round) };
}

export async function syncRoundIndexes(models: RoundModels): Promise<void> {
  await models.configs.syncIndexes();
  await models.rounds.syncIndexes();
}

const configOf = (d: ConfigDoc): RoundConfig => ({
  communityId: d._id as CommunityId,
  enabled: d.enabled,
  weekday: d.weekday as Weekday,
  hour: d.hour,
  timeZone: d.timeZone,
  activity: (d.activity ?? null) as ActivityId | null,
  members: [...(d.members ?? [])] as PersonId[],
  skipping: [...(d.skipping ?? [])] as PersonId[],
  priority: [...(d.priority ?? [])] as PersonId[],
  updatedAt: new Date(d.updatedAt),
});

const roundOf = (d: RoundDoc): Round => ({
  id: d._id as RoundId,
  communityId: d.communityId as CommunityId,
  key: d.key,
  activity: (d.activity ?? null) as ActivityId | null,
  startedAt: new Date(d.startedAt),
  groups: (d.groups ?? []).map((g) => ({ people: [...g.people] as PersonId[], score: g.score })),
  unpaired: [...(d.unpaired ?? [])] as PersonId[],
  nudgedAt: d.nudgedAt ? new Date(d.nudgedAt) : null,
  endedAt: d.endedAt ? new Date(d.endedAt) : null,
});

export function roundsRepo({ configs, rounds }: RoundModels): RoundsRepo {
  return {
    async config(communityId) {
      const d = await configs.findById(communityId).lean<ConfigDoc>().exec();
      return d ? configOf(d) : null;
    },
    async schedule(communityId, schedule, now) {
      const d = await configs
        .findOneAndUpdate(
          { _id: communityId },
          {
            $set: { enabled: schedule.enabled, weekday: schedule.weekday, hour: schedule.hour, timeZone: schedule.timeZone, activity: schedule.activity, updatedAt: now },
            $setOnInsert: { members: [], skipping: [], priority: [] },
          },
          { upsert: true, returnDocument: 'after', runValidators: true },
        )
        .lean<ConfigDoc>()
        .exec();
      if (!d) throw new Error('round config upsert returned nothing');
      return configOf(d);
    },
    async join(communityId, personId, now) {
      const r = await configs.updateOne({ _id: communityId, members: { $ne: personId } }, { $push: { members: personId }, $set: { updatedAt: now } }).exec();
      return r.modifiedCount > 0;
    },
    async leave(communityId, personId, now) {
      const r = await configs
        .updateOne({ _id: communityId, members: personId }, { $pull: { members: personId, skipping: personId, priority: personId }, $set: { updatedAt: now } })
        .exec();
      return r.modifiedCount > 0;
    },
    async skip(communityId, personId, now) {
      const r = await configs
        .updateOne({ _id: communityId, members: personId, skipping: { $ne: personId } }, { $push: { skipping: personId }, $set: { updatedAt: now } })
        .exec();
      return r.modifiedCount > 0;
    },
    async start(round, priority) {
      try {
        await rounds.create({
          _id: round.id,
          communityId: round.communityId,
          key: round.key,
          activity: round.activity,
          startedAt: round.startedAt,
          groups: round.groups.map((g) => ({ people: [...g.people], score: g.score })),
          unpaired: [...round.unpaired],
          nudgedAt: round.nudgedAt,
          endedAt: round.endedAt,
        });
      } catch (e) {
        if (isDuplicateKey(e)) return false;
        throw e;
      }
      await configs.updateOne({ _id: round.communityId }, { $set: { skipping: [], priority: [...priority] } }).exec();
      return true;
    },
    async get(id) {
      const d = await rounds.findById(id).lean<RoundDoc>().exec();
      return d ? roundOf(d) : null;
    },
    async recent(communityId, limit) {
      const n = Math.floor(Number(limit));
      if (!(n >= 1)) return [];
      const docs = await rounds.find({ communityId }).sort({ startedAt: -1, _id: -1 }).limit(n).lean<RoundDoc[]>().exec();
      return docs.map(roundOf);
    },
    /** Answered by the `startedAt` index. */
    async startedSince(since) {
      const docs = await rounds.find({ startedAt: { $gte: since } }).sort({ startedAt: 1, _id: 1 }).lean<RoundDoc[]>().exec();
      return docs.map(roundOf);
    },
    async markNudged(id, now) {
      const r = await rounds.updateOne({ _id: id, nudgedAt: null }, { $set: { nudgedAt: now } }).exec();
      return r.modifiedCount > 0;
    },
    async markEnded(id, now) {
      const r = await rounds.updateOne({ _id: id, endedAt: null }, { $set: { endedAt: now } }).exec();
      return r.modifiedCount > 0;
    },
    async forget(personId) {
      const r = await configs
        .updateMany({ $or: [{ members: personId }, { skipping: personId }, { priority: personId }] }, { $pull: { members: personId, skipping: personId, priority: personId } })
        .exec();
      return r.modifiedCount;
    },
  };
}
