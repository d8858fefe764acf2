import type { ActivityId } from '../domain/activities.js';
import type { Community } from '../domain/community.js';
import { type CommunityId, newId, type PersonId } from '../domain/ids.js';
import { personCard } from '../domain/notifications/people.js';
import type { RoundPartner } from '../domain/notifications/rounds.js';
import { phrase } from '../domain/phrase.js';
import { distanceKm } from '../domain/geo.js';
import { isMatchable, type Profile } from '../domain/profile.js';
import { NO_REPEAT_ROUNDS, type Round, type RoundConfig, type RoundId, type RoundSchedule, roundDeadline } from '../domain/rounds.js';
import { isLive, wasThere, type WorkoutSession } from '../domain/session.js';
import { err, ok, type Result, userError } from '../result.js';
import type { Actions } from './actions.js';
import type { CoreDeps } from './deps.js';
import type { MatchingService } from './matching.js';
import type { MeetingsService } from './meetings.js';
import { bannedFrom, isBannedFrom, type ModActor } from './moderation.js';
import { isModerator } from './permissions.js';
import { BlossomMatcher, type Matcher } from './rounds-blossom.js';
import { pairMembers, timeSlices } from './rounds-run.js';
import { isZone, nextRoundAt, roundKey } from './rounds-time.js';

/** How many past rounds /rounds status shows moderators. */
export const STATUS_ROUNDS = 6;
/** A round job this many hours late (the process was down) waits for next week. */
export const LATE_HOURS = 4;
/** "Find a time" buttons last as long as the round. */
const BUTTON_TTL_HOURS = 8 * 24;
/** Members' profiles are read this many at a time. */
const MEMBER_CHUNK = 500;
/** The graph is built in slices of about this long before the event loop gets a turn. */
const SLICE_MS = 10;

/** A change to the schedule: what is left out stays as it was (a first setup needs weekday and hour). */
export interface RoundsSetup {
  readonly weekday?: RoundSchedule['weekday'];
  readonly hour?: number;
  readonly activity?: ActivityId | null;
  /** Default: on. */
  readonly enabled?: boolean;
  /** The zone the hour is read in; default: as it was, else the moderator's own. */
  readonly timeZone?: string;
}

/** One round as moderators see it: counts of groups (pairs or trios). */
export interface RoundFigures {
  readonly key: string;
  readonly startedAt: Date;
  /** People put in a pair or trio. */
  readonly paired: number;
  readonly groups: number;
  /** Groups with a session planned together since the round started. */
  readonly planned: number;
  /** Groups who came to a shared session (each `wasThere`). */
  readonly met: number;
  readonly unpaired: number;
}

export interface RoundsStatus {
  readonly config: RoundConfig | null;
  readonly member: boolean;
  readonly skipping: boolean;
  readonly nextAt: Date | null;
  /** Only for moderators; newest first. */
  readonly figures: readonly RoundFigures[] | null;
}

/** What a group did together since the round started. */
interface GroupProgress {
  readonly planned: boolean;
  readonly met: boolean;
}

const FORBIDDEN = userError('forbidden', phrase('mod-error-forbidden'));
const NEEDS_COMMUNITY = userError('invalid-input', phrase('rounds-error-needs-community'));

/**
 * Weekly pairing rounds (issue #13, point 5). Moderators set them up; members join, leave, skip
 * a week. At round time (a job, src/scheduler) `run` pairs the members by maximum-weight matching
 * and introduces each group; `nudge` reminds groups with nothing planned; `end` closes the round
 * and hands its pairs to `askDidYouMeet`.
 */
export class RoundsService {
  constructor(
    private readonly deps: CoreDeps,
    private readonly actions: Actions,
    private readonly matching: MatchingService,
    private readonly meetings: Pick<MeetingsService, 'ask'>,
    private readonly matcher: Matcher = new BlossomMatcher(),
  ) {}

  private get store() {
    return this.deps.store;
  }

  private async changed(communityId: CommunityId): Promise<void> {
    await this.deps.hooks?.roundsChanged(communityId);
  }

  // ------------------------------------------------------------------ commands

  async setup(actor: ModActor, input: RoundsSetup): Promise<Result<{ config: RoundConfig; nextAt: Date | null }>> {
    if (!actor.community) return err(NEEDS_COMMUNITY);
    if (!isModerator(this.deps.settings, actor.community, actor.invocation)) return err(FORBIDDEN);
    const before = await this.store.rounds.config(actor.community.id);
    const weekday = input.weekday ?? before?.weekday;
    const hour = input.hour ?? before?.hour;
    if (weekday === undefined || hour === undefined) return err(userError('invalid-input', phrase('rounds-error-setup-needs')));
    const timeZone = input.timeZone ?? before?.timeZone ?? actor.me.timeZone;
    if (!isZone(timeZone)) return err(userError('invalid-input', phrase('rounds-error-zone', { zone: timeZone })));
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) return err(userError('invalid-input', phrase('rounds-error-hour')));
    const config = await this.store.rounds.schedule(
      actor.community.id,
      { enabled: input.enabled ?? true, weekday, hour, timeZone, activity: input.activity === undefined ? (before?.activity ?? null) : input.activity },
      this.deps.clock(),
    );
    await this.changed(config.communityId);
    return ok({ config, nextAt: config.enabled ? nextRoundAt(config, this.deps.clock()) : null });
  }

  private async enabledConfig(community: Community | null): Promise<Result<RoundConfig>> {
    if (!community) return err(NEEDS_COMMUNITY);
    const config = await this.store.rounds.config(community.id);
    if (!config?.enabled) return err(userError('not-found', phrase('rounds-error-off')));
    return ok(config);
  }

  async join(me: Profile, community: Community | null): Promise<Result<{ nextAt: Date }>> {
    const found = await this.enabledConfig(community);
    if (!found.ok) return found;
    if (isBannedFrom(community, me)) return err(bannedFrom(community));
    if (!isMatchable(me)) return err(userError('incomplete-profile', phrase('rounds-error-profile')));
    const config = found.value;
    if (config.activity && !me.activities.includes(config.activity)) return err(userError('invalid-input', phrase('rounds-error-activity', { activity: config.activity })));
    const joined = await this.store.rounds.join(config.communityId, me.id, this.deps.clock());
    if (!joined) return err(userError('conflict', phrase('rounds-error-already')));
    return ok({ nextAt: nextRoundAt(config, this.deps.clock()) });
  }

  async leave(me: Profile, community: Community | null): Promise<Result<true>> {
    if (!community) return err(NEEDS_COMMUNITY);
    const left = await this.store.rounds.leave(community.id, me.id, this.deps.clock());
    return left ? ok(true) : err(userError('not-found', phrase('rounds-error-not-member')));
  }

  /** Sits out the next round only. */
  async skip(me: Profile, community: Community | null): Promise<Result<{ nextAt: Date; backAt: Date }>> {
    const found = await this.enabledConfig(community);
    if (!found.ok) return found;
    const config = found.value;
    if (!config.members.includes(me.id)) return err(userError('not-found', phrase('rounds-error-not-member')));
    if (!(await this.store.rounds.skip(config.communityId, me.id, this.deps.clock()))) return err(userError('conflict', phrase('rounds-error-already-skipping')));
    const nextAt = nextRoundAt(config, this.deps.clock());
    return ok({ nextAt, backAt: nextRoundAt(config, nextAt) });
  }

  /** Anyone sees the schedule and their own place; moderators also see each round's figures. */
  async status(actor: ModActor): Promise<Result<RoundsStatus>> {
    if (!actor.community) return err(NEEDS_COMMUNITY);
    const config = await this.store.rounds.config(actor.community.id);
    const now = this.deps.clock();
    const moderator = isModerator(this.deps.settings, actor.community, actor.invocation);
    let figures: RoundFigures[] | null = null;
    if (moderator) {
      figures = [];
      for (const r of await this.store.rounds.recent(actor.community.id, STATUS_ROUNDS)) figures.push(await this.figures(r));
    }
    return ok({
      config,
      member: !!config?.members.includes(actor.me.id),
      skipping: !!config?.skipping.includes(actor.me.id),
      nextAt: config?.enabled ? nextRoundAt(config, now) : null,
      figures,
    });
  }

  // ------------------------------------------------------------------ the round itself

  /**
   * Holds the community's round now: ends the one before, pairs the members who are in (not
   * skipping), records the round (once per local date: a repeated run returns null) and
   * introduces each group. Null when rounds are off or this round was already held.
   */
  async run(communityId: CommunityId): Promise<Round | null> {
    const config = await this.store.rounds.config(communityId);
    if (!config?.enabled) return null;
    const now = this.deps.clock();
    const key = roundKey(config.timeZone, now);
    const recent = await this.store.rounds.recent(communityId, NO_REPEAT_ROUNDS);
    if (recent[0]?.key === key) return null;
    for (const r of recent) if (!r.endedAt) await this.end(r.id);
    const community = await this.store.communities.get(communityId);
    const skipping = new Set(config.skipping);
    // In chunks: thousands of profiles read (and, in memory, copied) at once would hold the loop.
    const wanted = config.members.filter((id) => !skipping.has(id));
    const members: Profile[] = [];
    for (let i = 0; i < wanted.length; i += MEMBER_CHUNK) {
      members.push(...(await this.store.people.getMany(wanted.slice(i, i + MEMBER_CHUNK))));
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    const outcome = await pairMembers({
      members,
      community,
      activity: config.activity,
      recent,
      priority: config.priority,
      weekStart: now,
      matcher: this.matcher,
      pause: timeSlices(SLICE_MS),
    });
    const round: Round = {
      id: newId<RoundId>(),
      communityId,
      key,
      activity: config.activity,
      startedAt: now,
      groups: outcome.groups,
      unpaired: outcome.unpaired,
      nudgedAt: null,
      endedAt: null,
    };
    if (!(await this.store.rounds.start(round, outcome.unpaired))) return null;
    const byId = new Map(members.map((p) => [p.id, p]));
    const name = community?.name ?? '';
    const endsAt = nextRoundAt(config, now);
    // Thousands of intros: on a store that answers at once (memory), a long chain of promises never lets the loop turn.
    const pause = timeSlices(SLICE_MS);
    for (const g of round.groups) {
      for (const id of g.people) {
        await pause();
        const partners = await this.partners(byId, id, g.people, now);
        if (partners) await this.notify(id, { kind: 'round-intro', community: name, partners, endsAt });
      }
    }
    this.deps.log.info({ communityId, key, groups: round.groups.length, unpaired: round.unpaired.length, left: outcome.left.length }, 'round held');
    return round;
  }

  /** Three days in: each group with no session planned together is nudged, once. */
  async nudge(roundId: RoundId): Promise<number> {
    const round = await this.store.rounds.get(roundId);
    if (!round || round.endedAt || round.nudgedAt) return 0;
    if (!(await this.store.rounds.markNudged(roundId, this.deps.clock()))) return 0;
    const config = await this.store.rounds.config(round.communityId);
    const community = await this.store.communities.get(round.communityId);
    const now = this.deps.clock();
    const endsAt = config ? nextRoundAt(config, round.startedAt) : roundDeadline(round);
    let nudged = 0;
    for (const g of round.groups) {
      if ((await this.progress(round, g.people)).planned) continue;
      const byId = new Map((await this.store.people.getMany(g.people)).map((p) => [p.id, p]));
      for (const id of g.people) {
        const partners = await this.partners(byId, id, g.people, now);
        if (partners) await this.notify(id, { kind: 'round-nudge', community: community?.name ?? '', partners, endsAt });
      }
      nudged++;
    }
    return nudged;
  }

  /** Ends the round once (at the next round's start, or ROUND_DAYS after it started). */
  async end(roundId: RoundId): Promise<boolean> {
    const round = await this.store.rounds.get(roundId);
    if (!round || !(await this.store.rounds.markEnded(roundId, this.deps.clock()))) return false;
    await this.askDidYouMeet(round, round.groups.map((g) => g.people));
    return true;
  }

  /**
   * THE place where, at round end, each pair (or trio) is asked "did you two train together?"
   * (the meetings part of issue #13, point 3), once per round and group; the answers feed
   * reliability and buddy streaks there.
   */
  async askDidYouMeet(round: Round, groups: readonly (readonly PersonId[])[]): Promise<number> {
    let asked = 0;
    for (const people of groups) asked += await this.meetings.ask({ kind: 'round', communityId: round.communityId, roundId: round.id }, people);
    this.deps.log.info({ roundId: round.id, communityId: round.communityId, groups: groups.length, asked }, 'round ended; did-you-meet asked');
    return asked;
  }

  // ------------------------------------------------------------------ figures

  async figures(round: Round): Promise<RoundFigures> {
    let planned = 0;
    let met = 0;
    for (const g of round.groups) {
      const p = await this.progress(round, g.people);
      if (p.planned) planned++;
      if (p.met) met++;
    }
    return {
      key: round.key,
      startedAt: round.startedAt,
      paired: round.groups.reduce((n, g) => n + g.people.length, 0),
      groups: round.groups.length,
      planned,
      met,
      unpaired: round.unpaired.length,
    };
  }

  /**
   * Planned: a live or completed session created since the round started where two of the group
   * are among host and participants. Met: such a session both were at (`wasThere`: the host counts when a guest came).
   */
  private async progress(round: Round, people: readonly PersonId[]): Promise<GroupProgress> {
    const sessions = new Map<string, WorkoutSession>();
    for (const id of people)
      for (const s of await this.store.sessions.listForPerson(id, ['open', 'full', 'completed'], round.startedAt)) sessions.set(s.id, s);
    let planned = false;
    let met = false;
    const inIt = (s: WorkoutSession, id: PersonId) => s.hostId === id || s.participants.includes(id);
    for (const s of sessions.values()) {
      if (s.createdAt < round.startedAt || !(isLive(s) || s.status === 'completed')) continue;
      for (const a of people)
        for (const b of people) {
          if (a >= b || !inIt(s, a) || !inIt(s, b)) continue;
          planned = true;
          if (wasThere(s, a) && wasThere(s, b)) met = true;
        }
    }
    return { planned, met };
  }

  // ------------------------------------------------------------------ words' facts

  /** The reader's partners in the group, each with reasons from the reader's side and a "Find a time" button. */
  private async partners(byId: ReadonlyMap<PersonId, Profile>, me: PersonId, group: readonly PersonId[], now: Date): Promise<RoundPartner[] | null> {
    const reader = byId.get(me);
    if (!reader?.location) return null;
    const out: RoundPartner[] = [];
    for (const id of group) {
      const them = byId.get(id);
      if (id === me || !them?.location) continue;
      const match = this.matching.score(reader, them, distanceKm(reader.location, them.location), now);
      out.push({
        person: personCard(them),
        reasons: match.reasons.filter((r) => r.kind !== 'showed-up' && r.kind !== 'streak'),
        findTime: await this.actions.offer(me, { kind: 'plan', person: id }, BUTTON_TTL_HOURS),
      });
    }
    return out.length ? out : null;
  }

  private async notify(personId: PersonId, notification: Parameters<CoreDeps['notifier']['notify']>[1]): Promise<void> {
    try {
      await this.deps.notifier.notify(personId, notification);
    } catch (error) {
      this.deps.log.warn({ personId, err: (error as Error).message }, 'round notification failed');
    }
  }
}
