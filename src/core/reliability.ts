/**
 * How sessions' outcomes move a person's record, and what three no-shows in a row do: a pause of
 * a week from matching, match alerts and new join requests, told to the person privately with an
 * appeal to the moderators of the community the last missed session belonged to.
 */
import type { CommunityId, PersonId } from '../domain/ids.js';
import { ACTIVITY_BUMP_MS, activeSince, INACTIVE_DAYS, type NoShowPause, pausedAt } from '../domain/profile.js';
import { outcomeOf, type WorkoutSession } from '../domain/session.js';
import { takesPart } from '../domain/session-live.js';
import type { CheckInChange } from '../store/port.js';
import type { SessionKit } from './sessions-kit.js';

/** No-shows in a row that pause a person. */
export const NO_SHOWS_TO_PAUSE = 3;
export const PAUSE_DAYS = 7;
const DAY_MS = 86_400_000;

export class Reliability {
  constructor(private readonly kit: SessionKit) {}

  private get store() {
    return this.kit.deps.store;
  }

  /**
   * Counts how one answer moved the person's outcome at `session`: once per occurrence (a first
   * outcome adds, a correction moves the count, the same outcome again does nothing). A miss may
   * pause them.
   */
  async count(personId: PersonId, change: CheckInChange, session: WorkoutSession): Promise<void> {
    if (change.after === null || change.before === change.after) return;
    await this.store.people.recordAttendance(personId, change.after, change.before ?? undefined);
    // Taking part in a session is using Spotter: it keeps the person in matches.
    if (change.after) await this.store.people.touch(personId, this.kit.now(), ACTIVITY_BUMP_MS);
    if (change.after === false) await this.pauseIfGhosting(personId, session.communityId);
  }

  /**
   * The person's last sessions with a known outcome (seated, or hosting and said so), newest first: when the last three were all
   * missed, a pause starts (unless one holds already). Sessions nobody answered for don't break
   * or extend a run: only what was said counts.
   */
  private async pauseIfGhosting(personId: PersonId, communityId: CommunityId | null): Promise<void> {
    const now = this.kit.now();
    const person = await this.store.people.get(personId);
    if (!person || pausedAt(person, now)) return;
    const since = person.noShowPause?.since ?? new Date(0);
    const held = (await this.store.sessions.listForPerson(personId, ['completed'], new Date(0)))
      .filter((s) => takesPart(s, personId) && s.startsAt >= since && outcomeOf(s, personId) !== null)
      .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime())
      .slice(0, NO_SHOWS_TO_PAUSE);
    // Misses counted towards an earlier pause don't count again: the run starts after it.
    if (held.length < NO_SHOWS_TO_PAUSE || held.some((s) => outcomeOf(s, personId) !== false)) return;
    const pause: NoShowPause = { since: now, until: new Date(now.getTime() + PAUSE_DAYS * DAY_MS), communityId, ended: false };
    await this.store.people.update(personId, { noShowPause: pause }, now);
    const appeal = communityId ? await this.kit.actions.offer(personId, { kind: 'attendance-appeal' }, PAUSE_DAYS * 24) : null;
    await this.kit.notify(personId, { kind: 'attendance-paused', until: pause.until, missed: NO_SHOWS_TO_PAUSE, appeal });
    await this.kit.hooks.profileChanged(personId);
    this.kit.deps.log.info({ personId, until: pause.until.toISOString() }, 'paused after no-shows');
  }

  /**
   * Ends the person's pause if it is the one that ran `until` (or any, without `until`): a
   * moderator cleared the appeal, or its week is over. True when this call ended it, so exactly
   * one of the two tells the person.
   */
  async lift(personId: PersonId, how: 'over' | 'cleared', until?: Date): Promise<boolean> {
    const now = this.kit.now();
    const person = await this.store.people.get(personId);
    const pause = person?.noShowPause;
    if (!pause || pause.ended || (until && pause.until.getTime() !== until.getTime())) return false;
    const ended = await this.store.people.endPause(personId, pause.until, now);
    if (!ended) return false;
    await this.kit.notify(personId, { kind: how === 'over' ? 'attendance-pause-over' : 'attendance-pause-cleared' });
    await this.kit.hooks.profileChanged(personId);
    return true;
  }

  /**
   * Daily: people inactive for INACTIVE_DAYS who were not told yet are told once (marked in the
   * same step). They are already out of matches and alerts by the store's filter; their next
   * command brings them back (`PeopleService.identify` bumps `lastActiveAt`).
   */
  async sweepInactive(batch: number): Promise<number> {
    const now = this.kit.now();
    let told = 0;
    for (;;) {
      const people = await this.store.people.takeNewlyInactive(activeSince(now), now, batch);
      for (const p of people) await this.kit.notify(p.id, { kind: 'attendance-inactive', days: INACTIVE_DAYS });
      told += people.length;
      if (people.length < batch) return told;
    }
  }
}
