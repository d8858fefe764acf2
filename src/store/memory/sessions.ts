import type { CommunityKey } from '../../domain/platform.js';
import { levelRank } from '../../domain/activities.js';
import { distanceKmTo } from '../../domain/geo.js';
import type { CommunityId, PersonId, SessionId } from '../../domain/ids.js';
import { type Announcement, cameTo, type CheckIn, outcomeOf, sourceOf, type SessionStatus, type WorkoutSession } from '../../domain/session.js';
import type {
  CheckInChange,
  LeaveOutcome,
  Near,
  NearSessionsFilter,
  NearSessionsQuery,
  SeatOutcome,
  SessionPatch,
  SessionRecord,
  SessionsRepo,
} from '../port.js';
import { StoreConflict } from '../port.js';
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
import { type Brief, copySession, SessionIndex } from './session-index.js';
import { Nearest, Table, byDistanceThenId, definedOnly, oldestFirst } from './table.js';

/** open ↔ full follows the seat count; cancelled and completed stay as they are. */
const seatStatus = (s: WorkoutSession): SessionStatus =>
  s.status === 'open' || s.status === 'full' ? (s.participants.length >= s.capacity ? 'full' : 'open') : s.status;

const involves = (s: WorkoutSession, id: PersonId) =>
  s.hostId === id || s.participants.includes(id) || s.waitlist.includes(id);

export class MemorySessions implements SessionsRepo {
  /** Place, start and filtered fields of every session, following every write to the table. */
  private readonly index = new SessionIndex();
  readonly table = new Table<WorkoutSession>({ watcher: { written: (s) => this.index.set(s), deleted: (id) => this.index.delete(id) } });

  async insert(session: WorkoutSession): Promise<void> {
    assertValid('session', checkSession(session));
    if (this.table.has(session.id)) throw new StoreConflict('id');
    this.table.set(session);
  }

  async get(id: SessionId): Promise<WorkoutSession | null> {
    return this.table.get(id);
  }

  async update(id: SessionId, patch: SessionPatch, now: Date): Promise<WorkoutSession | null> {
    assertValid('session', checkSessionPatch(patch));
    return (
      this.table.modify(id, () => true, (s) => {
        const next = { ...s, ...definedOnly(patch), updatedAt: now };
        return { ...next, status: seatStatus(next) };
      })?.after ?? null
    );
  }

  /** One synchronous `modify`: the seat count is checked and the capacity set with nothing in between. */
  async resize(id: SessionId, capacity: number, now: Date): Promise<WorkoutSession | null> {
    assertValid('session', checkCapacity(capacity));
    return (
      this.table.modify(
        id,
        (s) => (s.status === 'open' || s.status === 'full') && s.participants.length <= capacity,
        (s) => {
          const next = { ...s, capacity, updatedAt: now };
          return { ...next, status: seatStatus(next) };
        },
      )?.after ?? null
    );
  }

  async transition(id: SessionId, from: readonly SessionStatus[], to: SessionStatus, now: Date) {
    assertValid('session', checkSessionStatus(to));
    return this.table.modify(id, (s) => from.includes(s.status), (s) => ({ ...s, status: to, updatedAt: now }))?.after ?? null;
  }

  async seatOrWaitlist(id: SessionId, personId: PersonId): Promise<SeatOutcome> {
    const s = this.table.get(id);
    if (!s || (s.status !== 'open' && s.status !== 'full')) return 'closed';
    if (s.participants.includes(personId) || s.waitlist.includes(personId)) return 'already';
    if (s.status === 'open' && s.participants.length < s.capacity) {
      this.table.modify(id, () => true, (row) => {
        const next = { ...row, participants: [...row.participants, personId] };
        return { ...next, status: seatStatus(next) };
      });
      return 'seated';
    }
    this.table.modify(id, () => true, (row) => ({ ...row, waitlist: [...row.waitlist, personId] }));
    return 'waitlisted';
  }

  private leaveNow(id: SessionId, personId: PersonId): LeaveOutcome {
    const done = this.table.modify(
      id,
      (s) => s.participants.includes(personId) || s.waitlist.includes(personId),
      (s) => {
        const hadSeat = s.participants.includes(personId);
        let participants = s.participants.filter((p) => p !== personId);
        let waitlist = s.waitlist.filter((p) => p !== personId);
        if (hadSeat && waitlist.length > 0) {
          participants = [...participants, waitlist[0]!];
          waitlist = waitlist.slice(1);
        }
        const next = { ...s, participants, waitlist };
        return { ...next, status: seatStatus(next) };
      },
    );
    if (!done) return { left: false, promoted: null };
    const promoted = done.after.participants.find((p) => !done.before.participants.includes(p)) ?? null;
    return { left: true, promoted };
  }

  async leave(id: SessionId, personId: PersonId): Promise<LeaveOutcome> {
    return this.leaveNow(id, personId);
  }

  async fillFromWaitlist(id: SessionId): Promise<PersonId[]> {
    const done = this.table.modify(
      id,
      (s) => (s.status === 'open' || s.status === 'full') && s.waitlist.length > 0 && s.participants.length < s.capacity,
      (s) => {
        const free = s.capacity - s.participants.length;
        const next = { ...s, participants: [...s.participants, ...s.waitlist.slice(0, free)], waitlist: s.waitlist.slice(free) };
        return { ...next, status: seatStatus(next) };
      },
    );
    return done ? done.before.waitlist.slice(0, done.before.waitlist.length - done.after.waitlist.length) : [];
  }

  async addAnnouncement(id: SessionId, announcement: Announcement): Promise<void> {
    assertValid('announcement', checkAnnouncement(announcement));
    this.table.modify(id, () => true, (s) => ({ ...s, announcements: [...s.announcements, announcement] }));
  }

  async findByEvent(community: CommunityKey, eventId: string): Promise<WorkoutSession | null> {
    for (const s of this.table.scan())
      if (s.announcements.some((a) => a.community === community && a.eventId === eventId)) return structuredClone(s);
    return null;
  }

  async addCheckIn(id: SessionId, checkIn: CheckIn): Promise<CheckInChange | null> {
    assertValid('check-in', checkCheckIn(checkIn));
    const who = checkIn.personId;
    const byHost = sourceOf(checkIn) === 'host';
    const done = this.table.modify(
      id,
      (s) => (s.participants.includes(who) || (!byHost && s.hostId === who)) && (byHost || !s.checkIns.some((c) => c.personId === who && sourceOf(c) === 'self')),
      (s) => ({
        ...s,
        checkIns: [...s.checkIns.filter((c) => !(byHost && c.personId === who && sourceOf(c) === 'host')), { ...checkIn }],
      }),
    );
    return done ? { before: outcomeOf(done.before, who), after: outcomeOf(done.after, who) } : null;
  }

  /**
   * Nearest first: grid cells nearest first, stopping when no unread cell can hold anything
   * nearer than the page's last. Soonest first: when most sessions from `startsAfter` on are in
   * reach (a busy city), the sessions in start order until the page is full and the next starts
   * later than its last; otherwise the cells in reach, sorted. Only the page returned is copied.
   */
  async near(q: NearSessionsQuery): Promise<Near<WorkoutSession>[]> {
    if (!(q.maxKm >= 0)) return [];
    const skip = q.skip ?? 0;
    const hit = this.matcher(q);
    const cells = this.index.grid.candidates(q.from, q.maxKm);

    if (q.order !== 'soonest') {
      const nearest = new Nearest<WorkoutSession>(skip + q.limit, copySession);
      for (const cell of cells) {
        if (!nearest.wants(cell.lowerBoundKm)) break;
        for (const id of cell.ids) {
          const d = hit(this.index.brief(id)!);
          if (d !== null) nearest.offer(this.table.peek(id)!, d);
        }
      }
      return nearest.result().slice(skip);
    }

    const wanted = skip + pageSize(q.limit);
    const within: Near<WorkoutSession>[] = [];
    const after = q.startsAfter.getTime();
    const before = q.startsBefore?.getTime() ?? Infinity;
    // Walking in start order reads about `wanted` × (sessions from then on) / (sessions in reach)
    // sessions before the page fills; reading the cells reads every session in reach.
    const inCells = cells.reduce((n, c) => n + c.ids.size, 0);
    if (wanted * this.index.countFrom(after) < inCells * inCells) {
      let last = -Infinity;
      for (const id of this.index.from(after)) {
        const b = this.index.brief(id)!;
        // Full, and this one starts later than the last kept: nothing further can make the page.
        if (b.at >= before || (within.length >= wanted && b.at > last)) break;
        const d = hit(b);
        if (d === null) continue;
        within.push({ item: this.table.peek(id)!, distanceKm: d });
        last = b.at;
      }
    } else {
      for (const cell of cells)
        for (const id of cell.ids) {
          const d = hit(this.index.brief(id)!);
          if (d !== null) within.push({ item: this.table.peek(id)!, distanceKm: d });
        }
    }
    within.sort((a, b) => a.item.startsAt.getTime() - b.item.startsAt.getTime() || byDistanceThenId(a, b));
    return within.slice(skip, wanted).map((h) => ({ item: copySession(h.item), distanceKm: h.distanceKm }));
  }

  /**
   * Counts what `near` would find, stopping at `upTo`: through the sessions starting within the
   * window when they are fewer than those in reach (a day's sessions), else through the cells
   * nearest first, which in a busy city reach `upTo` within a few cells. Nothing is copied.
   */
  async countNear(q: NearSessionsFilter, upTo: number): Promise<number> {
    const cap = pageSize(upTo);
    if (cap === 0 || !(q.maxKm >= 0)) return 0;
    const passes = this.filterOf(q);
    const hit = this.matcher(q, passes);
    const after = q.startsAfter.getTime();
    const before = q.startsBefore?.getTime() ?? Infinity;
    const cells = this.index.grid.candidates(q.from, q.maxKm);
    const inWindow = this.index.countFrom(after) - (before === Infinity ? 0 : this.index.countFrom(before));
    let n = 0;
    if (inWindow < cells.reduce((k, c) => k + c.ids.size, 0)) {
      for (const id of this.index.from(after)) {
        const b = this.index.brief(id)!;
        if (b.at >= before) break;
        if (hit(b) !== null && ++n >= cap) break;
      }
      return n;
    }
    // A cell wholly within reach needs no distance per session.
    for (const cell of cells) {
      const inside = this.index.grid.upperBound(q.from, cell.key) <= q.maxKm;
      for (const id of cell.ids) {
        const b = this.index.brief(id)!;
        if ((inside ? passes(b) : hit(b) !== null) && ++n >= cap) return n;
      }
    }
    return n;
  }

  /** The filter of a nearby search: a session's distance when it passes, else null. */
  private matcher(q: NearSessionsFilter, passes = this.filterOf(q)): (s: Brief) => number | null {
    return (s) => {
      if (!passes(s)) return null;
      const d = distanceKmTo(q.from, s.lat, s.lng);
      return d <= q.maxKm ? d : null;
    };
  }

  /** Every filter of a nearby search but the distance. */
  private filterOf(q: NearSessionsFilter): (s: Brief) => boolean {
    const rank = q.level ? levelRank(q.level) : null;
    const excluded = new Set<string>(q.excludeHostIds ?? []);
    const banned = new Set<string>(q.excludeCommunityIds ?? []);
    const after = q.startsAfter.getTime();
    const before = q.startsBefore?.getTime() ?? Infinity;
    return (s) =>
      s.at >= after &&
      s.at < before &&
      q.statuses.includes(s.status) &&
      (!q.activity || s.activity === q.activity) &&
      (rank === null || (s.minRank <= rank && s.maxRank >= rank)) &&
      !s.hidden &&
      !excluded.has(s.hostId) &&
      (s.communityId === null || !banned.has(s.communityId));
  }

  async listForPerson(personId: PersonId, statuses: readonly SessionStatus[], startsAfter: Date) {
    return this.table
      .filter((s) => involves(s, personId) && statuses.includes(s.status) && s.startsAt >= startsAfter)
      .sort(oldestFirst((s) => s.startsAt));
  }

  async listByCommunity(communityId: CommunityId, statuses: readonly SessionStatus[], startsAfter: Date, limit: number) {
    return this.table
      .filter((s) => s.communityId === communityId && statuses.includes(s.status) && s.startsAt >= startsAfter)
      .sort(oldestFirst((s) => s.startsAt))
      .slice(0, pageSize(limit));
  }

  async countCreatedSince(communityId: CommunityId, since: Date): Promise<number> {
    let n = 0;
    for (const s of this.table.scan()) if (s.communityId === communityId && s.createdAt >= since) n++;
    return n;
  }

  async countOpen(): Promise<number> {
    let n = 0;
    for (const s of this.table.scan()) if (s.status === 'open' || s.status === 'full') n++;
    return n;
  }

  async attendedBy(personId: PersonId, since: Date): Promise<SessionRecord[]> {
    return this.records(
      (s) => s.status !== 'cancelled' && s.startsAt >= since && cameTo(s, personId),
    );
  }

  async heldIn(communityId: CommunityId, since: Date): Promise<SessionRecord[]> {
    return this.records((s) => s.communityId === communityId && s.status === 'completed' && s.startsAt >= since);
  }

  async heldSince(since: Date): Promise<SessionRecord[]> {
    return this.records((s) => s.status === 'completed' && s.startsAt >= since);
  }

  async sharedBy(a: PersonId, b: PersonId): Promise<SessionRecord[]> {
    const tookPart = (s: WorkoutSession, p: PersonId) => s.hostId === p || s.participants.includes(p);
    return this.records((s) => s.status !== 'cancelled' && tookPart(s, a) && tookPart(s, b));
  }

  /** Matching sessions as records, oldest first, ties by id like every list. */
  private records(test: (s: WorkoutSession) => boolean): SessionRecord[] {
    return this.table
      .filter(test)
      .sort(oldestFirst((s) => s.startsAt))
      .map(({ id, activity, startsAt, hostId, participants, checkIns }) => ({ id, activity, startsAt, hostId, participants, checkIns }));
  }

  /** Used by erasure: frees every seat and waitlist place the person holds. */
  leaveAll(personId: PersonId): { sessionId: SessionId; promoted: PersonId | null }[] {
    const ids = this.table.filter((s) => s.participants.includes(personId) || s.waitlist.includes(personId)).map((s) => s.id);
    return ids.map((sessionId) => ({ sessionId, promoted: this.leaveNow(sessionId, personId).promoted }));
  }
}
