import { type MessageId, newId, type PersonId, type SessionId } from '../domain/ids.js';
import type { CommunityKey, UserKey } from '../domain/platform.js';
import { personCard } from '../domain/notification.js';
import type { ChatSessionCard } from '../domain/notifications/session-chat.js';
import { phrase } from '../domain/phrase.js';
import type { Profile } from '../domain/profile.js';
import { chatMembers, keptApart, type SessionChatMessage } from '../domain/session-chat.js';
import { endsAt, type WorkoutSession } from '../domain/session.js';
import { cleanText } from '../domain/text.js';
import { err, ok, type Result, userError } from '../result.js';
import type { Actions } from './actions.js';
import type { CoreDeps } from './deps.js';
import type { SchedulerHooks } from './hooks.js';
import { limitedError } from './limits.js';
import { MESSAGE_MAX } from './messaging.js';
import { SessionKit } from './sessions-kit.js';
import { atHome, ChatPlaceKeeper, elsewhere, placeCard } from './session-chat-place.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** How long after a session ends its chat still takes messages ("thanks, same time next week?"). */
export const CHAT_OPEN_AFTER_END_MS = DAY_MS;

export interface ChatPosted {
  readonly session: WorkoutSession;
  readonly message: SessionChatMessage;
}

const chatCard = (s: WorkoutSession): ChatSessionCard => ({ id: s.id, title: s.title, startsAt: s.startsAt });

/**
 * A chat for every session, for its host and seated participants only (never the waitlist). In
 * private chats it is a relay: each message goes to every other member as a notification, on
 * whichever platform they use, with Reply, Report and Block like a buddy message; it counts
 * against the same message allowance and is kept for the same retention. A pair kept apart by a
 * block never hears each other: neither their messages nor their comings and goings.
 *
 * The chat opens with the first seat (a host alone has nobody to talk to): the host and that
 * first participant are told, and so is each person seated later. Seat changes are announced to
 * the other participants; the host already hears of them from the sessions notifications.
 * Reminders reach every member one by one (src/scheduler), so the relay adds none of its own.
 *
 * Where the session is announced on a platform with places (Discord: a private thread), the
 * chat has a home there too (src/core/session-chat-place.ts): members at home talk in it and are
 * not sent relayed copies nor seat notices; the place itself announces seats and reminders.
 */
export class SessionChatService {
  private readonly kit: SessionKit;
  readonly places: ChatPlaceKeeper;

  constructor(
    private readonly deps: CoreDeps,
    private readonly actions: Actions,
  ) {
    this.kit = new SessionKit(deps, actions);
    this.places = new ChatPlaceKeeper(deps);
  }

  /**
   * `text` from me, sent with a command from inside the session chat's place `placeId` of
   * `community`: the platform hands the bot a command's words even where it can't read what is
   * written (Discord without Message Content). Posted there under my name, relayed to the others.
   */
  async say(me: Profile, community: CommunityKey, placeId: string | null | undefined, text: string): Promise<Result<ChatPosted>> {
    const place = placeId ? await this.deps.store.chatPlaces.findByPlace(community, placeId) : null;
    if (!place || place.closedAt) return err(userError('invalid-input', phrase('chat-say-error-not-in-place')));
    return this.post(me, place.sessionId, text, undefined, true);
  }

  /**
   * Relays `text` from me to every other member of the session `ref`; `replyTo` names a message
   * sent to me there. `fromPlace`: sent from inside its place, so the place shows it even when
   * nobody else is at home there.
   */
  async post(me: Profile, ref: string, text: string, replyTo?: string, fromPlace = false): Promise<Result<ChatPosted>> {
    const { store, log, settings, limits } = this.deps;
    const body = cleanText(text);
    if (!body) return err(userError('invalid-input', phrase('msg-error-empty')));
    if (body.length > MESSAGE_MAX) return err(userError('invalid-input', phrase('msg-error-too-long', { max: String(MESSAGE_MAX) })));

    const found = await this.kit.find(me, ref);
    if (!found.ok) return found;
    const s = found.value;
    const members = chatMembers(s);
    if (!members.includes(me.id))
      return err(userError('forbidden', phrase(s.waitlist.includes(me.id) ? 'session-chat-error-waitlisted' : 'session-chat-error-not-member', { title: s.title })));
    const now = this.kit.now();
    if (s.status === 'cancelled' || now.getTime() > endsAt(s).getTime() + CHAT_OPEN_AFTER_END_MS)
      return err(userError('conflict', phrase('session-chat-error-closed', { title: s.title })));
    if (members.length < 2) return err(userError('conflict', phrase('session-chat-error-alone', { title: s.title })));

    const allowed = await limits.take('message', me.id);
    if (!allowed.ok) return err(limitedError(allowed.error));

    const others = await store.people.getMany(members.filter((id) => id !== me.id));
    const recipients = others.filter((p) => !keptApart(me, p));
    const home = await this.places.current(s.id);
    const inPlace = atHome(home?.place);
    const original = replyTo ? await store.sessionChat.get(replyTo as MessageId, now) : null;
    const answered = original && original.sessionId === s.id && original.toIds.includes(me.id) ? original : null;

    const message = await this.record(s, me, recipients, { body, replyToId: answered?.id ?? null }, now, 'session chat message relayed', { reply: answered !== null });

    // Those at home in the place read it there, under the author's name.
    if (home && (fromPlace || recipients.some((p) => inPlace.has(p.id))) && !others.some((p) => inPlace.has(p.id) && keptApart(me, p)))
      await this.places.tell(home, { kind: 'message', session: placeCard(s), from: me.displayName, body });
    for (const to of recipients) if (!inPlace.has(to.id)) await this.relay(to, s, me, message, answered && answered.fromId === to.id ? answered.body : null);
    return ok({ session: s, message });
  }

  /** The scheduler's hooks, with the chat told of every seat change after the scheduler is. */
  around(inner: SchedulerHooks): SchedulerHooks {
    return {
      ...inner,
      participantJoined: async (sessionId, personId) => {
        await inner.participantJoined(sessionId, personId);
        await this.seatChanged(sessionId, personId, 'joined');
      },
      participantLeft: async (sessionId, personId) => {
        await inner.participantLeft(sessionId, personId);
        await this.seatChanged(sessionId, personId, 'left');
      },
      sessionCancelled: async (sessionId) => {
        await inner.sessionCancelled(sessionId);
        const s = await this.deps.store.sessions.get(sessionId);
        if (s) await this.places.close(s, true);
      },
    };
  }

  /**
   * A block between `me` and `them` was made or lifted: every session chat both still talk in keeps
   * the pair apart (or brings them back) at once, not at the next seat change. Only the sessions
   * they share are looked at, and only those with a place cost a platform call. Whoever is taken
   * out of a place hears the chat goes on in their private chat. Never throws: the block stands.
   */
  async blockChanged(me: PersonId, them: PersonId): Promise<void> {
    const { store, log } = this.deps;
    try {
      const now = this.kit.now().getTime();
      // A session's chat is open until a day after its end, and no session lasts a day.
      const since = new Date(now - CHAT_OPEN_AFTER_END_MS - DAY_MS);
      const shared = (await store.sessions.listForPerson(me, ['open', 'full', 'completed'], since)).filter((s) => {
        const members = chatMembers(s);
        return members.includes(me) && members.includes(them) && now <= endsAt(s).getTime() + CHAT_OPEN_AFTER_END_MS;
      });
      for (const s of shared) {
        const everyone = await store.people.getMany(chatMembers(s));
        const state = await this.places.sync(s, everyone, { open: false });
        if (!state) continue;
        for (const out of everyone.filter((p) => state.removed.includes(p.id))) {
          const ttl = Math.max(1, Math.ceil((endsAt(s).getTime() + CHAT_OPEN_AFTER_END_MS - now) / HOUR_MS));
          await this.kit.notify(out.id, {
            kind: 'session-chat-opened',
            session: chatCard(s),
            members: everyone.filter((p) => p.id !== out.id && !keptApart(out, p)).map((p) => p.displayName),
            write: await this.actions.offer(out.id, { kind: 'session-chat', session: s.id }, ttl),
          });
        }
      }
    } catch (error) {
      log.warn({ err: (error as Error).message }, 'session chat places not kept in step with a block');
    }
  }

  /** Tells the chat someone got or gave up a seat; never throws (a hook never fails the command). */
  private async seatChanged(sessionId: SessionId, personId: PersonId, change: 'joined' | 'left'): Promise<void> {
    try {
      const s = await this.deps.store.sessions.get(sessionId);
      if (!s) return;
      const everyone = await this.deps.store.people.getMany(chatMembers(s));
      // The place follows the seats first (an erased person is taken out too).
      const state = await this.places.sync(s, everyone);
      const home = atHome(state?.place);
      // Someone who left Spotter altogether is not announced: the erasure notices say what matters.
      const person = everyone.find((p) => p.id === personId) ?? (await this.deps.store.people.get(personId));
      if (!person) return;
      const members = everyone.filter((p) => p.id !== personId);
      const card = chatCard(s);
      const ttl = Math.max(1, Math.ceil((endsAt(s).getTime() + CHAT_OPEN_AFTER_END_MS - this.kit.now().getTime()) / HOUR_MS));
      const namesFor = (viewer: Profile, people: readonly Profile[]) => people.filter((p) => p.id !== viewer.id && !keptApart(viewer, p)).map((p) => p.displayName);
      if (state) {
        const mention = (ids: readonly PersonId[]) => state.place.members.filter((m) => ids.includes(m.personId)).map((m) => m.userId);
        if (state.opened) await this.places.tell(state, { kind: 'opened', session: placeCard(s), mention: mention([...home]), board: state.board });
        // Nobody at home there is kept apart from them (else their comings and goings stay unsaid there).
        else if (!members.some((p) => home.has(p.id) && keptApart(p, person)))
          await this.places.tell(state, { kind: 'seat', session: placeCard(s), who: state.board ? null : person.displayName, change, mention: change === 'joined' ? mention([person.id]) : [] });
        // Once, when the first member on another platform arrives: how the place reaches them.
        const away = state.board ? [] : elsewhere(state, everyone);
        if (away.length > 0 && (state.opened || (change === 'joined' && away.length === 1 && away[0]!.id === person.id)))
          await this.places.tell(state, { kind: 'elsewhere', session: placeCard(s) });
      }
      if (change === 'joined') {
        if (!home.has(person.id))
          await this.kit.notify(person.id, {
            kind: 'session-chat-opened',
            session: card,
            members: namesFor(person, members),
            write: await this.actions.offer(person.id, { kind: 'session-chat', session: s.id }, ttl),
          });
        const host = members.find((p) => p.id === s.hostId);
        // The first seat opens the chat for the host too.
        if (host && s.participants.length === 1 && !keptApart(host, person) && !home.has(host.id))
          await this.kit.notify(host.id, {
            kind: 'session-chat-opened',
            session: card,
            members: namesFor(host, [person]),
            write: await this.actions.offer(host.id, { kind: 'session-chat', session: s.id }, ttl),
          });
      }
      for (const other of members) {
        if (other.id === s.hostId || home.has(other.id) || keptApart(other, person)) continue;
        await this.kit.notify(other.id, { kind: 'session-chat-seat', session: card, who: person.displayName, change });
      }
    } catch (error) {
      this.deps.log.warn({ sessionId, err: (error as Error).message }, 'session chat seat notice failed');
    }
  }

  /**
   * Someone wrote in a session's place on its platform (`author`, in `community`'s place
   * `placeId`): relayed to the members who are not there (another platform, or kept apart from
   * someone there), never to anyone kept apart from the author. What the place's own members
   * write is theirs; only a member let in by Spotter is relayed, within the message allowance.
   */
  async fromPlace(community: CommunityKey, placeId: string, author: UserKey, text: string): Promise<void> {
    const { store, log, settings, limits } = this.deps;
    const place = await store.chatPlaces.findByPlace(community, placeId);
    const body = cleanText(text);
    if (!place || place.closedAt || !body) return;
    const [s, me] = await Promise.all([store.sessions.get(place.sessionId), store.people.findByIdentity(author)]);
    if (!s || !me || !place.members.some((m) => m.personId === me.id) || !chatMembers(s).includes(me.id)) return;
    const inPlace = atHome(place);
    const recipients = (await store.people.getMany(chatMembers(s).filter((id) => !inPlace.has(id)))).filter((p) => !keptApart(me, p));
    if (recipients.length === 0) return;
    const allowed = await limits.take('message', me.id);
    if (!allowed.ok) {
      log.info({ sessionId: s.id }, 'session chat place message not relayed: over the allowance');
      return;
    }
    const now = this.kit.now();
    const message = await this.record(s, me, recipients, { body: body.slice(0, MESSAGE_MAX), replyToId: null }, now, 'session chat place message relayed');
    for (const to of recipients) await this.relay(to, s, me, message, null);
  }

  /** Keeps a message for its recipients until the retention limit, and logs that it went out (`what`, `fields`). */
  private async record(
    s: WorkoutSession,
    me: Profile,
    recipients: readonly Profile[],
    text: Pick<SessionChatMessage, 'body' | 'replyToId'>,
    now: Date,
    what: string,
    fields: Readonly<Record<string, unknown>> = {},
  ): Promise<SessionChatMessage> {
    const { store, log, settings } = this.deps;
    const message: SessionChatMessage = {
      id: newId<MessageId>(),
      sessionId: s.id,
      fromId: me.id,
      toIds: recipients.map((p) => p.id),
      body: text.body,
      replyToId: text.replyToId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + settings.messageRetentionDays * DAY_MS),
    };
    await store.sessionChat.insert(message);
    log.info({ messageId: message.id, sessionId: s.id, recipients: recipients.length, ...fields }, what);
    return message;
  }

  /** One relayed copy, with Reply, Report and Block for its reader. */
  private async relay(to: Profile, s: WorkoutSession, me: Profile, message: SessionChatMessage, answered: string | null): Promise<void> {
    await this.deps.notifier.notify(to.id, {
      kind: 'session-chat-message',
      session: chatCard(s),
      from: personCard(me),
      body: message.body,
      answered,
      reply: await this.actions.offer(to.id, { kind: 'session-chat', session: s.id, 'reply-to': message.id }),
      report: await this.actions.offer(to.id, { kind: 'report', message: message.id }),
      block: await this.actions.offer(to.id, { kind: 'block', person: me.id }),
    });
  }

  /** A reminder of `s` went out: the place says it too; never throws. */
  async reminded(s: WorkoutSession, leadMinutes: number): Promise<void> {
    try {
      await this.places.tell(await this.places.current(s.id), { kind: 'reminder', session: placeCard(s), leadMinutes });
    } catch (error) {
      this.deps.log.warn({ sessionId: s.id, err: (error as Error).message }, 'session chat place notice failed');
    }
  }

  /**
   * `s` ended CHAT_OPEN_AFTER_END_MS ago (the caller, the completion job, checked): its place is
   * locked (the relay closes by itself, see `post`).
   */
  async closeAfter(s: WorkoutSession): Promise<void> {
    await this.places.close(s, s.status === 'cancelled');
  }
}
