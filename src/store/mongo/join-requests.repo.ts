import type { Model } from 'mongoose';
import type { CommunityId, JoinRequestId, PersonId, SessionId } from '../../domain/ids.js';
import { LIVE_JOIN_STATUSES, type JoinRequest, type JoinRequestStatus } from '../../domain/social.js';
import type { JoinRequestsRepo } from '../port.js';
import { assertValid } from '../validate.js';
import { checkJoinRequest, checkJoinRequestStatus } from '../validate-records.js';
import { guarded } from './errors.js';
import {
  JOIN_REQUEST_STATUSES,
  JOIN_REQUEST_UNIQUE,
  joinRequestFromDoc,
  joinRequestToDoc,
  type JoinRequestDoc,
} from './social.model.js';

export function joinRequestsRepo(requests: Model<JoinRequestDoc>): JoinRequestsRepo {
  return {
    /** The partial unique index on {sessionId, requesterId} (live statuses only) decides races. */
    async insert(request: JoinRequest): Promise<void> {
      assertValid('join request', checkJoinRequest(request));
      await guarded(JOIN_REQUEST_UNIQUE, () => requests.create(joinRequestToDoc(request)));
    },

    async get(id: JoinRequestId): Promise<JoinRequest | null> {
      const doc = await requests.findById(id).lean<JoinRequestDoc>().exec();
      return doc ? joinRequestFromDoc(doc) : null;
    },

    async findLive(sessionId: SessionId, requesterId: PersonId): Promise<JoinRequest | null> {
      const doc = await requests
        .findOne({ sessionId, requesterId, status: { $in: [...LIVE_JOIN_STATUSES] } })
        .lean<JoinRequestDoc>()
        .exec();
      return doc ? joinRequestFromDoc(doc) : null;
    },

    /**
     * Every transition stamps `decidedAt` with `now`. Moving into a live status can collide with
     * another live request of the same person and session: the partial unique index refuses the
     * update with a duplicate key (E11000 on `sessionId_requesterId_live_unique`), which `guarded`
     * turns into StoreConflict('live-join-request'), as the in-memory store throws. A request not
     * in `from` is not matched, so nothing is written and nothing collides: null.
     */
    async transition(
      id: JoinRequestId,
      from: readonly JoinRequestStatus[],
      to: JoinRequestStatus,
      now: Date,
    ): Promise<JoinRequest | null> {
      assertValid('join request', checkJoinRequestStatus(to, now));
      const doc = await guarded(JOIN_REQUEST_UNIQUE, () =>
        requests
          .findOneAndUpdate(
            { _id: id, status: { $in: [...from] } },
            { $set: { status: to, decidedAt: new Date(now) } },
            { returnDocument: 'after', runValidators: true },
          )
          .lean<JoinRequestDoc>()
          .exec(),
      );
      return doc ? joinRequestFromDoc(doc) : null;
    },

    async listForSession(sessionId: SessionId, statuses: readonly JoinRequestStatus[]): Promise<JoinRequest[]> {
      const docs = await requests
        .find({ sessionId, status: { $in: [...statuses] } })
        .sort({ createdAt: 1, _id: 1 })
        .lean<JoinRequestDoc[]>()
        .exec();
      return docs.map(joinRequestFromDoc);
    },

    /** Answered by the {requesterId, createdAt, _id} index, already in order. */
    async listForRequester(requesterId: PersonId, statuses: readonly JoinRequestStatus[]): Promise<JoinRequest[]> {
      const docs = await requests
        .find({ requesterId, status: { $in: [...statuses] } })
        .sort({ createdAt: -1, _id: -1 })
        .lean<JoinRequestDoc[]>()
        .exec();
      return docs.map(joinRequestFromDoc);
    },

    /**
     * Each pending request is expired by its own conditional update that returns it as it was, so
     * a request decided concurrently is neither expired nor reported.
     */
    async expirePending(sessionId: SessionId, now: Date): Promise<JoinRequest[]> {
      const pending = await requests
        .find({ sessionId, status: 'pending' })
        .sort({ createdAt: 1, _id: 1 })
        .select({ _id: 1 })
        .lean<Pick<JoinRequestDoc, '_id'>[]>()
        .exec();
      const before = await Promise.all(
        pending.map(({ _id }) =>
          requests
            .findOneAndUpdate(
              { _id, status: 'pending' },
              { $set: { status: 'expired', decidedAt: new Date(now) } },
              { returnDocument: 'before' },
            )
            .lean<JoinRequestDoc>()
            .exec(),
        ),
      );
      return before.filter((d): d is JoinRequestDoc => d !== null).map(joinRequestFromDoc);
    },

    async countByStatus(communityId: CommunityId, since: Date): Promise<Record<JoinRequestStatus, number>> {
      const rows = await requests
        .aggregate<{ _id: string; n: number }>([
          { $match: { communityId, createdAt: { $gte: since } } },
          { $group: { _id: '$status', n: { $sum: 1 } } },
        ])
        .exec();
      const counts = Object.fromEntries(JOIN_REQUEST_STATUSES.map((s) => [s, 0])) as Record<JoinRequestStatus, number>;
      for (const row of rows) {
        if ((JOIN_REQUEST_STATUSES as readonly string[]).includes(row._id)) counts[row._id as JoinRequestStatus] = row.n;
      }
      return counts;
    },
  };
}
