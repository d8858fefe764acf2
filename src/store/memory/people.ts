import { distanceKm, type GeoPoint } from '../../domain/geo.js';
import type { CommunityId, PersonId } from '../../domain/ids.js';
import type { UserKey } from '../../domain/platform.js';
import { pausedAt, type Profile } from '../../domain/profile.js';
import { type Near, type NearPeopleQuery, type PeoplePool, type PeoplePoolQuery, type PeopleRepo, type ProfilePatch, type RankedNear, StoreConflict } from '../port.js';
import { GeoGrid } from './geo-grid.js';
import { assertValid, checkHandle, checkProfile, checkProfilePatch, pageSize } from '../validate.js';
import { handleOf, withHandle } from '../../domain/handles.js';
import { PoolIndex } from './people-pool.js';
import { Nearest, Table, definedOnly } from './table.js';
import { timeSlice } from './time-slice.js';

/** How long a pool query may hold the event loop before it lets others through. */
const SLICE_MS = 8;

/**
 * A deep copy of a stored profile, field by field: a pool hands out up to hundreds per query, and
 * this is an order of magnitude cheaper than structuredClone. The return type keeps it complete:
 * a new required Profile field fails to compile here until it is copied.
 */
export function copyProfile(p: Profile): Profile {
  return {
    id: p.id,
    identities: [...p.identities],
    handles: p.handles.map((h) => ({ identity: h.identity, handle: h.handle })),
    displayName: p.displayName,
    activities: [...p.activities],
    level: p.level,
    location: p.location ? { type: 'Point', coordinates: [p.location.coordinates[0], p.location.coordinates[1]] } : null,
    area: p.area,
    radiusKm: p.radiusKm,
    timeZone: p.timeZone,
    language: p.language,
    platformLanguage: p.platformLanguage,
    availability: p.availability.map((s) => ({ day: s.day, start: s.start, end: s.end })),
    bio: p.bio,
    status: p.status,
    notifications: {
      matchAlerts: p.notifications.matchAlerts,
      quietHours: p.notifications.quietHours ? { start: p.notifications.quietHours.start, end: p.notifications.quietHours.end } : null,
      reminderLeadMinutes: p.notifications.reminderLeadMinutes ? [...p.notifications.reminderLeadMinutes] : null,
      weeklyDigest: p.notifications.weeklyDigest,
    },
    blocked: [...p.blocked],
    attendance: { attended: p.attendance.attended, missed: p.attendance.missed, streak: p.attendance.streak, bestStreak: p.attendance.bestStreak },
    communities: [...p.communities],
    unreachable: p.unreachable.map((u) => ({ platform: u.platform, since: new Date(u.since) })),
    noShowPause: p.noShowPause ? { since: new Date(p.noShowPause.since), until: new Date(p.noShowPause.until), communityId: p.noShowPause.communityId, ended: p.noShowPause.ended } : null,
    lastActiveAt: new Date(p.lastActiveAt),
    inactiveToldAt: p.inactiveToldAt ? new Date(p.inactiveToldAt) : null,
    createdAt: new Date(p.createdAt),
    updatedAt: new Date(p.updatedAt),
  };
}

export class MemoryPeople implements PeopleRepo {
  /**
   * Frozen rows: the match pool's candidates are the stored profiles themselves, read-only, not
   * copies. The pool follows the table as it stores them (its watcher), so it files the stored row.
   */
  readonly table = new Table<Profile>({ frozen: true, watcher: { written: (p) => this.pools.set(p), deleted: (id) => this.pools.delete(id) } });
  /** What MongoDB's unique index on identities gives: look-ups without scanning every profile. */
  private readonly byIdentity = new Map<UserKey, PersonId>();
  /** What MongoDB's 2dsphere index gives: nearest-first reads without scanning every profile. */
  private readonly grid = new GeoGrid();
  /** Matchable people with per-cell score summaries: the ranked pool query. */
  private readonly pools = new PoolIndex();
  /** Who has blocked each person (MongoDB answers `blocked: {$ne: id}` from its index on blocked). */
  private readonly blockedBy = new Map<string, Set<string>>();

  private identityTaken(keys: readonly UserKey[], except: PersonId | null): boolean {
    return keys.some((k) => {
      const owner = this.byIdentity.get(k);
      return owner !== undefined && owner !== except;
    });
  }

  /** Every write ends here, so that each index answers for the profile as stored. */
  private reindex(before: Profile | null, after: Profile | null): void {
    for (const k of before?.identities ?? []) this.byIdentity.delete(k);
    for (const k of after?.identities ?? []) this.byIdentity.set(k, after!.id);
    for (const b of before?.blocked ?? []) this.blockedBy.get(b)?.delete(before!.id);
    for (const b of after?.blocked ?? []) {
      let by = this.blockedBy.get(b);
      if (!by) this.blockedBy.set(b, (by = new Set()));
      by.add(after!.id);
    }
    if (after) this.grid.set(after.id, after.location);
    else if (before) this.grid.delete(before.id);
  }

  private write(id: PersonId, when: (p: Profile) => boolean, change: (p: Profile) => Profile): Profile | null {
    const done = this.table.modify(id, when, change);
    if (done) this.reindex(done.before, done.after);
    return done?.after ?? null;
  }

  delete(id: PersonId): void {
    this.reindex(this.table.get(id), null);
    this.table.delete(id);
  }

  async insert(profile: Profile): Promise<void> {
    assertValid('profile', checkProfile(profile));
    if (this.table.has(profile.id)) throw new StoreConflict('id');
    if (new Set(profile.identities).size !== profile.identities.length || this.identityTaken(profile.identities, null))
      throw new StoreConflict('identity');
    this.table.set(profile);
    this.reindex(null, profile);
  }

  async get(id: PersonId): Promise<Profile | null> {
    return this.table.get(id);
  }

  async getMany(ids: readonly PersonId[]): Promise<Profile[]> {
    const out: Profile[] = [];
    for (const id of ids) {
      const p = this.table.peek(id);
      if (p) out.push(copyProfile(p));
    }
    return out;
  }

  async findByIdentity(key: UserKey): Promise<Profile | null> {
    const id = this.byIdentity.get(key);
    return id ? this.table.get(id) : null;
  }

  async update(id: PersonId, patch: ProfilePatch, now: Date): Promise<Profile | null> {
    assertValid('profile', checkProfilePatch(patch));
    if (patch.identities && this.identityTaken(patch.identities, id)) throw new StoreConflict('identity');
    return this.write(id, () => true, (p) => ({ ...p, ...structuredClone(definedOnly(patch)), updatedAt: now }));
  }

  async setHandle(id: PersonId, identity: UserKey, handle: string | null): Promise<boolean> {
    assertValid('profile', checkHandle(identity, handle));
    return this.write(id, (p) => p.identities.includes(identity) && handleOf(p.handles, identity) !== handle, (p) => ({ ...p, handles: withHandle(p.handles, identity, handle) })) !== null;
  }

  async addToSet(id: PersonId, field: 'blocked' | 'communities', value: string): Promise<void> {
    this.write(
      id,
      (p) => !(p[field] as readonly string[]).includes(value),
      (p) => ({ ...p, [field]: [...p[field], value] }),
    );
  }

  async pull(id: PersonId, field: 'blocked', value: string): Promise<void> {
    this.write(id, () => true, (p) => ({ ...p, [field]: p[field].filter((v) => v !== value) }));
  }

  async recordAttendance(id: PersonId, attended: boolean, replacing?: boolean): Promise<void> {
    if (replacing === attended) return;
    const moved = replacing !== undefined;
    this.write(id, () => true, (p) => {
      const a = p.attendance;
      const attendance = attended
        ? { ...a, attended: a.attended + 1, missed: moved ? Math.max(0, a.missed - 1) : a.missed, streak: a.streak + 1, bestStreak: Math.max(a.bestStreak, a.streak + 1) }
        : { ...a, missed: a.missed + 1, attended: moved ? Math.max(0, a.attended - 1) : a.attended, streak: 0 };
      return { ...p, attendance };
    });
  }

  async endPause(id: PersonId, until: Date, now: Date): Promise<boolean> {
    const at = until.getTime();
    return (
      this.write(
        id,
        (p) => p.noShowPause !== null && !p.noShowPause.ended && p.noShowPause.until.getTime() === at,
        (p) => ({ ...p, noShowPause: { ...p.noShowPause!, ended: true, until: new Date(Math.min(at, now.getTime())) } }),
      ) !== null
    );
  }

  async touch(id: PersonId, now: Date, everyMs: number): Promise<boolean> {
    const stale = now.getTime() - everyMs;
    return (
      this.write(
        id,
        (p) => p.lastActiveAt.getTime() <= stale || p.inactiveToldAt !== null,
        (p) => ({ ...p, lastActiveAt: new Date(now), inactiveToldAt: null }),
      ) !== null
    );
  }

  async takeNewlyInactive(before: Date, now: Date, limit: number): Promise<Profile[]> {
    const n = pageSize(limit);
    const due = this.table
      .filter((p) => p.inactiveToldAt === null && p.lastActiveAt < before)
      .sort((a, b) => a.lastActiveAt.getTime() - b.lastActiveAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, n);
    const taken: Profile[] = [];
    for (const p of due) {
      const marked = this.write(p.id, (q) => q.inactiveToldAt === null && q.lastActiveAt < before, (q) => ({ ...q, inactiveToldAt: new Date(now) }));
      if (marked) taken.push(copyProfile(marked));
    }
    return taken;
  }

  /** The stand-in for MongoDB's $geoNear: the same distances, filters and order, nearest cells first. */
  async near(q: NearPeopleQuery): Promise<Near<Profile>[]> {
    const excluded = new Set<string>(q.excludeIds);
    const wanted = q.activitiesAny ? new Set<string>(q.activitiesAny) : null;
    const nearest = new Nearest<Profile>(q.limit);
    for (const cell of this.grid.candidates(q.from, q.maxKm)) {
      if (!nearest.wants(cell.lowerBoundKm)) break;
      for (const id of cell.ids) {
        const p = this.table.peek(id);
        if (!p?.location || p.status !== 'active' || excluded.has(p.id)) continue;
        if (q.notBlockedBy && p.blocked.includes(q.notBlockedBy)) continue;
        if (q.availableAt && (pausedAt(p, q.availableAt.at) || p.lastActiveAt < q.availableAt.activeSince)) continue;
        if (wanted && !p.activities.some((a) => wanted.has(a))) continue;
        const d = distanceKm(q.from, p.location);
        if (d > q.maxKm || (q.mutual && p.radiusKm < d)) continue;
        nearest.offer(p, d);
      }
    }
    return nearest.result();
  }

  /** The stand-in for MongoDB's ranked pool: the same filters, scores, order, cut-off and count. */
  async pool(q: PeoplePoolQuery): Promise<PeoplePool> {
    const skip = new Set<string>(q.excludeIds);
    if (q.notBlockedBy !== undefined) for (const id of this.blockedBy.get(q.notBlockedBy) ?? []) skip.add(id);
    const { hits, qualified, paused } = await this.pools.querySliced(q, skip, timeSlice(SLICE_MS));
    // The hits carry the stored profiles; if the query paused, someone may have been erased or
    // written meanwhile: the rows are looked up again (and the erased left out).
    const candidates: RankedNear<Profile>[] = [];
    for (const h of hits) {
      const item = paused ? this.table.peek(h.id) : h.profile;
      if (item) candidates.push({ item, distanceKm: h.distanceKm, approximateScore: h.score });
    }
    return { candidates, qualified };
  }

  async countInCommunity(communityId: CommunityId): Promise<number> {
    let n = 0;
    for (const p of this.table.scan()) if (p.communities.includes(communityId)) n++;
    return n;
  }

  async hasMemberNear(communityId: CommunityId, from: GeoPoint, maxKm: number | null, excludeId: PersonId): Promise<boolean> {
    for (const p of this.table.scan()) {
      if (p.id === excludeId || !p.location || !p.communities.includes(communityId)) continue;
      if (maxKm === null || distanceKm(from, p.location) <= maxKm) return true;
    }
    return false;
  }

  async listInCommunity(communityId: CommunityId, limit: number): Promise<Profile[]> {
    const members = [...this.table.scan()].filter((p) => p.communities.includes(communityId));
    members.sort((a, b) => b.lastActiveAt.getTime() - a.lastActiveAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return members.slice(0, Math.max(0, limit)).map(copyProfile);
  }

  async countActive(): Promise<number> {
    let n = 0;
    for (const p of this.table.scan()) if (p.status === 'active') n++;
    return n;
  }
}
