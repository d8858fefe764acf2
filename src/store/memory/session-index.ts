/**
 * Where and when each stored session is, for `near` without reading every session in the world:
 * the same geo grid as profiles (nearest first, cells pruned by a true lower bound on distance),
 * and every session's start in (start, id) order, so "the soonest within reach" in a busy city
 * reads from `startsAfter` on and stops once the page is full.
 */
import { levelRank } from '../../domain/activities.js';
import type { SessionStatus, WorkoutSession } from '../../domain/session.js';
import { GeoGrid } from './geo-grid.js';

/**
 * What a nearby search reads of a session, in one small object of plain values: filtering and
 * counting a busy city then touch one object per session instead of the row, its dates and its
 * place (several scattered objects each).
 */
export interface Brief {
  readonly at: number;
  readonly lng: number;
  readonly lat: number;
  readonly status: SessionStatus;
  readonly hidden: boolean;
  readonly hostId: string;
  readonly communityId: string | null;
  readonly activity: string;
  readonly minRank: number;
  readonly maxRank: number;
}

interface Start {
  readonly at: number;
  readonly id: string;
}

const before = (a: Start, b: Start) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class SessionIndex {
  readonly grid = new GeoGrid();
  /** Sorted by start, then id. */
  private readonly starts: Start[] = [];
  private readonly startOf = new Map<string, Start>();
  private readonly briefs = new Map<string, Brief>();

  /** The session as last written, for filtering; undefined for an id never stored. */
  brief(id: string): Brief | undefined {
    return this.briefs.get(id);
  }

  /** Files the session where and when it is now, and what the filters read of it. */
  set(s: WorkoutSession): void {
    const [lng, lat] = s.place.point.coordinates;
    const was = this.briefs.get(s.id);
    this.briefs.set(s.id, {
      at: s.startsAt.getTime(),
      lng,
      lat,
      status: s.status,
      hidden: s.visibility === 'private',
      hostId: s.hostId,
      communityId: s.communityId,
      activity: s.activity,
      minRank: levelRank(s.levels.min),
      maxRank: levelRank(s.levels.max),
    });
    // Most writes (seats, statuses, check-ins) leave the place alone: the cell stays as it is.
    if (was?.lng !== lng || was.lat !== lat) this.grid.set(s.id, s.place.point);
    const old = this.startOf.get(s.id);
    const at = s.startsAt.getTime();
    if (old?.at === at) return;
    if (old) this.starts.splice(this.position(old), 1);
    const start = { at, id: s.id };
    this.starts.splice(this.position(start), 0, start);
    this.startOf.set(s.id, start);
  }

  delete(id: string): void {
    this.briefs.delete(id);
    this.grid.delete(id);
    const old = this.startOf.get(id);
    if (old) this.starts.splice(this.position(old), 1);
    this.startOf.delete(id);
  }

  /** How many sessions start at or after `ms`. */
  countFrom(ms: number): number {
    return this.starts.length - this.position({ at: ms, id: '' });
  }

  /** Ids of the sessions starting at or after `ms`, soonest first, ties by id. */
  *from(ms: number): Generator<string> {
    for (let i = this.position({ at: ms, id: '' }); i < this.starts.length; i++) yield this.starts[i]!.id;
  }

  /** The first index whose entry does not sort before `x`. */
  private position(x: Start): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(this.starts[mid]!, x) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** A deep copy of a stored session, field by field: much cheaper than structuredClone for a page of them. */
export function copySession(s: WorkoutSession): WorkoutSession {
  return {
    id: s.id,
    communityId: s.communityId,
    hostId: s.hostId,
    activity: s.activity,
    title: s.title,
    notes: s.notes,
    startsAt: new Date(s.startsAt),
    timeZone: s.timeZone,
    durationMinutes: s.durationMinutes,
    place: { point: { type: 'Point', coordinates: [s.place.point.coordinates[0], s.place.point.coordinates[1]] }, label: s.place.label },
    capacity: s.capacity,
    levels: { min: s.levels.min, max: s.levels.max },
    status: s.status,
    participants: [...s.participants],
    waitlist: [...s.waitlist],
    recurrence: s.recurrence,
    seriesId: s.seriesId,
    visibility: s.visibility,
    announcements: s.announcements.map((a) => ({ community: a.community, channelId: a.channelId, messageId: a.messageId })),
    checkIns: s.checkIns.map((c) => ({ personId: c.personId, attended: c.attended, at: new Date(c.at), ...(c.by ? { by: c.by } : {}) })),
    createdAt: new Date(s.createdAt),
    updatedAt: new Date(s.updatedAt),
  };
}
