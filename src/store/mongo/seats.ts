import type { Model } from 'mongoose';
import type { PersonId, SessionId } from '../../domain/ids.js';
import type { LeaveOutcome, SeatOutcome } from '../port.js';
import { LIVE_STATUSES, PIPELINE, lit, liveStatusBySeats, without } from './kit.js';
import type { SessionDoc } from './session.model.js';

/**
 * Seats and waitlist places. Each step is one conditional update on the session document, so
 * MongoDB's per-document atomicity decides races: of 50 callers for the last seat exactly one
 * matches the seat update; the others find the session full and join the waitlist.
 */

type SeatView = Pick<SessionDoc, 'status' | 'capacity' | 'participants' | 'waitlist'>;
const SEAT_FIELDS = { status: 1, capacity: 1, participants: 1, waitlist: 1 } as const;

const isLive = (status: string) => (LIVE_STATUSES as readonly string[]).includes(status);

/** Rounds of seat-then-waitlist before giving up; only a seat freed between the two can force one. */
const MAX_SEAT_ROUNDS = 25;

export async function seatOrWaitlist(sessions: Model<SessionDoc>, id: SessionId, personId: PersonId): Promise<SeatOutcome> {
  for (let round = 0; round < MAX_SEAT_ROUNDS; round++) {
    // 1. A seat: open, not already in, and a seat free; the status turns full with the last seat.
    const seated = await sessions
      .updateOne(
        {
          _id: id,
          status: 'open',
          participants: { $ne: personId },
          waitlist: { $ne: personId },
          $expr: { $lt: [{ $size: '$participants' }, '$capacity'] },
        },
        [
          { $set: { participants: { $concatArrays: ['$participants', [lit(personId)]] } } },
          { $set: { status: { $cond: [{ $gte: [{ $size: '$participants' }, '$capacity'] }, 'full', '$status'] } } },
        ],
        PIPELINE,
      )
      .exec();
    if (seated.matchedCount > 0) return 'seated';

    // 2. A waitlist place: live, not already in, and no seat to be had (full, or open but taken).
    const waitlisted = await sessions
      .updateOne(
        {
          _id: id,
          status: { $in: [...LIVE_STATUSES] },
          participants: { $ne: personId },
          waitlist: { $ne: personId },
          $expr: { $or: [{ $eq: ['$status', 'full'] }, { $gte: [{ $size: '$participants' }, '$capacity'] }] },
        },
        { $push: { waitlist: personId } },
      )
      .exec();
    if (waitlisted.matchedCount > 0) return 'waitlisted';

    // 3. Neither matched: find out why (same precedence as the memory twin: closed, then already).
    const now = await sessions.findById(id).select(SEAT_FIELDS).lean<SeatView>().exec();
    if (!now || !isLive(now.status)) return 'closed';
    if (now.participants.includes(personId) || now.waitlist.includes(personId)) return 'already';
    // Live, not in, yet neither matched: a seat was freed between steps 1 and 2. Go again.
  }
  throw new Error(`seatOrWaitlist: session ${id} kept changing; gave up after ${MAX_SEAT_ROUNDS} rounds`);
}

/**
 * Removes the person from seats and waitlist; when they held a seat and someone waits, the first
 * waiting person moves into the seat. A live session's status then follows the seats (open ↔
 * full); cancelled and completed stay. Each stage sees the previous stage's result; temporary
 * fields are removed at the end.
 */
function leavePipeline(personId: PersonId) {
  return [
    {
      $set: {
        __held: { $in: [lit(personId), '$participants'] },
        participants: without('$participants', personId),
        waitlist: without('$waitlist', personId),
      },
    },
    {
      $set: {
        __promote: { $and: ['$__held', { $gt: [{ $size: '$waitlist' }, 0] }] },
      },
    },
    {
      $set: {
        participants: {
          $cond: ['$__promote', { $concatArrays: ['$participants', { $slice: ['$waitlist', 1] }] }, '$participants'],
        },
        // Everyone after the first; $slice's count must be positive, hence the $max.
        waitlist: {
          $cond: ['$__promote', { $slice: ['$waitlist', 1, { $max: [{ $size: '$waitlist' }, 1] }] }, '$waitlist'],
        },
      },
    },
    { $set: { status: liveStatusBySeats() } },
    { $unset: ['__held', '__promote'] },
  ];
}

/** What `leavePipeline` did, worked out from the document as it was before (same rules). */
function promotedBy(before: SeatView, personId: PersonId): PersonId | null {
  if (!before.participants.includes(personId)) return null;
  const waiting = before.waitlist.filter((p) => p !== personId);
  return (waiting[0] as PersonId | undefined) ?? null;
}

export async function leaveSession(sessions: Model<SessionDoc>, id: SessionId, personId: PersonId): Promise<LeaveOutcome> {
  const before = await sessions
    .findOneAndUpdate({ _id: id, $or: [{ participants: personId }, { waitlist: personId }] }, leavePipeline(personId), {
      ...PIPELINE,
      returnDocument: 'before',
    })
    .select(SEAT_FIELDS)
    .lean<SeatView>()
    .exec();
  if (!before) return { left: false, promoted: null };
  return { left: true, promoted: promotedBy(before, personId) };
}

/**
 * Moves as many waitlisted people as there are free seats (in waitlist order) and sets the live
 * status from the seats. `__n` = min(waiting, max(0, capacity - seated)); the filter already
 * demands n > 0, and the `$cond`/`$max` guards keep `$slice` from ever being given a zero count.
 */
function fillPipeline() {
  return [
    {
      $set: {
        __n: {
          $min: [{ $size: '$waitlist' }, { $max: [0, { $subtract: ['$capacity', { $size: '$participants' }] }] }],
        },
      },
    },
    {
      $set: {
        participants: {
          $cond: [
            { $gt: ['$__n', 0] },
            { $concatArrays: ['$participants', { $slice: ['$waitlist', { $max: ['$__n', 1] }] }] },
            '$participants',
          ],
        },
        waitlist: {
          $cond: [
            { $gt: ['$__n', 0] },
            { $slice: ['$waitlist', { $max: ['$__n', 1] }, { $max: [{ $size: '$waitlist' }, 1] }] },
            '$waitlist',
          ],
        },
      },
    },
    { $set: { status: liveStatusBySeats() } },
    { $unset: '__n' },
  ];
}

export async function fillFromWaitlist(sessions: Model<SessionDoc>, id: SessionId): Promise<PersonId[]> {
  const before = await sessions
    .findOneAndUpdate(
      {
        _id: id,
        status: { $in: [...LIVE_STATUSES] },
        $expr: { $and: [{ $gt: [{ $size: '$waitlist' }, 0] }, { $lt: [{ $size: '$participants' }, '$capacity'] }] },
      },
      fillPipeline(),
      { ...PIPELINE, returnDocument: 'before' },
    )
    .select(SEAT_FIELDS)
    .lean<SeatView>()
    .exec();
  if (!before) return [];
  const moved = Math.min(before.waitlist.length, Math.max(0, before.capacity - before.participants.length));
  return before.waitlist.slice(0, moved) as PersonId[];
}
