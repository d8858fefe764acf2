import { inputLang } from '../domain/language.js';
/**
 * What a host does with a session: create it (announced in the community), edit it (everyone
 * in it told what changed), cancel it (everyone told, pending requests expire), and — for the
 * scheduler — the next occurrence of a weekly one.
 */
import { DateTime } from 'luxon';
import { type ActivityId, activityLabel } from '../domain/activities.js';
import type { Community } from '../domain/community.js';
import { newId, type PersonId, type SessionId } from '../domain/ids.js';
import type { Profile } from '../domain/profile.js';
import { isLive, type WorkoutSession } from '../domain/session.js';
import { type SessionChange, sessionCard } from '../domain/notifications/sessions.js';
import { type Phrase, phrase } from '../domain/phrase.js';
import { err, ok, type Result, userError } from '../result.js';
import type { SessionPatch } from '../store/port.js';
import { limitedError } from './limits.js';
import { parseDurationMinutes, parseStartTime } from './parse/when.js';
import { closedReason, type SessionJoins } from './sessions-joins.js';
import {
  checkCapacity,
  checkText,
  DEFAULT_CAPACITY,
  DEFAULT_DURATION_MINUTES,
  type LevelRangeName,
  levelRangeOf,
  NOTES_MAX,
  resolveSessionPlace,
  TITLE_MAX,
} from './sessions-input.js';
import { isBanned, type SessionKit } from './sessions-kit.js';
import { farPlace, type FarPlace } from './sessions-reach.js';
import { bannedFrom } from './moderation-rules.js';

export interface CreateInput {
  readonly activity: ActivityId;
  /** Natural words in the host's zone: "tomorrow 7am". */
  readonly when: string;
  /** A curated place's name or any location. */
  readonly place: string;
  readonly capacity?: number;
  readonly levels?: LevelRangeName;
  /** "1h", "90 min". */
  readonly duration?: string;
  readonly title?: string;
  readonly notes?: string;
  readonly weekly?: boolean;
  /** The host has said yes to a place far from the community's area or their own (see sessions-reach). */
  readonly farConfirmed?: boolean;
}

export interface EditInput {
  readonly when?: string;
  readonly place?: string;
  readonly capacity?: number;
  readonly levels?: LevelRangeName;
  readonly duration?: string;
  readonly title?: string;
  readonly notes?: string;
  readonly weekly?: boolean;
  /** The host has said yes to moving it to a place far from the community's area or their own. */
  readonly farConfirmed?: boolean;
}

/** The place named several things: the command offers these (each `value` picks one). */
export interface AmbiguousPlace {
  readonly kind: 'ambiguous';
  readonly options: readonly { readonly value: string; readonly label: string }[];
}

export type CreateOutcome = { readonly kind: 'created'; readonly session: WorkoutSession; readonly announced: boolean } | AmbiguousPlace | FarPlace;
export type EditOutcome =
  | { readonly kind: 'edited'; readonly session: WorkoutSession; readonly changes: readonly SessionChange[]; readonly promoted: readonly PersonId[] }
  | AmbiguousPlace
  | FarPlace;

const invalid = (message: Phrase) => err(userError('invalid-input', message));

/** What `edit` saves with one `update`: everything but the capacity, which only `resize` sets. */
type GeneralPatch = Omit<SessionPatch, 'capacity'>;

/** Tries of `resize` when seats come and go in between; only a seat freed right after a refusal makes another. */
const RESIZE_ATTEMPTS = 3;

/** Capacity below the seats already taken: refused, saying how many. */
const tooFewSeats = (s: WorkoutSession, seated: number) =>
  invalid(phrase('session-capacity-below-seated', { count: seated, title: s.title }));

export interface CancelOptions {
  /** False when the host hears of it otherwise (a ban tells them once, for everything). */
  readonly tellHost?: boolean;
}

export class SessionHosting {
  constructor(
    private readonly kit: SessionKit,
    private readonly joins: SessionJoins,
  ) {}

  private get store() {
    return this.kit.deps.store;
  }

  async create(me: Profile, community: Community | null, input: CreateInput): Promise<Result<CreateOutcome>> {
    if (isBanned(community, me)) return err(bannedFrom(community));
    const capacity = checkCapacity(input.capacity ?? DEFAULT_CAPACITY);
    if (!capacity.ok) return capacity;
    // The command names an untitled session in its host's language; other callers get the activity's name.
    const title = checkText(input.title ?? activityLabel(input.activity), TITLE_MAX, 'title', false);
    if (!title.ok) return title;
    const notes = checkText(input.notes ?? '', NOTES_MAX, 'notes', true);
    if (!notes.ok) return notes;
    const duration = input.duration ? parseDurationMinutes(input.duration) : ok(DEFAULT_DURATION_MINUTES);
    if (!duration.ok) return duration;
    const where = resolveSessionPlace(input.place, community);
    if (!where.ok) return where;
    if (where.value.kind === 'ambiguous') return ok(where.value);
    const place = where.value.place;
    // The host's zone; a host who hasn't set a home area yet means the zone of the place.
    const zone = me.location ? me.timeZone : place.timeZone;
    const now = this.kit.now();
    const startsAt = parseStartTime(input.when, zone, now, inputLang(me));
    if (!startsAt.ok) return startsAt;
    if (!input.farConfirmed) {
      const far = await farPlace(this.kit.deps, me, community, place.point, place.label);
      if (far) return ok(far);
    }
    // Counted once the session is known good, before it is stored or announced.
    const allowed = await this.kit.deps.limits.take('session-create', me.id);
    if (!allowed.ok) return err(limitedError(allowed.error));

    const id = newId<SessionId>();
    const session: WorkoutSession = {
      id,
      communityId: community?.id ?? null,
      hostId: me.id,
      activity: input.activity,
      title: title.value,
      notes: notes.value,
      startsAt: startsAt.value,
      timeZone: zone,
      durationMinutes: duration.value,
      place: { point: place.point, label: place.label },
      capacity: capacity.value,
      levels: levelRangeOf(input.levels ?? 'all'),
      status: 'open',
      participants: [],
      waitlist: [],
      recurrence: input.weekly ? 'weekly' : 'none',
      seriesId: id,
      visibility: 'public',
      announcements: [],
      checkIns: [],
      createdAt: now,
      updatedAt: now,
    };
    await this.store.sessions.insert(session);
    const announced = await this.kit.announce(session, community);
    const created = (await this.store.sessions.get(id)) ?? session;
    await this.kit.hooks.sessionCreated(created);
    return ok({ kind: 'created', session: created, announced });
  }

  /** The host's edit: every change checked first, then saved at once and told to everyone in it. */
  async edit(me: Profile, ref: string, input: EditInput): Promise<Result<EditOutcome>> {
    const found = await this.kit.resolve(me, ref);
    if (!found.ok) return found;
    const s = found.value;
    if (s.hostId !== me.id) return err(userError('forbidden', phrase('session-edit-not-host', { title: s.title })));
    const closed = closedReason(s, this.kit.now());
    if (closed) return err(userError('conflict', phrase('session-edit-closed', { title: s.title, state: closed })));

    const patch: { -readonly [K in keyof GeneralPatch]: GeneralPatch[K] } = {};
    const changes: SessionChange[] = [];
    if (input.title !== undefined) {
      const title = checkText(input.title, TITLE_MAX, 'title', false);
      if (!title.ok) return title;
      if (title.value !== s.title) {
        patch.title = title.value;
        changes.push({ field: 'title', to: title.value });
      }
    }
    if (input.notes !== undefined) {
      const notes = checkText(input.notes, NOTES_MAX, 'notes', true);
      if (!notes.ok) return notes;
      if (notes.value !== s.notes) {
        patch.notes = notes.value;
        changes.push({ field: 'notes' });
      }
    }
    if (input.when !== undefined) {
      const startsAt = parseStartTime(input.when, s.timeZone, this.kit.now(), inputLang(me));
      if (!startsAt.ok) return startsAt;
      if (startsAt.value.getTime() !== s.startsAt.getTime()) {
        patch.startsAt = startsAt.value;
        changes.push({ field: 'time', to: startsAt.value, from: s.startsAt });
      }
    }
    if (input.duration !== undefined) {
      const minutes = parseDurationMinutes(input.duration);
      if (!minutes.ok) return minutes;
      if (minutes.value !== s.durationMinutes) {
        patch.durationMinutes = minutes.value;
        changes.push({ field: 'length', minutes: minutes.value });
      }
    }
    if (input.place !== undefined) {
      const community = s.communityId ? await this.store.communities.get(s.communityId) : null;
      const where = resolveSessionPlace(input.place, community);
      if (!where.ok) return where;
      if (where.value.kind === 'ambiguous') return ok(where.value);
      const place = where.value.place;
      if (place.label !== s.place.label || place.point.coordinates.join() !== s.place.point.coordinates.join()) {
        // A move far away is held back for the host to confirm, as when the session was created.
        if (!input.farConfirmed) {
          const far = await farPlace(this.kit.deps, me, community, place.point, place.label);
          if (far) return ok(far);
        }
        patch.place = { point: place.point, label: place.label };
        changes.push({ field: 'place', to: place.label, from: s.place.label });
      }
    }
    if (input.levels !== undefined) {
      const levels = levelRangeOf(input.levels);
      if (levels.min !== s.levels.min || levels.max !== s.levels.max) {
        patch.levels = levels;
        changes.push({ field: 'levels', to: levels });
      }
    }
    if (input.weekly !== undefined && (input.weekly ? 'weekly' : 'none') !== s.recurrence) {
      patch.recurrence = input.weekly ? 'weekly' : 'none';
      changes.push({ field: 'weekly', on: input.weekly });
    }
    // Capacity is not part of the general patch: the store's atomic `resize` sets it (see below).
    let capacity: number | null = null;
    if (input.capacity !== undefined) {
      const checked = checkCapacity(input.capacity);
      if (!checked.ok) return checked;
      if (checked.value < s.participants.length) return tooFewSeats(s, s.participants.length);
      if (checked.value !== s.capacity) {
        capacity = checked.value;
        changes.push({ field: 'capacity', to: checked.value, from: s.capacity });
      }
    }
    if (changes.length === 0) return invalid(phrase('session-edit-nothing'));

    // The capacity first, so an edit it refuses changes nothing. The store sets it only if no more
    // people than that hold seats by then: a seat taken since the check above can't overbook it.
    let updated: WorkoutSession | null = s;
    if (capacity !== null) {
      const resized = await this.resize(s, capacity);
      if (!resized.ok) return resized;
      updated = resized.value;
    }
    if (Object.keys(patch).length > 0) updated = await this.store.sessions.update(s.id, patch, this.kit.now());
    if (!updated) return err(userError('not-found', phrase('session-gone')));
    const promoted = capacity !== null && capacity > s.capacity ? await this.joins.promoteWaiting(updated) : [];
    const after = (await this.store.sessions.get(s.id)) ?? updated;
    const pending = await this.store.joinRequests.listForSession(s.id, ['pending']);
    await this.kit.notifyAll([...after.participants.filter((p) => !promoted.includes(p)), ...after.waitlist, ...pending.map((r) => r.requesterId)], {
      kind: 'session-changed',
      session: sessionCard(after),
      changes,
    });
    await this.kit.refresh(s.id);
    const timing = patch.startsAt !== undefined || patch.durationMinutes !== undefined || patch.recurrence !== undefined;
    await (timing ? this.kit.hooks.sessionRescheduled(after) : this.kit.hooks.sessionScheduled(after));
    return ok({ kind: 'edited', session: after, changes, promoted });
  }

  /**
   * Sets the capacity through the store's atomic `resize`. When the store refuses, the session as
   * it is now says why: gone, no longer live, or more people seated than the new capacity.
   */
  private async resize(s: WorkoutSession, capacity: number): Promise<Result<WorkoutSession>> {
    for (let attempt = 0; attempt < RESIZE_ATTEMPTS; attempt++) {
      const resized = await this.store.sessions.resize(s.id, capacity, this.kit.now());
      if (resized) return ok(resized);
      const current = await this.store.sessions.get(s.id);
      if (!current) return err(userError('not-found', phrase('session-gone')));
      const closed = isLive(current) ? null : closedReason(current, this.kit.now());
      if (closed) return err(userError('conflict', phrase('session-edit-closed', { title: current.title, state: closed })));
      if (current.participants.length > capacity) return tooFewSeats(current, current.participants.length);
      // The seat that stood in the way was freed again before we looked: try once more.
    }
    return err(userError('conflict', phrase('session-seats-busy', { title: s.title })));
  }

  /** The host calls their session off. */
  async cancelByHost(me: Profile, ref: string, reason: string): Promise<Result<WorkoutSession>> {
    const found = await this.kit.resolve(me, ref);
    if (!found.ok) return found;
    if (found.value.hostId !== me.id) return err(userError('forbidden', phrase('session-cancel-not-host', { title: found.value.title })));
    return this.cancel(found.value, reason, me.id);
  }

  /**
   * Cancels a live session: participants, waitlist and pending requesters are told, pending
   * requests expire, the announcement says so. Checks no permission: callers do (the host through
   * `cancelByHost`, moderators through the moderation service).
   */
  async cancel(session: WorkoutSession, reason: string, by: PersonId, options: CancelOptions = {}): Promise<Result<WorkoutSession>> {
    const now = this.kit.now();
    const clean = checkText(reason, 200, 'reason', true);
    if (!clean.ok) return clean;
    const cancelled = await this.store.sessions.transition(session.id, ['open', 'full'], 'cancelled', now);
    if (!cancelled) return err(userError('conflict', phrase('session-already-closed', { title: session.title, state: session.status === 'cancelled' ? 'cancelled' : 'over' })));
    const expired = await this.store.joinRequests.expirePending(session.id, now);
    const byModerator = by !== cancelled.hostId;
    const tellHost = byModerator && options.tellHost !== false;
    const told = [...cancelled.participants, ...cancelled.waitlist, ...expired.map((r) => r.requesterId), ...(tellHost ? [cancelled.hostId] : [])];
    await this.kit.hooks.sessionCancelled(session.id);
    await this.kit.notifyAll(
      told.filter((id) => id !== by),
      { kind: 'session-cancelled', session: sessionCard(cancelled), reason: clean.value, byModerator },
    );
    await this.kit.refresh(session.id);
    return ok(cancelled);
  }

  /**
   * For the scheduler: the next occurrence of a weekly session, at the same wall-clock time one
   * week later in the session's zone (so a summer-time change keeps 07:00 at 07:00). Seats start
   * empty. Returns the existing one if it was already made; null when there is none to make
   * (not weekly, cancelled, host gone or banned).
   */
  async createNextOccurrence(sessionId: SessionId): Promise<WorkoutSession | null> {
    const s = await this.store.sessions.get(sessionId);
    if (!s || s.recurrence !== 'weekly' || s.status === 'cancelled') return null;
    const startsAt = DateTime.fromJSDate(s.startsAt, { zone: s.timeZone }).plus({ weeks: 1 }).toJSDate();
    const existing = (await this.store.sessions.listForPerson(s.hostId, ['open', 'full', 'cancelled', 'completed'], startsAt)).find(
      (x) => x.seriesId === s.seriesId && x.startsAt.getTime() === startsAt.getTime(),
    );
    if (existing) return existing;
    const host = await this.store.people.get(s.hostId);
    const community = s.communityId ? await this.store.communities.get(s.communityId) : null;
    if (!host || isBanned(community, host)) return null;
    const now = this.kit.now();
    const next: WorkoutSession = {
      ...s,
      id: newId<SessionId>(),
      startsAt,
      status: 'open',
      participants: [],
      waitlist: [],
      announcements: [],
      checkIns: [],
      createdAt: now,
      updatedAt: now,
    };
    await this.store.sessions.insert(next);
    // The weekly series keeps one recurring platform event: the next occurrence carries it on.
    await this.kit.announce(next, community, s.announcements);
    return (await this.store.sessions.get(next.id)) ?? next;
  }
}
