import type { Community } from '../domain/community.js';
import type { PersonId } from '../domain/ids.js';
import { bestHandleFits, type Handle, handleFit, writtenAsHandle } from '../domain/handles.js';
import { bestFits, nameFit } from '../domain/name-search.js';
import { userKey } from '../domain/platform.js';
import type { Profile } from '../domain/profile.js';
import { type ListKind, looksLikeId } from '../domain/refs.js';
import { type JoinRequestStatus, otherParty } from '../domain/social.js';
import type { Actions } from './actions.js';
import type { CoreDeps } from './deps.js';
import type { ListRefs } from './list-refs.js';

const DAY_MS = 86_400_000;
/** Sessions this far back still count as having dealt with their people. */
const SESSIONS_BACK_DAYS = 90;
/** A moderator names members among at most this many of the community's most recently active. */
const MEMBERS_MAX = 2_000;
const REPORTS_MAX = 200;
const REQUEST_STATUSES: readonly JoinRequestStatus[] = ['pending', 'accepted', 'declined', 'withdrawn', 'expired'];
/** A Discord user mention as the client writes it: `<@123…>` or the older `<@!123…>`. */
const DISCORD_MENTION = /^<@!?(\d{5,25})>$/;

export type PersonLookup =
  | { readonly kind: 'found'; readonly person: Profile }
  /** Several people fit: the asker picks one; `handles` holds the handle that fit, for those found by one. */
  | { readonly kind: 'several'; readonly people: readonly Profile[]; readonly handles: ReadonlyMap<PersonId, Handle> }
  /** Nobody the asker has dealt with fits: the same answer for a typo and for a stranger's name. */
  | { readonly kind: 'not-found' }
  /** A number no list of the option's kinds showed. */
  | { readonly kind: 'unshown'; readonly number: number; readonly list: ListKind };

/** Who is asking, and where: a moderator of the community can also name its members. */
export interface Asker {
  readonly me: Profile;
  readonly community: Community | null;
  readonly moderator: boolean;
}

/**
 * Finding a person by what the asker typed: a number from a list they were shown, an id (from a
 * button), a Discord mention, a name or a platform handle ("@ben_p"). Names and handles are looked
 * up only among the people the asker has dealt with, so there is no directory: a stranger's name
 * or handle finds nobody, exactly like a typo.
 */
export class PeopleLookup {
  constructor(
    private readonly deps: CoreDeps,
    private readonly actions: Actions,
    private readonly lists: ListRefs,
  ) {}

  async find(asker: Asker, text: string, kinds: readonly ListKind[]): Promise<PersonLookup> {
    const { store } = this.deps;
    const ref = await this.lists.item(asker.me, asker.community, text, kinds);
    if (ref.kind === 'unshown') return ref;
    if (ref.kind === 'item') {
      const person = await store.people.get(ref.id as PersonId);
      return person ? { kind: 'found', person } : { kind: 'not-found' };
    }
    // Buttons carry ids; an id is unguessable, so it names its person without a directory.
    if (looksLikeId(ref.text)) {
      const person = await store.people.get(ref.text as PersonId);
      if (person) return { kind: 'found', person };
    }
    const circle = await this.circle(asker);
    const mention = DISCORD_MENTION.exec(ref.text);
    if (mention) {
      const person = await store.people.findByIdentity(userKey('discord', mention[1]!));
      return person && circle.some((p) => p.id === person.id) ? { kind: 'found', person } : { kind: 'not-found' };
    }
    const { people, handles } = this.fitting(ref.text, circle);
    if (people.length === 0) return { kind: 'not-found' };
    return people.length === 1 ? { kind: 'found', person: people[0]! } : { kind: 'several', people, handles };
  }

  /**
   * The people of the circle a typed name or handle fits. "@ben" is looked up among handles and
   * display names alike, and both kinds of fit are offered (a handle that fits one person and a
   * name that fits another make a choice, not a guess); a plain "ben_p" tries handles only when
   * no display name fits, so a name typed as always finds what it found before.
   */
  private fitting(text: string, circle: readonly Profile[]): { people: Profile[]; handles: Map<PersonId, Handle> } {
    const byName = bestFits(text, circle, (p) => p.displayName);
    const byHandle = writtenAsHandle(text) || byName.length === 0 ? bestHandleFits(text, circle) : [];
    const handles = new Map(byHandle.map((f) => [f.item.id, f.handle] as const));
    const people = [...new Map([...byHandle.map((f) => f.item), ...byName].map((p) => [p.id, p] as const)).values()];
    return { people, handles };
  }

  /** People whose name (or, typed with "@", handle) starts with what is typed so far (Discord autocomplete), the asker's circle only. */
  async suggest(asker: Asker, partial: string): Promise<Profile[]> {
    const circle = await this.circle(asker);
    if (!partial.trim()) return circle;
    return circle.filter((p) => nameFit(partial, p.displayName) !== null || (writtenAsHandle(partial) && p.handles.some((h) => handleFit(partial, h.handle) !== null)));
  }

  /**
   * Everyone the asker has dealt with: buddies and buddy requests either way, people they
   * blocked, their last match list, the hosts, participants, waitlisted and requesters of their
   * sessions of the last months; for a moderator, the people of the community's open reports and
   * its members. Never the asker.
   */
  async circle(asker: Asker): Promise<Profile[]> {
    const { store, clock } = this.deps;
    const { me } = asker;
    const ids = new Set<PersonId>(me.blocked);
    for (const c of await store.connections.listForPerson(me.id)) ids.add(otherParty(c, me.id));
    const matches = await this.actions.lastList(me.id, ['matches']);
    for (const id of matches?.ids ?? []) ids.add(id as PersonId);

    const since = new Date(clock().getTime() - SESSIONS_BACK_DAYS * DAY_MS);
    const sessions = await store.sessions.listForPerson(me.id, ['open', 'full', 'cancelled', 'completed'], since);
    for (const s of sessions) {
      for (const id of [s.hostId, ...s.participants, ...s.waitlist]) ids.add(id);
      if (s.hostId !== me.id) continue;
      for (const r of await store.joinRequests.listForSession(s.id, REQUEST_STATUSES)) ids.add(r.requesterId);
    }
    const asked = await store.joinRequests.listForRequester(me.id, REQUEST_STATUSES);
    for (const s of await Promise.all([...new Set(asked.map((r) => r.sessionId))].map((id) => store.sessions.get(id)))) if (s) ids.add(s.hostId);

    const people = new Map<PersonId, Profile>();
    if (asker.moderator && asker.community) {
      for (const r of await store.reports.listOpen(asker.community.id, REPORTS_MAX)) {
        ids.add(r.reporterId);
        if (r.target.kind === 'person' || r.target.kind === 'pause') ids.add(r.target.personId);
        if (r.target.kind === 'message') ids.add(r.target.authorId);
      }
      for (const p of await store.people.listInCommunity(asker.community.id, MEMBERS_MAX)) people.set(p.id, p);
    }
    const missing = [...ids].filter((id) => !people.has(id));
    for (const p of await store.people.getMany(missing)) people.set(p.id, p);
    people.delete(me.id);
    return [...people.values()];
  }
}
