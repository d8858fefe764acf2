/**
 * "Did you two train together?" A week after two people connect (and at the end of a pairing
 * round, which calls `ask`), each is asked privately: yes / not yet / it didn't work out. "Not
 * yet" asks once more a week later, then never again. "It didn't work out" ends a connection
 * quietly: the other person is told nothing at all (as with /disconnect), they simply no longer
 * see each other as buddies; a reason is never stored or shown. Mutual yeses count for buddy
 * streaks (src/core/buddy-streaks.ts).
 */
import type { ConnectionId, PersonId } from '../domain/ids.js';
import { MEETING_ASKS, type MeetingAnswer, type MeetingQuestion, type MeetingSource, sourceKey } from '../domain/meeting.js';
import { personCard } from '../domain/notification.js';
import { phrase } from '../domain/phrase.js';
import type { Profile } from '../domain/profile.js';
import type { RoundId } from '../domain/rounds.js';
import { wasThere } from '../domain/session.js';
import { err, ok, type Result, userError } from '../result.js';
import { otherParty } from '../domain/social.js';
import type { Actions } from './actions.js';
import { type BuddyStreak, buddyStreaks, type NamedBuddyStreak } from './buddy-streaks.js';
import type { CoreDeps } from './deps.js';

const DAY_MS = 86_400_000;
/** Days after connecting before the first asking, and between "not yet" and the second. */
export const MEETING_DELAY_DAYS = 7;
/** Who can be asked about one occasion: a pair, or a round's trio. */
const MAX_ASKED = 3;
/** Buttons stay good until well past the second asking. */
const BUTTON_HOURS = 24 * (2 * MEETING_DELAY_DAYS + 7);

export type MeetingAnswerOutcome =
  /** `together`: everyone asked about it has said yes now. */
  | { readonly answer: 'yes'; readonly with: readonly Profile[]; readonly together: boolean }
  /** `askAgain`: they will be asked once more in `MEETING_DELAY_DAYS`; false after the last asking. */
  | { readonly answer: 'not-yet'; readonly with: readonly Profile[]; readonly askAgain: boolean; readonly days: number }
  /** `ended`: the buddy connection it was about ended here. */
  | { readonly answer: 'no'; readonly with: readonly Profile[]; readonly ended: boolean };

export class MeetingsService {
  constructor(
    private readonly deps: CoreDeps,
    private readonly actions: Actions,
  ) {}

  /**
   * THE way to ask "did you meet?": each of `people` (two or three) is asked privately about the
   * others, once per source; someone already asked is skipped. Returns how many were asked now.
   * Pairing rounds call this at round end with `{ kind: 'round', communityId, roundId }`.
   */
  async ask(source: MeetingSource, people: readonly PersonId[]): Promise<number> {
    const { store, clock, log } = this.deps;
    const distinct = [...new Set(people)];
    // A pair or a trio: anything larger is a caller's mistake, and asking a crowd would spam it.
    if (distinct.length > MAX_ASKED) {
      log.warn({ source: sourceKey(source), people: distinct.length }, 'meeting question refused: more than three people');
      return 0;
    }
    const everyone = await store.people.getMany(distinct);
    // Someone who left Spotter since is not asked; alone, nobody is.
    if (everyone.length < 2) return 0;
    const key = sourceKey(source);
    let asked = 0;
    for (const me of everyone) {
      const others = everyone.filter((p) => p.id !== me.id);
      const question: MeetingQuestion = {
        sourceKey: key,
        source,
        personId: me.id,
        others: others.map((p) => p.id),
        ask: 1,
        askedAt: clock(),
        answer: null,
        answeredAt: null,
      };
      if (!(await store.meetings.ask(question))) continue;
      await this.send(question, others);
      asked++;
    }
    log.info({ source: key, asked }, 'meeting question asked');
    return asked;
  }

  /** Every answer given for a source (a round's "met" figure), by person id. */
  answersOf(source: MeetingSource): Promise<MeetingQuestion[]> {
    return this.deps.store.meetings.forSources([sourceKey(source)]);
  }

  /** The first asking for a buddy connection, if the two are still buddies (the scheduled job). */
  async askConnection(connectionId: ConnectionId): Promise<number> {
    const c = await this.deps.store.connections.get(connectionId);
    if (c?.status !== 'accepted') return 0;
    return this.ask({ kind: 'connection', connectionId }, [c.requesterId, c.addresseeId]);
  }

  /** The second asking of someone who said "not yet", if the occasion still stands (the scheduled job). */
  async askAgain(key: string, personId: PersonId): Promise<boolean> {
    const { store, clock } = this.deps;
    const current = await store.meetings.get(key, personId);
    if (!current || !(await this.stillStands(current.source))) return false;
    const again = await store.meetings.reask(key, personId, current.ask, clock());
    if (!again) return false;
    await this.send(again, await store.people.getMany(again.others));
    return true;
  }

  /** My answer to the question I was asked about `key` (from its buttons); each asking counts once. */
  async answer(me: Profile, key: string, answer: MeetingAnswer): Promise<Result<MeetingAnswerOutcome>> {
    const { store, clock, hooks, log } = this.deps;
    const current = await store.meetings.get(key, me.id);
    if (!current) return err(userError('not-found', phrase('meeting-error-not-asked')));
    const done = await store.meetings.answer(key, me.id, current.ask, answer, clock());
    if (!done) return err(userError('conflict', phrase('meeting-error-answered')));
    const others = await store.people.getMany(done.others);
    log.info({ source: key, answer, ask: done.ask }, 'meeting question answered');
    if (answer === 'yes') {
      const all = await store.meetings.forSources([key]);
      if (done.source.kind === 'round') await this.creditRoundMeeting(done.source, me.id, all);
      return ok({ answer, with: others, together: all.length >= 2 && all.every((q) => q.answer === 'yes') });
    }
    if (answer === 'not-yet') {
      const askAgain = done.ask < MEETING_ASKS;
      if (askAgain) await hooks?.meetingAskAgain(key, me.id, new Date(clock().getTime() + MEETING_DELAY_DAYS * DAY_MS));
      return ok({ answer, with: others, askAgain, days: MEETING_DELAY_DAYS });
    }
    return ok({ answer, with: others, ended: await this.endQuietly(done.source) });
  }

  /** My buddy streak with each of these buddies, in weeks of my own zone. */
  streaksWith(me: Profile, buddies: readonly PersonId[]): Promise<BuddyStreak[]> {
    return buddyStreaks(this.deps.store, me.id, buddies, this.deps.clock(), me.timeZone);
  }

  /** My buddies I have trained with, best current streak first (then best ever, then name). */
  async streaks(me: Profile): Promise<NamedBuddyStreak[]> {
    const { store } = this.deps;
    const buddies = (await store.connections.listForPerson(me.id)).filter((c) => c.status === 'accepted').map((c) => otherParty(c, me.id));
    const people = new Map((await store.people.getMany(buddies)).map((p) => [p.id, p] as const));
    return (await this.streaksWith(me, [...people.keys()]))
      .filter((s) => s.weeks > 0)
      .map((s) => ({ ...s, name: people.get(s.buddyId)?.displayName ?? '' }))
      .sort((a, b) => b.current - a.current || b.best - a.best || a.name.localeCompare(b.name));
  }

  /**
   * A round pair that met is a kept promise, and counts toward reliability like a session attended:
   * when my yes meets another's yes, each of us is counted once — unless a shared session since the
   * round began already counted it (both were there). A lone yes, "not yet" and "no" count nothing:
   * one person's word can't make another a no-show.
   */
  private async creditRoundMeeting(source: Extract<MeetingSource, { kind: 'round' }>, me: PersonId, all: readonly MeetingQuestion[]): Promise<void> {
    const { store, log } = this.deps;
    const yes = all.filter((q) => q.answer === 'yes').map((q) => q.personId);
    const others = yes.filter((p) => p !== me);
    if (others.length === 0) return;
    // With exactly one yes before mine, that person had no partner's yes yet: they count now too.
    const credit = others.length === 1 ? [me, others[0]!] : [me];
    const round = await store.rounds.get(source.roundId as RoundId);
    const since = round?.startedAt ?? new Date(0);
    for (const person of credit) {
      let counted = false;
      for (const partner of yes.filter((p) => p !== person))
        if ((await store.sessions.sharedBy(person, partner)).some((s) => s.startsAt >= since && wasThere(s, person) && wasThere(s, partner))) counted = true;
      if (counted) continue;
      await store.people.recordAttendance(person, true);
      log.info({ source: sourceKey(source), personId: person }, 'round meeting counted toward reliability');
    }
  }

  /** "It didn't work out" about a connection: it is removed, and nobody is told. */
  private async endQuietly(source: MeetingSource): Promise<boolean> {
    if (source.kind !== 'connection') return false;
    const c = await this.deps.store.connections.get(source.connectionId);
    if (c?.status !== 'accepted') return false;
    const ended = await this.deps.store.connections.delete(c.id);
    if (ended) this.deps.log.info({ connectionId: c.id }, 'buddy connection ended after "did you meet?"');
    return ended;
  }

  /** A connection that ended (declined, disconnected, blocked) asks nobody any more. */
  private async stillStands(source: MeetingSource): Promise<boolean> {
    if (source.kind !== 'connection') return true;
    return (await this.deps.store.connections.get(source.connectionId))?.status === 'accepted';
  }

  private async send(q: MeetingQuestion, others: readonly Profile[]): Promise<void> {
    const button = (answer: MeetingAnswer) => this.actions.offer(q.personId, { kind: 'met', question: q.sourceKey, answer }, BUTTON_HOURS);
    try {
      await this.deps.notifier.notify(q.personId, {
        kind: 'meeting-question',
        with: others.map(personCard),
        source: q.source.kind,
        ask: q.ask,
        yes: await button('yes'),
        notYet: await button('not-yet'),
        no: await button('no'),
      });
    } catch (error) {
      this.deps.log.warn({ personId: q.personId, err: (error as Error).message }, 'meeting question not sent');
    }
  }
}
