import { createHash, randomBytes } from 'node:crypto';
import type { CalendarFeed } from '../domain/calendar-feed.js';
import type { PersonId } from '../domain/ids.js';
import type { Profile } from '../domain/profile.js';
import type { WorkoutSession } from '../domain/session.js';
import type { Store } from '../store/port.js';
import type { CoreDeps } from './deps.js';

/**
 * How a person stands in a session their calendar shows. `requested`: waiting for the host
 * (tentative); `looking`: a session they saved to their calendar without being in it yet.
 */
export type FeedRole = 'host' | 'seated' | 'waitlisted' | 'requested' | 'looking';

/** One session in a person's calendar, with what the calendar may say about it: no coordinates, no platform ids. */
export interface FeedEntry {
  readonly session: WorkoutSession;
  readonly role: FeedRole;
  readonly hostName: string;
}

export interface FeedContents {
  readonly person: Profile;
  readonly entries: readonly FeedEntry[];
}

/** 32 random bytes: 256 bits, far past guessing; URL-safe. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * A live calendar a person subscribes to once (Google, Apple, Outlook): the sessions they host or
 * hold a seat in, waitlist places and join requests still waiting (tentative), and cancelled ones
 * until they would have started. The address carries a random token; only its hash is stored.
 */
export class CalendarFeedService {
  constructor(private readonly deps: CoreDeps) {}

  /** The person's feed, if they have one (its address can't be shown again: only the hash is kept). */
  current(me: Profile): Promise<CalendarFeed | null> {
    return this.deps.store.feeds.getByPerson(me.id);
  }

  /** A new address, replacing any old one (which stops working at once). Returns the token. */
  async issue(me: Profile): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.deps.store.feeds.put({ personId: me.id, tokenHash: hashOf(token), createdAt: this.deps.clock() });
    this.deps.log.info({ personId: me.id }, 'calendar feed issued');
    return token;
  }

  /** Turns the feed off; true when there was one. */
  async stop(me: Profile): Promise<boolean> {
    return this.deps.store.feeds.delete(me.id);
  }

  /** What the address with this token shows, or null for an unknown, reset or malformed token. */
  async read(token: string): Promise<FeedContents | null> {
    if (!TOKEN.test(token)) return null;
    const feed = await this.deps.store.feeds.getByHash(hashOf(token));
    const person = feed ? await this.deps.store.people.get(feed.personId) : null;
    if (!person) return null;
    return { person, entries: await calendarEntries(this.deps.store, person.id, this.deps.clock()) };
  }

}

/**
 * A person's calendar: the sessions they host or hold a seat or waitlist place in, join requests
 * still waiting (tentative), and cancelled ones until they would have started; soonest first.
 */
export async function calendarEntries(store: Store, personId: PersonId, now: Date): Promise<FeedEntry[]> {
  // Cancelled sessions stay (marked cancelled) until they would have started.
  const mine = await store.sessions.listForPerson(personId, ['open', 'full', 'cancelled'], now);
  const requests = await store.joinRequests.listForRequester(personId, ['pending']);
  const requested = (await Promise.all(requests.map((r) => store.sessions.get(r.sessionId)))).filter(
    (s): s is WorkoutSession => s !== null && s.startsAt > now && (s.status === 'open' || s.status === 'full'),
  );
  const out: FeedEntry[] = [];
  const seenSeries = new Set<string>();
  for (const [session, role] of [
    ...mine.map((s) => [s, roleIn(s, personId)] as const),
    ...requested.filter((s) => !mine.some((m) => m.id === s.id)).map((s) => [s, 'requested' as const] as const),
  ]) {
    // A weekly session is one event with a weekly rule: later occurrences already stored are not repeated.
    if (session.recurrence === 'weekly') {
      if (seenSeries.has(session.seriesId)) continue;
      seenSeries.add(session.seriesId);
    }
    const host = session.hostId === personId ? null : await store.people.get(session.hostId);
    out.push({ session, role, hostName: host?.displayName ?? '' });
  }
  return out.sort((a, b) => a.session.startsAt.getTime() - b.session.startsAt.getTime() || (a.session.id < b.session.id ? -1 : 1));
}

export function roleIn(s: WorkoutSession, personId: PersonId): FeedRole {
  if (s.hostId === personId) return 'host';
  if (s.participants.includes(personId)) return 'seated';
  return 'waitlisted';
}
