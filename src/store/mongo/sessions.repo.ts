import type { CommunityKey } from '../../domain/platform.js';
import type { Model } from 'mongoose';
import type { ActivityId } from '../../domain/activities.js';
import type { CommunityId, PersonId, SessionId } from '../../domain/ids.js';
import { type Announcement, type CheckIn, outcomeOf, type SessionStatus, sourceOf, type WorkoutSession } from '../../domain/session.js';
import type { CheckInChange, SessionPatch, SessionRecord, SessionsRepo } from '../port.js';
import {
  assertValid,
  checkAnnouncement,
  checkCapacity,
  checkCheckIn,
  checkSession,
  checkSessionPatch,
  checkSessionStatus,
  pageSize,
} from '../validate.js';
import { guarded } from './errors.js';
import { countNearSessions, nearSessions } from './geo.js';
import { LIVE_STATUSES, PIPELINE, list, lit, liveStatusBySeats } from './kit.js';
import { fillFromWaitlist, leaveSession, seatOrWaitlist } from './seats.js';
import { SESSION_UNIQUE, announcementToDoc, checkInFromDoc, checkInToDoc, sessionFromDoc, sessionPatchToDoc, sessionToDoc, type SessionDoc } from './session.model.js';

const toSessions = (docs: SessionDoc[]) => docs.map(sessionFromDoc);

/** The fields a `SessionRecord` is made of: progress queries read only these. */
const RECORD_FIELDS = { _id: 1, activity: 1, startsAt: 1, hostId: 1, participants: 1, checkIns: 1 } as const;
type RecordDoc = Pick<SessionDoc, keyof typeof RECORD_FIELDS>;

const recordFromDoc = (d: RecordDoc): SessionRecord => ({
  id: d._id as SessionId,
  activity: d.activity as ActivityId,
  startsAt: new Date(d.startsAt),
  hostId: d.hostId as PersonId,
  participants: list(d.participants) as PersonId[],
  checkIns: list(d.checkIns).map(checkInFromDoc),
});

export function sessionsRepo(sessions: Model<SessionDoc>): SessionsRepo {
  return {
    async insert(session: WorkoutSession): Promise<void> {
      assertValid('session', checkSession(session));
      await guarded(SESSION_UNIQUE, () => sessions.create(sessionToDoc(session)));
    },

    async get(id: SessionId): Promise<WorkoutSession | null> {
      const doc = await sessions.findById(id).lean<SessionDoc>().exec();
      return doc ? sessionFromDoc(doc) : null;
    },

    /**
     * One pipeline update: every patched field is set verbatim (`$literal`, so no string is read
     * as a field path), `levels` with its ranks; then a live session's status follows the seats
     * (open ↔ full), e.g. after capacity grows. Pipeline updates skip mongoose's validators, so
     * the patch is checked by the shared rules first, then against the schema.
     */
    async update(id: SessionId, patch: SessionPatch, now: Date): Promise<WorkoutSession | null> {
      assertValid('session', checkSessionPatch(patch));
      const fields = sessionPatchToDoc(patch);
      const paths = Object.keys(fields);
      if (paths.length > 0) await sessions.validate(fields, paths);
      const set: Record<string, unknown> = { updatedAt: lit(new Date(now)) };
      for (const [path, value] of Object.entries(fields)) set[path] = lit(value);
      const pipeline = [{ $set: set }, { $set: { status: liveStatusBySeats() } }];
      const doc = await sessions
        .findOneAndUpdate({ _id: id }, pipeline, { ...PIPELINE, returnDocument: 'after' })
        .lean<SessionDoc>()
        .exec();
      return doc ? sessionFromDoc(doc) : null;
    },

    /**
     * One conditional pipeline update, so a seat taken concurrently either lands before it (and
     * the seat count in the filter refuses a capacity below it) or after it (and finds the new
     * capacity). The status then follows the seats (open ↔ full) as in `update`.
     */
    async resize(id: SessionId, capacity: number, now: Date): Promise<WorkoutSession | null> {
      assertValid('session', checkCapacity(capacity));
      await sessions.validate({ capacity }, ['capacity']);
      const doc = await sessions
        .findOneAndUpdate(
          {
            _id: id,
            status: { $in: [...LIVE_STATUSES] },
            $expr: { $lte: [{ $size: '$participants' }, lit(capacity)] },
          },
          [{ $set: { capacity: lit(capacity), updatedAt: lit(new Date(now)) } }, { $set: { status: liveStatusBySeats() } }],
          { ...PIPELINE, returnDocument: 'after' },
        )
        .lean<SessionDoc>()
        .exec();
      return doc ? sessionFromDoc(doc) : null;
    },

    async transition(id: SessionId, from: readonly SessionStatus[], to: SessionStatus, now: Date): Promise<WorkoutSession | null> {
      assertValid('session', checkSessionStatus(to));
      const doc = await sessions
        .findOneAndUpdate(
          { _id: id, status: { $in: [...from] } },
          { $set: { status: to, updatedAt: new Date(now) } },
          { returnDocument: 'after', runValidators: true },
        )
        .lean<SessionDoc>()
        .exec();
      return doc ? sessionFromDoc(doc) : null;
    },

    seatOrWaitlist: (id, personId) => seatOrWaitlist(sessions, id, personId),
    leave: (id, personId) => leaveSession(sessions, id, personId),
    fillFromWaitlist: (id) => fillFromWaitlist(sessions, id),

    /** `$push` runs no validators: the shared rules check the announcement first. */
    async addAnnouncement(id: SessionId, a: Announcement): Promise<void> {
      assertValid('announcement', checkAnnouncement(a));
      await sessions
        .updateOne(
          { _id: id },
          { $push: { announcements: announcementToDoc(a) } },
        )
        .exec();
    },

    async findByEvent(community: CommunityKey, eventId: string): Promise<WorkoutSession | null> {
      const doc = await sessions
        .findOne({ announcements: { $elemMatch: { community, eventId } } })
        .lean<SessionDoc>()
        .exec();
      return doc ? sessionFromDoc(doc) : null;
    },

    /**
     * One conditional update that returns the document as it was, so the outcome before and after
     * come from the same atomic step. A person's own answer: pushed only while they have none
     * (`by` absent counts as theirs). The host's: a pipeline that drops the host's earlier answer
     * for them and appends the new one.
     */
    async addCheckIn(id: SessionId, c: CheckIn): Promise<CheckInChange | null> {
      assertValid('check-in', checkCheckIn(c));
      const entry = checkInToDoc(c);
      const before =
        sourceOf(c) === 'host'
          ? await sessions
              .findOneAndUpdate(
                { _id: id, participants: c.personId },
                [
                  {
                    $set: {
                      checkIns: {
                        $concatArrays: [
                          {
                            $filter: {
                              input: { $ifNull: ['$checkIns', []] },
                              cond: { $not: [{ $and: [{ $eq: ['$$this.personId', lit(c.personId)] }, { $eq: ['$$this.by', 'host'] }] }] },
                            },
                          },
                          [lit(entry)],
                        ],
                      },
                    },
                  },
                ],
                { ...PIPELINE, returnDocument: 'before', projection: { checkIns: 1 } },
              )
              .lean<Pick<SessionDoc, 'checkIns'>>()
              .exec()
          : await sessions
              .findOneAndUpdate(
                { _id: id, $or: [{ participants: c.personId }, { hostId: c.personId }], checkIns: { $not: { $elemMatch: { personId: c.personId, by: { $ne: 'host' } } } } },
                { $push: { checkIns: entry } },
                { returnDocument: 'before', projection: { checkIns: 1 } },
              )
              .lean<Pick<SessionDoc, 'checkIns'>>()
              .exec();
      if (!before) return null;
      const was = { checkIns: list(before.checkIns).map(checkInFromDoc) };
      const after = sourceOf(c) === 'host' ? { checkIns: [...was.checkIns.filter((x) => !(x.personId === c.personId && x.by === 'host')), c] } : { checkIns: [...was.checkIns, c] };
      return { before: outcomeOf(was, c.personId), after: outcomeOf(after, c.personId) };
    },

    near: (query) => nearSessions(sessions, query),
    countNear: (filter, upTo) => countNearSessions(sessions, filter, upTo),

    async listForPerson(personId: PersonId, statuses: readonly SessionStatus[], startsAfter: Date): Promise<WorkoutSession[]> {
      const docs = await sessions
        .find({
          $or: [{ hostId: personId }, { participants: personId }, { waitlist: personId }],
          status: { $in: [...statuses] },
          startsAt: { $gte: startsAfter },
        })
        .sort({ startsAt: 1, _id: 1 })
        .lean<SessionDoc[]>()
        .exec();
      return toSessions(docs);
    },

    async listByCommunity(
      communityId: CommunityId,
      statuses: readonly SessionStatus[],
      startsAfter: Date,
      limit: number,
    ): Promise<WorkoutSession[]> {
      const n = pageSize(limit);
      if (n === 0) return [];
      // Soonest first, ties by id: answered by the {communityId, status, startsAt, _id} index.
      const docs = await sessions
        .find({ communityId, status: { $in: [...statuses] }, startsAt: { $gte: startsAfter } })
        .sort({ startsAt: 1, _id: 1 })
        .limit(n)
        .lean<SessionDoc[]>()
        .exec();
      return toSessions(docs);
    },

    async countCreatedSince(communityId: CommunityId, since: Date): Promise<number> {
      return sessions.countDocuments({ communityId, createdAt: { $gte: since } }).exec();
    },

    /**
     * Answered by the `checkIns_person_startsAt` index; the attended flag is checked on the same
     * array element, and a host's "didn't come" for the person overrides their own "I was there".
     */
    async attendedBy(personId: PersonId, since: Date): Promise<SessionRecord[]> {
      const docs = await sessions
        .find(
          {
            checkIns: { $elemMatch: { personId, attended: true } },
            $nor: [{ checkIns: { $elemMatch: { personId, by: 'host', attended: false } } }],
            status: { $ne: 'cancelled' },
            startsAt: { $gte: since },
          },
          RECORD_FIELDS,
        )
        .sort({ startsAt: 1, _id: 1 })
        .lean<RecordDoc[]>()
        .exec();
      return docs.map(recordFromDoc);
    },

    /** Answered by the `community_status_startsAt` index. */
    async heldIn(communityId: CommunityId, since: Date): Promise<SessionRecord[]> {
      const docs = await sessions
        .find({ communityId, status: 'completed', startsAt: { $gte: since } }, RECORD_FIELDS)
        .sort({ startsAt: 1, _id: 1 })
        .lean<RecordDoc[]>()
        .exec();
      return docs.map(recordFromDoc);
    },

    /** Answered by the `status_startsAt` index. */
    async heldSince(since: Date): Promise<SessionRecord[]> {
      const docs = await sessions
        .find({ status: 'completed', startsAt: { $gte: since } }, RECORD_FIELDS)
        .sort({ startsAt: 1, _id: 1 })
        .lean<RecordDoc[]>()
        .exec();
      return docs.map(recordFromDoc);
    },

    /** Each side is answered by the `host_startsAt` or the `participants` index; MongoDB ORs them. */
    async sharedBy(a: PersonId, b: PersonId): Promise<SessionRecord[]> {
      const tookPart = (p: PersonId) => ({ $or: [{ hostId: p }, { participants: p }] });
      const docs = await sessions
        .find({ $and: [tookPart(a), tookPart(b)], status: { $ne: 'cancelled' } }, RECORD_FIELDS)
        .sort({ startsAt: 1, _id: 1 })
        .lean<RecordDoc[]>()
        .exec();
      return docs.map(recordFromDoc);
    },

    /** Sessions still taking part in matching: open or full (the memory twin counts the same). */
    async countOpen(): Promise<number> {
      return sessions.countDocuments({ status: { $in: [...LIVE_STATUSES] } }).exec();
    },
  };
}
