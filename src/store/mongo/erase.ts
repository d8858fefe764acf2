import type { PersonId, SessionId } from '../../domain/ids.js';
import type { WorkoutSession } from '../../domain/session.js';
import type { PersonErasure } from '../port.js';
import { LIVE_STATUSES } from './kit.js';
import type { Models } from './models.js';
import { leaveSession } from './seats.js';
import { sessionFromDoc, type SessionDoc } from './session.model.js';

type IdOnly = { _id: string };

/**
 * Removes everything that is the person's. Sessions first, each by its own conditional update
 * (the same ones the repositories use), so a session changing meanwhile is handled like any
 * other race; then the person's records, and their id from other people's block lists.
 *
 * Kept on purpose: bans (they bind the person's accounts, so starting over does not lift them),
 * reports and audit entries (moderation history; the core scrubs the person's name and words
 * from them), sessions they hosted that are already over or cancelled.
 */
export async function erasePerson(m: Models, id: PersonId, now: Date): Promise<PersonErasure> {
  // Live sessions they host: cancelled, returned as they are now.
  const hosted = await m.sessions
    .find({ hostId: id, status: { $in: [...LIVE_STATUSES] } })
    .sort({ seq: 1 })
    .select({ _id: 1 })
    .lean<IdOnly[]>()
    .exec();
  const cancelled = await Promise.all(
    hosted.map(({ _id }) =>
      m.sessions
        .findOneAndUpdate(
          { _id, hostId: id, status: { $in: [...LIVE_STATUSES] } },
          { $set: { status: 'cancelled', updatedAt: new Date(now) } },
          { returnDocument: 'after' },
        )
        .lean<SessionDoc>()
        .exec(),
    ),
  );
  const cancelledSessions: WorkoutSession[] = cancelled.filter((d): d is SessionDoc => d !== null).map(sessionFromDoc);

  // Seats and waitlist places: left exactly as `sessions.leave` does, promotion included.
  const joined = await m.sessions
    .find({ $or: [{ participants: id }, { waitlist: id }] })
    .sort({ seq: 1 })
    .select({ _id: 1 })
    .lean<IdOnly[]>()
    .exec();
  const left = await Promise.all(
    joined.map(async ({ _id }) => ({ sessionId: _id as SessionId, outcome: await leaveSession(m.sessions, _id as SessionId, id) })),
  );
  const freedSeats = left.filter((l) => l.outcome.left).map((l) => ({ sessionId: l.sessionId, promoted: l.outcome.promoted }));

  await Promise.all([
    m.profiles.deleteOne({ _id: id }).exec(),
    m.profiles.updateMany({ blocked: id }, { $pull: { blocked: id } }).exec(),
    m.joinRequests.deleteMany({ requesterId: id }).exec(),
    m.messages.deleteMany({ $or: [{ fromId: id }, { toId: id }] }).exec(),
    m.connections.deleteMany({ $or: [{ requesterId: id }, { addresseeId: id }] }).exec(),
    m.conversations.deleteOne({ _id: id }).exec(),
    m.actions.deleteMany({ actorId: id }).exec(),
    m.notices.deleteMany({ personId: id }).exec(),
    m.communities.updateMany({ 'moderators.personId': id }, { $pull: { moderators: { personId: id } } }).exec(),
  ]);

  return { cancelledSessions, freedSeats };
}
