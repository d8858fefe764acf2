/**
 * /plan: two people find a time. The best shared slots of the coming week (src/domain/slots.ts),
 * offered to the other person, who takes one or answers with a time of their own; the time taken
 * becomes a private session for the two, hosted by whoever offered it, with reminders, calendar
 * file and check-ins like any session, and never listed, announced or alerted.
 */
import { markKeys } from '../domain/marks.js';
import { type ActivityId, activityLabel } from '../domain/activities.js';
import { isBanned, type Community } from '../domain/community.js';
import { type ActionId, newId, type PersonId, type SessionId } from '../domain/ids.js';
import { inputLang } from '../domain/language.js';
import { personCard } from '../domain/notification.js';
import { sessionCard } from '../domain/notifications/sessions.js';
import type { PlanSlotChoice } from '../domain/notifications/plan.js';
import { phrase } from '../domain/phrase.js';
import type { Profile } from '../domain/profile.js';
import { endsAt, type WorkoutSession } from '../domain/session.js';
import { findSlots, type Interval, type Slot } from '../domain/slots.js';
import { err, ok, type Result, type UserError, userError } from '../result.js';
import type { Actions } from './actions.js';
import type { BuddiesService } from './buddies.js';
import { limitedError } from './limits.js';
import { bannedFrom } from './moderation-rules.js';
import { parseStartTime } from './parse/when.js';
import { DEFAULT_DURATION_MINUTES, levelRangeOf } from './sessions-input.js';
import type { SessionKit } from './sessions-kit.js';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
/** Slots start at least this long from now: time to see the offer, answer and get there. */
export const PLAN_LEAD_HOURS = 3;
export const PLAN_HORIZON_DAYS = 7;
/** Kept free before and after each person's other sessions: getting from one place to the next. */
export const TRAVEL_MARGIN_MINUTES = 30;

/** Refused without saying why (a block, a ban): nothing is revealed. */
const CANT_PLAN: UserError = userError('forbidden', phrase('plan-error-cant-plan'));

export type FindOutcome =
  | { readonly kind: 'slots'; readonly person: Profile; readonly activity: ActivityId; readonly slots: readonly Slot[] }
  /** No shared free time this week; `missing` names whose availability is not set, if that is why. */
  | { readonly kind: 'none'; readonly person: Profile; readonly missing: 'me' | 'them' | null };

export interface Offered {
  readonly person: Profile;
  readonly slots: readonly Slot[];
}

export interface Booked {
  readonly person: Profile;
  readonly session: WorkoutSession;
  /** False when this time had already been taken (a second press): the session is the one made then. */
  readonly created: boolean;
}

/** Where an offer notes the session one of its times became (kept as a stored action, expiring with it). */
const offerLease = (offer: string) => `plan-offer:${offer}`;

/** The activity two people share (the asker's order), else the asker's first. */
export const sharedActivity = (me: Profile, them: Profile): ActivityId | null =>
  me.activities.find((a) => them.activities.includes(a)) ?? me.activities[0] ?? null;

export class PlanService {
  constructor(
    private readonly kit: SessionKit,
    private readonly buddies: BuddiesService,
    private readonly actions: Actions,
  ) {}

  private get store() {
    return this.kit.deps.store;
  }

  /**
   * Who I may plan with: a buddy, or anyone I could /connect with — neither blocked by the other,
   * neither banned here nor in a community we share. Not myself.
   */
  async counterpart(me: Profile, community: Community | null, ref: string): Promise<Result<Profile>> {
    if (isBanned(community, me)) return err(bannedFrom(community));
    const found = await this.buddies.resolvePerson(me, ref);
    if (!found.ok) return found;
    const them = found.value;
    if (them.id === me.id) return err(userError('invalid-input', phrase('plan-error-self')));
    if (me.blocked.includes(them.id) || them.blocked.includes(me.id) || isBanned(community, them)) return err(CANT_PLAN);
    for (const id of me.communities.filter((c) => them.communities.includes(c))) {
      const shared = await this.store.communities.get(id);
      if (isBanned(shared, me) || isBanned(shared, them)) return err(CANT_PLAN);
    }
    return ok(them);
  }

  /** Both people's live sessions as busy stretches, widened by the travel margin. */
  private async busy(ids: readonly PersonId[], from: Date): Promise<Interval[]> {
    const since = new Date(from.getTime() - 2 * 86_400_000);
    const lists = await Promise.all(ids.map((id) => this.store.sessions.listForPerson(id, ['open', 'full'], since)));
    const margin = TRAVEL_MARGIN_MINUTES * MINUTE_MS;
    return lists.flat().map((s) => ({ start: new Date(s.startsAt.getTime() - margin), end: new Date(endsAt(s).getTime() + margin) }));
  }

  /** The best shared slots of the coming week with `ref`, in time order (see `findSlots` for "best"). */
  async find(me: Profile, community: Community | null, ref: string): Promise<Result<FindOutcome>> {
    const them = await this.counterpart(me, community, ref);
    if (!them.ok) return them;
    const person = them.value;
    const activity = sharedActivity(me, person);
    if (!activity) return err(userError('invalid-input', phrase('plan-error-no-activity')));
    if (me.availability.length === 0) return ok({ kind: 'none', person, missing: 'me' });
    if (person.availability.length === 0) return ok({ kind: 'none', person, missing: 'them' });
    const now = this.kit.now().getTime();
    const from = new Date(now + PLAN_LEAD_HOURS * HOUR_MS);
    const to = new Date(now + PLAN_HORIZON_DAYS * 24 * HOUR_MS);
    const busy = await this.busy([me.id, person.id], from);
    const slots = findSlots([me, person], { from, to, busy, dayZone: me.timeZone });
    return ok(slots.length ? { kind: 'slots', person, activity, slots } : { kind: 'none', person, missing: null });
  }

  /** Sends my chosen slots to `ref`: each a button only they can press, until it begins. */
  async offer(me: Profile, community: Community | null, ref: string, slots: readonly Slot[], activity: ActivityId): Promise<Result<Offered>> {
    const them = await this.counterpart(me, community, ref);
    return them.ok ? this.send(me, them.value, slots, activity, false) : them;
  }

  /**
   * A time I typed ("saturday 9am", read in my zone and language), sent to `ref` to accept: a
   * first proposal, or an answer to theirs.
   */
  async proposeTime(me: Profile, community: Community | null, ref: string, when: string, activity?: ActivityId): Promise<Result<Offered>> {
    const start = parseStartTime(when, me.timeZone, this.kit.now(), inputLang(me));
    if (!start.ok) return start;
    const them = await this.counterpart(me, community, ref);
    if (!them.ok) return them;
    const chosen = activity ?? sharedActivity(me, them.value);
    if (!chosen) return err(userError('invalid-input', phrase('plan-error-no-activity')));
    return this.send(me, them.value, [{ start: start.value, minutes: DEFAULT_DURATION_MINUTES }], chosen, true);
  }

  /** Notifies `person` of the times (those still ahead), each a button for them alone. */
  private async send(me: Profile, person: Profile, slots: readonly Slot[], activity: ActivityId, counter: boolean): Promise<Result<Offered>> {
    const now = this.kit.now().getTime();
    const future = slots.filter((s) => s.start.getTime() > now);
    if (future.length === 0) return err(userError('conflict', phrase('plan-error-time-passed')));
    // An offer is a request to someone, and counts as one: nobody is flooded with them.
    const allowed = await this.kit.deps.limits.take('connect', me.id);
    if (!allowed.ok) return err(limitedError(allowed.error));
    const ttl = (s: Slot) => Math.max(1, Math.ceil((s.start.getTime() - now) / HOUR_MS));
    // One id for the offer: once one of its times is taken, the others no longer book anything.
    const offer = newId<ActionId>();
    const choices: PlanSlotChoice[] = [];
    for (const s of future)
      choices.push({ start: s.start, minutes: s.minutes, pick: await this.actions.offer(person.id, { kind: 'plan-accept', person: me.id, slot: `${s.start.getTime()}/${s.minutes}`, activity, offer }, ttl(s)) });
    const last = Math.max(...future.map(ttl));
    const other: ActionId = await this.actions.offer(person.id, { kind: 'plan-propose', person: me.id, activity }, last);
    await this.kit.notify(person.id, { kind: 'plan-proposal', from: personCard(me), activity, slots: choices, counter, other });
    this.kit.deps.log.info({ personId: me.id, slots: choices.length, counter }, 'plan offered');
    return ok({ person, slots: future });
  }

  /**
   * I take a time `ref` offered me: the private session for the two is made, hosted by them, me
   * seated; both are told. Refused when the time has passed or either of us is busy by now.
   */
  async accept(me: Profile, ref: string, slot: Slot, activity: ActivityId, offer?: string): Promise<Result<Booked>> {
    const them = await this.counterpart(me, null, ref);
    if (!them.ok) return them;
    const host = them.value;
    const now = this.kit.now();
    const taken = offer ? await this.store.marks.get(markKeys.planTaken(offer), now) : null;
    const earlier = taken ? await this.store.sessions.get(taken.session) : null;
    if (earlier) return ok({ person: host, session: earlier, created: false });
    if (slot.start.getTime() <= now.getTime()) return err(userError('conflict', phrase('plan-error-time-passed')));
    const minutes = Math.min(Math.max(1, slot.minutes), 24 * 60);
    const existing = (await this.store.sessions.listForPerson(me.id, ['open', 'full'], slot.start)).find(
      (s) => s.visibility === 'private' && s.hostId === host.id && s.startsAt.getTime() === slot.start.getTime(),
    );
    if (existing) return ok({ person: host, session: existing, created: false });
    const end = slot.start.getTime() + minutes * MINUTE_MS;
    const clash = (await this.busy([me.id, host.id], slot.start)).some((b) => b.start.getTime() < end && b.end.getTime() > slot.start.getTime());
    if (clash) return err(userError('conflict', phrase('plan-error-busy-now')));
    // The host's home area; a host who answered from a notification without one set, the other's.
    const home = host.location ? host : me;
    if (!home.location) return err(userError('conflict', phrase('plan-error-no-area')));

    const id = newId<SessionId>();
    if (offer) {
      // One booking per offer, even for two presses at the same instant: the first to take the
      // offer's lease books (its holder is the session it makes); the other answers with that one.
      const claim = await this.store.leases.acquire(offerLease(offer), id, now, end + HOUR_MS - now.getTime());
      if (!claim) {
        const winner = (await this.store.leases.get(offerLease(offer)))?.holder;
        const booked = winner ? await this.store.sessions.get(winner as SessionId) : null;
        if (booked) return ok({ person: host, session: booked, created: false });
        return err(userError('conflict', phrase('plan-error-being-booked')));
      }
    }
    const session: WorkoutSession = {
      id,
      communityId: null,
      hostId: host.id,
      activity,
      // Named by its activity, as sessions made outside the command are; the host may rename it.
      title: activityLabel(activity),
      notes: '',
      startsAt: slot.start,
      timeZone: host.timeZone,
      durationMinutes: minutes,
      // An area, not a spot: the two settle where exactly between them (a message, /session-edit).
      place: { point: home.location, label: home.area ?? '' },
      capacity: 1,
      levels: levelRangeOf('all'),
      status: 'full',
      participants: [me.id],
      waitlist: [],
      recurrence: 'none',
      seriesId: id,
      visibility: 'private',
      announcements: [],
      checkIns: [],
      createdAt: now,
      updatedAt: now,
    };
    await this.store.sessions.insert(session);
    if (offer)
      await this.store.marks.put({ kind: 'plan-taken', offer, session: id, createdAt: now, expiresAt: new Date(end + HOUR_MS) });
    // Scheduled, never "created": that hook would alert people nearby.
    await this.kit.hooks.sessionScheduled(session);
    await this.kit.hooks.participantJoined(id, me.id);
    const calendar = await this.actions.offer(host.id, { kind: 'calendar', session: id }, this.kit.ttlHours(session));
    await this.kit.notify(host.id, { kind: 'plan-booked', with: personCard(me), session: sessionCard(session), calendar });
    this.kit.deps.log.info({ sessionId: id }, 'plan booked');
    return ok({ person: host, session, created: true });
  }
}

