import type { Community } from '../domain/community.js';
import { needsStop } from '../domain/names.js';
import { at, phrase } from '../domain/phrase.js';
import { type ConnectionId, newId, type PersonId } from '../domain/ids.js';
import type { Profile } from '../domain/profile.js';
import { personCard } from '../domain/notification.js';
import { type Connection, otherParty, pairKey } from '../domain/social.js';
import { cleanText, clip } from '../domain/text.js';
import { err, ok, type Result, type UserError, userError } from '../result.js';
import { StoreConflict } from '../store/port.js';
import { limitedError } from './limits.js';
import type { Actions } from './actions.js';
import type { CoreDeps } from './deps.js';
import { DECLINE_COOLDOWN_DAYS } from './matching.js';
import { bannedFrom, isBannedFrom } from './moderation-rules.js';

const DAY_MS = 86_400_000;
export const CONNECT_MESSAGE_MAX = 200;

/** One wording for every refusal that must not say why (a block, a ban): nothing is revealed. */
export const CANT_CONNECT: UserError = userError('forbidden', phrase('buddy-error-cant-connect'));

export type ConnectOutcome =
  /** The request was sent and the other person notified. */
  | { readonly kind: 'requested'; readonly person: Profile }
  /** They had already asked me: nothing new was stored, I can answer their request. */
  | { readonly kind: 'incoming'; readonly person: Profile };

export interface BuddyList {
  /** People who asked me and wait for my answer, oldest first. */
  readonly incoming: readonly Profile[];
  readonly buddies: readonly Profile[];
  /** People I asked who have not answered yet. */
  readonly outgoing: readonly Profile[];
  readonly blocked: readonly Profile[];
}

/** Buddy connections and blocking. */
export class BuddiesService {
  /**
   * `blockChanged`: told after a block is made or lifted, so session chats the pair share follow
   * at once (src/core/session-chat.ts); it never throws.
   */
  constructor(
    private readonly deps: CoreDeps,
    private readonly actions: Actions,
    private readonly blockChanged: (me: PersonId, them: PersonId) => Promise<void> = async () => {},
  ) {}

  /** "2" (the second person of my last list) or a person id → that person. */
  async resolvePerson(me: Profile, ref: string): Promise<Result<Profile>> {
    const id = await this.actions.resolveRef(me.id, ['buddies', 'matches'], ref);
    const person = id ? await this.deps.store.people.get(id as PersonId) : null;
    if (person) return ok(person);
    const numbered = /^#?\d{1,3}$/.test(ref.trim());
    return err(
      userError(
        'not-found',
        numbered
          ? phrase('buddy-error-no-number', { number: ref.trim().replace(/^#/, '') })
          : phrase('buddy-error-person-not-found'),
      ),
    );
  }

  /** Whether either of the two has blocked the other (read fresh from the store). */
  async isBlockedEitherWay(a: PersonId, b: PersonId): Promise<boolean> {
    const [pa, pb] = await Promise.all([this.deps.store.people.get(a), this.deps.store.people.get(b)]);
    return Boolean(pa?.blocked.includes(b) || pb?.blocked.includes(a));
  }

  /** The accepted connection between the two, if they are buddies. */
  async buddyConnection(a: PersonId, b: PersonId): Promise<Connection | null> {
    const c = await this.deps.store.connections.findPair(a, b);
    return c?.status === 'accepted' ? c : null;
  }

  /** Asks `ref` to be my buddy; they get Accept / Decline buttons that only they can press. */
  async request(me: Profile, community: Community | null, ref: string, message?: string): Promise<Result<ConnectOutcome>> {
    const { store, clock, notifier, log } = this.deps;
    if (isBannedFrom(community, me)) return err(bannedFrom(community));
    const found = await this.resolvePerson(me, ref);
    if (!found.ok) return found;
    const them = found.value;
    if (them.id === me.id) return err(userError('invalid-input', phrase('buddy-error-self')));
    if (me.blocked.includes(them.id) || them.blocked.includes(me.id) || isBannedFrom(community, them)) return err(CANT_CONNECT);
    const note = clip(cleanText(message ?? ''), CONNECT_MESSAGE_MAX);
    const now = clock();

    const existing = await store.connections.findPair(me.id, them.id);
    const blocking = existing ? this.existingRefusal(existing, me, them, now) : null;
    if (blocking) return blocking;
    // Only a request that would be sent counts; a refused one changes nothing.
    const allowed = await this.deps.limits.take('connect', me.id);
    if (!allowed.ok) return err(limitedError(allowed.error));
    // A declined pair past its cooldown, or one I declined myself: a fresh request replaces it.
    if (existing) await store.connections.delete(existing.id);

    const connection: Connection = {
      id: newId<ConnectionId>(),
      pair: pairKey(me.id, them.id),
      requesterId: me.id,
      addresseeId: them.id,
      status: 'requested',
      createdAt: now,
      respondedAt: null,
    };
    try {
      await store.connections.insert(connection);
    } catch (error) {
      if (error instanceof StoreConflict && error.rule === 'connection-pair')
        return err(userError('conflict', phrase('buddy-error-already-pending-or-connected', { name: them.displayName, dot: needsStop(them.displayName) })));
      throw error;
    }
    log.info({ connectionId: connection.id }, 'buddy request sent');
    await notifier.notify(them.id, {
      kind: 'buddy-request',
      from: personCard(me),
      note,
      accept: await this.actions.offer(them.id, { kind: 'buddy-accept', person: me.id }),
      decline: await this.actions.offer(them.id, { kind: 'buddy-decline', person: me.id }),
    });
    return ok({ kind: 'requested', person: them });
  }

  /** Why an existing pair stops a new request, or null when a new request may replace it. */
  private existingRefusal(c: Connection, me: Profile, them: Profile, now: Date): Result<ConnectOutcome> | null {
    if (c.status === 'accepted') return err(userError('conflict', phrase('buddy-error-already-buddies-say-hi', { name: them.displayName })));
    if (c.status === 'requested') {
      if (c.requesterId === them.id) return ok({ kind: 'incoming', person: them });
      return err(userError('conflict', phrase('buddy-error-still-pending', { name: them.displayName })));
    }
    // Declined: the person who was declined waits out the cooldown; the one who declined may ask.
    if (c.requesterId !== me.id) return null;
    const until = new Date((c.respondedAt ?? c.createdAt).getTime() + DECLINE_COOLDOWN_DAYS * DAY_MS);
    if (now < until)
      return err(userError('conflict', phrase('buddy-error-declined-cooldown', { name: them.displayName, until: at(until, 'f') })));
    return null;
  }

  /** Accepts the pending request `ref` sent me; the requester is told. */
  async accept(me: Profile, ref: string): Promise<Result<Profile>> {
    return this.answer(me, ref, 'accepted');
  }

  /** Declines the pending request `ref` sent me; the requester is told and waits out the cooldown. */
  async decline(me: Profile, ref: string): Promise<Result<Profile>> {
    return this.answer(me, ref, 'declined');
  }

  private async answer(me: Profile, ref: string, to: 'accepted' | 'declined'): Promise<Result<Profile>> {
    const { store, clock, notifier, log } = this.deps;
    const found = await this.resolvePerson(me, ref);
    if (!found.ok) return found;
    const them = found.value;
    const pending = await store.connections.findPair(me.id, them.id);
    if (pending?.status === 'accepted') return err(userError('conflict', phrase('buddy-error-already-buddies', { name: them.displayName })));
    const notOpen = err(userError('not-found', phrase('buddy-error-no-open-request', { name: them.displayName, dot: needsStop(them.displayName) })));
    if (!pending || pending.status !== 'requested' || pending.addresseeId !== me.id) return notOpen;
    const done = await store.connections.transition(pending.id, ['requested'], to, clock());
    if (!done) return notOpen;
    log.info({ connectionId: done.id, status: to }, 'buddy request answered');
    if (to === 'accepted') {
      await this.deps.hooks?.connectionAccepted(done.id);
      const message = await this.actions.offer(them.id, { kind: 'msg', person: me.id });
      await notifier.notify(them.id, { kind: 'buddy-accepted', by: personCard(me), message });
    } else {
      await notifier.notify(them.id, { kind: 'buddy-declined', by: personCard(me) });
    }
    return ok(them);
  }

  /** Ends a connection or withdraws a request, in either direction. The other person is not told. */
  async disconnect(me: Profile, ref: string): Promise<Result<{ person: Profile; was: Connection['status'] }>> {
    const { store, log } = this.deps;
    const found = await this.resolvePerson(me, ref);
    if (!found.ok) return found;
    const them = found.value;
    const c = await store.connections.findPair(me.id, them.id);
    if (!c || c.status === 'declined') return err(userError('not-found', phrase('buddy-error-not-connected', { name: them.displayName, dot: needsStop(them.displayName) })));
    await store.connections.delete(c.id);
    log.info({ connectionId: c.id }, 'buddy connection removed');
    return ok({ person: them, was: c.status });
  }

  /**
   * Blocks `ref`, silently and both ways, at once: any connection or request between us is
   * dropped; from now on neither can connect to or message the other, and matching hides each
   * from the other. The blocked person is never told.
   */
  async block(me: Profile, ref: string): Promise<Result<Profile>> {
    const { store, log } = this.deps;
    const found = await this.resolvePerson(me, ref);
    if (!found.ok) return found;
    const them = found.value;
    if (them.id === me.id) return err(userError('invalid-input', phrase('buddy-error-block-self')));
    await store.people.addToSet(me.id, 'blocked', them.id);
    const c = await store.connections.findPair(me.id, them.id);
    if (c) await store.connections.delete(c.id);
    log.info({ personId: me.id }, 'person blocked');
    await this.blockChanged(me.id, them.id);
    return ok(them);
  }

  async unblock(me: Profile, ref: string): Promise<Result<Profile>> {
    const found = await this.resolvePerson(me, ref);
    if (!found.ok) return found;
    const them = found.value;
    if (!me.blocked.includes(them.id)) return err(userError('not-found', phrase('buddy-error-not-blocked', { name: them.displayName })));
    await this.deps.store.people.pull(me.id, 'blocked', them.id);
    await this.blockChanged(me.id, them.id);
    return ok(them);
  }

  /** My requests, buddies and blocks (declined pairs are not shown). */
  async list(me: Profile): Promise<BuddyList> {
    const { store } = this.deps;
    const connections = (await store.connections.listForPerson(me.id)).filter((c) => c.status !== 'declined');
    const ids = [...new Set([...connections.map((c) => otherParty(c, me.id)), ...me.blocked])];
    const people = new Map((await store.people.getMany(ids)).map((p) => [p.id, p] as const));
    const pick = (filter: (c: Connection) => boolean) =>
      connections.filter(filter).flatMap((c) => {
        const p = people.get(otherParty(c, me.id));
        return p && !me.blocked.includes(p.id) ? [p] : [];
      });
    return {
      incoming: pick((c) => c.status === 'requested' && c.addresseeId === me.id),
      buddies: pick((c) => c.status === 'accepted'),
      outgoing: pick((c) => c.status === 'requested' && c.requesterId === me.id),
      blocked: me.blocked.flatMap((id) => people.get(id) ?? []),
    };
  }
}
