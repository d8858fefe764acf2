import { type Lang, langFromTag } from '../domain/language.js';
import type { Notification } from '../domain/notification.js';
import type { ErasedSessionCard } from '../domain/notifications/people.js';
import { phrase } from '../domain/phrase.js';
import type { WorkoutSession } from '../domain/session.js';
import type { ActivityId, Level } from '../domain/activities.js';
import type { WeeklySlot } from '../domain/availability.js';
import type { Community } from '../domain/community.js';
import type { Notice } from '../domain/conversation.js';
import { isValidLatLng } from '../domain/geo.js';
import { cleanHandle, handleOf, withHandle } from '../domain/handles.js';
import { newId, type PersonId } from '../domain/ids.js';
import { ACTIVITY_BUMP_MS, blankProfile, type NotificationPrefs, type Profile } from '../domain/profile.js';
import { cleanText, clip, hasLetter } from '../domain/text.js';
import type { Invocation } from '../domain/invocation.js';
import { err, ok, type Result, userError } from '../result.js';
import type { PersonErasure, ProfilePatch } from '../store/port.js';
import type { JoinRequest } from '../domain/social.js';
import type { CoreDeps } from './deps.js';
import { ChosenLanguages } from './chosen-languages.js';
import { isModerator } from './permissions.js';
import type { SessionsService } from './sessions.js';
import { placeFromCoordinates, resolveLocation, type ResolvedPlace } from './parse/location.js';

export type LocationInput = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'gps'; readonly lat: number; readonly lng: number };

export type LocationOutcome =
  | { readonly kind: 'set'; readonly profile: Profile; readonly place: ResolvedPlace; readonly zoneChanged: boolean }
  | { readonly kind: 'ambiguous'; readonly options: readonly ResolvedPlace[] };

/** IANA zone names by their lower-case spelling, so "america/new_york" finds its zone. */
const ZONES: ReadonlyMap<string, string> = new Map([...Intl.supportedValuesOf('timeZone'), 'UTC'].map((z) => [z.toLowerCase(), z]));

/** The IANA zone a text names (any letter case, spaces for underscores), or null. */
function zoneNamed(text: string): string | null {
  const key = text.toLowerCase().replace(/ /g, '_');
  const known = ZONES.get(key);
  if (known) return known;
  // Old names Intl still knows but doesn't list ("Asia/Calcutta", "US/Eastern").
  if (!key.includes('/')) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: text }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** A zone set with /set-timezone, and the place it was found by (null: typed as a zone name). */
export interface ZoneOutcome {
  readonly profile: Profile;
  readonly place: string | null;
}

export const DISPLAY_NAME_MAX = 60;

/**
 * Stored, not said: these replace an erased person's name in audit entries and the words of their
 * reports, in the data itself, so they are one fixed text in every language.
 */
export const ERASED_NAME = '[deleted member]';
export const ERASED_REPORT_REASON = '[removed: the reporter deleted their data]';

const erasedCard = (s: WorkoutSession): ErasedSessionCard => ({ id: s.id, title: s.title, startsAt: s.startsAt });

/** Whether a name set with /set-name is the one typed or, having no letter, the platform's. */
export type DisplayNameSource = 'typed' | 'platform';

/** The platform's name for the person, cleaned; "Someone" when it has no letter either. */
export function platformName(invocation: Invocation): string {
  const clean = clip(cleanText(invocation.user.displayName), DISPLAY_NAME_MAX);
  return hasLetter(clean) ? clean : 'Someone';
}

/** What /delete-me did, for its answer. */
export interface ErasureOutcome extends PersonErasure {
  /** Requests other people had sent to the sessions it cancelled, now expired. */
  readonly expiredRequests: readonly JoinRequest[];
  /** How many people were told (participants, waitlisted, requesters, promoted). */
  readonly told: number;
}

/** Keeps session announcements in step after an erasure changed sessions. */
export type AnnouncementRefresher = Pick<SessionsService, 'refreshAnnouncements'>;

const MODERATOR_REFRESH_MS = 7 * 86_400_000;

/** Profiles: who someone is, where they train, what they like; creation on first contact. */
export class PeopleService {
  /** Each account's chosen language, kept in step here, for what platform adapters say on their own. */
  readonly languages: ChosenLanguages;

  constructor(
    private readonly deps: CoreDeps,
    private readonly announcements?: AnnouncementRefresher,
  ) {
    this.languages = new ChosenLanguages((user) => deps.store.people.findByIdentity(user), deps.clock);
  }

  /**
   * Finds or creates the person behind a platform account, registers the community they act in,
   * marks their platform reachable again and hands them the notices they missed.
   */
  /**
   * The person behind an event, created on their first one (`firstContact`: nothing was stored
   * about them before, so they have never run a command), and the community it happens in.
   */
  async identify(invocation: Invocation): Promise<{ me: Profile; community: Community | null; notices: Notice[]; firstContact: boolean }> {
    const { store, clock } = this.deps;
    const now = clock();
    let me = await store.people.findByIdentity(invocation.user.key);
    let firstContact = false;
    if (!me) ({ profile: me, created: firstContact } = await this.create(invocation, now));
    me = await this.keepHandle(me, invocation);

    let community: Community | null = null;
    const key = invocation.community?.key ?? invocation.homeCommunity ?? null;
    // Read first: `ensure` is an upsert (a write), needed only the first time a community is seen.
    if (invocation.community)
      community = (await store.communities.getByKey(invocation.community.key)) ?? (await store.communities.ensure(invocation.community.key, cleanText(invocation.community.name) || 'Community', now));
    else if (key) community = await store.communities.getByKey(key);
    if (!community && me.communities.length > 0) community = await store.communities.get(me.communities[me.communities.length - 1]!);
    if (community && !me.communities.includes(community.id)) {
      await store.people.addToSet(me.id, 'communities', community.id);
      me = { ...me, communities: [...me.communities, community.id] };
    }
    if (community && invocation.community?.key === community.key) community = await this.recordModerator(community, me, invocation, now);

    // Notifications later speak the language this platform says the person uses.
    const platformLanguage = langFromTag(invocation.locale);
    if (platformLanguage && platformLanguage !== me.platformLanguage) me = (await store.people.update(me.id, { platformLanguage }, now)) ?? me;
    if (me.unreachable.some((u) => u.platform === invocation.platform)) {
      me = (await store.people.update(me.id, { unreachable: me.unreachable.filter((u) => u.platform !== invocation.platform) }, now)) ?? me;
    }
    // Any use of Spotter keeps a person in matches and alerts (one conditional write an hour at most).
    if (await store.people.touch(me.id, now, ACTIVITY_BUMP_MS)) me = { ...me, lastActiveAt: now, inactiveToldAt: null };
    const notices = await store.notices.takeAll(me.id);
    this.languages.note(me);
    return { me, community, notices, firstContact };
  }

  /**
   * Keeps the community's list of moderators in step with what the platform says in this very
   * event (admin, moderator role, owner): reports are pushed to them. Writes only on a change, or
   * to refresh a sighting older than a week.
   */
  private async recordModerator(community: Community, me: Profile, invocation: Invocation, now: Date): Promise<Community> {
    const { store, settings } = this.deps;
    const seen = community.moderators.find((m) => m.personId === me.id);
    if (isModerator(settings, community, invocation)) {
      if (seen && now.getTime() - seen.seenAt.getTime() < MODERATOR_REFRESH_MS) return community;
      await store.communities.noteModerator(community.id, me.id, now);
    } else if (seen) await store.communities.forgetModerator(community.id, me.id);
    else return community;
    return (await store.communities.get(community.id)) ?? community;
  }

  /**
   * Keeps the account's handle as its platform reports it in this very event: a new one replaces
   * the old (which then names nobody), none removes it. One write, and only on a change.
   */
  private async keepHandle(me: Profile, invocation: Invocation): Promise<Profile> {
    const reported = invocation.user.handle;
    if (reported === undefined) return me;
    const key = invocation.user.key;
    const handle = cleanHandle(reported);
    if (handleOf(me.handles, key) === handle) return me;
    await this.deps.store.people.setHandle(me.id, key, handle);
    return { ...me, handles: withHandle(me.handles, key, handle) };
  }

  private async create(invocation: Invocation, now: Date): Promise<{ profile: Profile; created: boolean }> {
    const key = invocation.user.key;
    const handle = cleanHandle(invocation.user.handle);
    const blank = blankProfile(newId<PersonId>(), key, platformName(invocation), this.deps.settings.defaultRadiusKm, now);
    const profile: Profile = { ...blank, handles: withHandle([], key, handle) };
    try {
      await this.deps.store.people.insert(profile);
      // An account banned under an earlier profile (erased with /delete-me): the bans hold this one.
      await this.deps.store.communities.bindBans(profile.id, profile.identities);
      return { profile, created: true };
    } catch (error) {
      // Two first messages at once: the other one created the person.
      const existing = await this.deps.store.people.findByIdentity(key);
      if (existing) return { profile: existing, created: false };
      throw error;
    }
  }

  async get(id: PersonId): Promise<Profile | null> {
    return this.deps.store.people.get(id);
  }

  /** Every profile edit goes through here; the scheduler hears of it once the store has it. */
  private async patch(me: Profile, patch: ProfilePatch): Promise<Profile> {
    const updated = await this.deps.store.people.update(me.id, patch, this.deps.clock());
    if (updated) this.languages.note(updated);
    if (updated) await this.deps.hooks?.profileChanged(me.id);
    return updated ?? me;
  }

  /** Resolves a typed place, map link, "lat, lng" or a shared GPS point and makes it home. */
  async setLocation(me: Profile, input: LocationInput): Promise<Result<LocationOutcome>> {
    let place: ResolvedPlace;
    if (input.kind === 'gps') {
      if (!isValidLatLng(input.lat, input.lng)) return err(userError('invalid-input', phrase('profile-gps-invalid')));
      const r = placeFromCoordinates(input.lat, input.lng);
      if (!r.ok) return r;
      place = r.value;
    } else {
      const r = resolveLocation(input.text);
      if (!r.ok) return r;
      if (r.value.kind === 'ambiguous') return ok({ kind: 'ambiguous', options: r.value.options });
      place = r.value.place;
    }
    return ok(await this.applyPlace(me, place));
  }

  async applyPlace(me: Profile, place: ResolvedPlace): Promise<LocationOutcome> {
    const zoneChanged = me.timeZone !== place.timeZone;
    const profile = await this.patch(me, { location: place.point, area: place.label, timeZone: place.timeZone });
    return { kind: 'set', profile, place, zoneChanged };
  }

  /**
   * A zone by its IANA name in any letter case ("europe/berlin"), or by a place in it: "New York",
   * "Berlin", a country with one zone. Places in several zones are named back to choose from.
   */
  async setTimeZone(me: Profile, typed: string): Promise<Result<ZoneOutcome>> {
    const text = typed.trim();
    const named = zoneNamed(text);
    if (named) return ok({ profile: await this.patch(me, { timeZone: named }), place: null });
    const found = text.length > 1 ? resolveLocation(text) : null;
    if (found?.ok) {
      const places = found.value.kind === 'found' ? [found.value.place] : found.value.options;
      const zones = [...new Set(places.map((p) => p.timeZone))];
      if (zones.length === 1 && zones[0] !== 'UTC')
        return ok({ profile: await this.patch(me, { timeZone: zones[0]! }), place: places[0]!.label });
      if (zones.length > 1)
        return err(userError('invalid-input', phrase('profile-timezone-ambiguous', { text: text.slice(0, 40), zones: zones.slice(0, 5).join(', ') })));
    }
    return err(userError('invalid-input', phrase('profile-timezone-unknown', { zone: text.slice(0, 40) })));
  }

  async setActivities(me: Profile, activities: readonly ActivityId[]) {
    return this.patch(me, { activities: [...activities] });
  }

  async setLevel(me: Profile, level: Level) {
    return this.patch(me, { level });
  }

  async setRadius(me: Profile, radiusKm: number) {
    return this.patch(me, { radiusKm });
  }

  async setAvailability(me: Profile, slots: readonly WeeklySlot[]) {
    return this.patch(me, { availability: [...slots] });
  }

  async setBio(me: Profile, bio: string) {
    return this.patch(me, { bio });
  }

  /**
   * The name others see. A name with no letter left once cleaned ("🔥🔥", "…", only invisible
   * characters) can't tell people apart, so the platform's name for the person is used instead.
   */
  async setDisplayName(me: Profile, typed: string, invocation: Invocation): Promise<{ profile: Profile; name: DisplayNameSource }> {
    const clean = clip(cleanText(typed), DISPLAY_NAME_MAX);
    const usable = hasLetter(clean);
    const profile = await this.patch(me, { displayName: usable ? clean : platformName(invocation) });
    return { profile, name: usable ? 'typed' : 'platform' };
  }

  async setNotifications(me: Profile, prefs: Partial<NotificationPrefs>) {
    return this.patch(me, { notifications: { ...me.notifications, ...prefs } });
  }

  async setStatus(me: Profile, status: Profile['status']) {
    return this.patch(me, { status });
  }

  /** The language the person chose (/language); null: follow what their platform says. */
  async setLanguage(me: Profile, language: Lang | null): Promise<Profile> {
    return this.patch(me, { language });
  }

  /** Everything Spotter keeps about the person, as JSON they can take away. */
  async exportData(me: Profile): Promise<string> {
    const { store, clock } = this.deps;
    const now = clock();
    const [sessions, connections] = await Promise.all([
      store.sessions.listForPerson(me.id, ['open', 'full', 'cancelled', 'completed'], new Date(0)),
      store.connections.listForPerson(me.id),
    ]);
    const messages = (await Promise.all(connections.map((c) => store.messages.listForConnection(c.id, now, 1000))))
      .flat()
      .filter((m) => m.fromId === me.id);
    const requests = await store.joinRequests.listForRequester(me.id, ['pending', 'accepted', 'declined', 'withdrawn', 'expired']);
    return JSON.stringify(
      {
        exportedAt: now.toISOString(),
        profile: me,
        sessions: sessions.map((s) => ({ id: s.id, title: s.title, activity: s.activity, startsAt: s.startsAt, status: s.status, role: s.hostId === me.id ? 'host' : 'participant' })),
        joinRequests: requests,
        connections: connections.map((c) => ({ id: c.id, status: c.status, since: c.createdAt, requestedByMe: c.requesterId === me.id })),
        messagesSent: messages.map((m) => ({ id: m.id, at: m.createdAt, body: m.body })),
      },
      null,
      2,
    );
  }

  /**
   * Removes the person and everything that is theirs, then tells those it affects. Before the
   * profile goes: bans against them are bound to all their accounts (so they hold after a new
   * /setup), their name leaves the audit entries about them, the words of reports they filed are
   * replaced (the reports stay, as moderation facts), and every button naming them expires.
   */
  async erase(me: Profile): Promise<ErasureOutcome> {
    const { store, clock } = this.deps;
    const now = clock();
    await store.communities.bindBans(me.id, me.identities);
    await store.audit.scrubName(me.id, me.displayName, ERASED_NAME);
    await store.reports.scrubReporter(me.id, ERASED_REPORT_REASON);
    await store.actions.deleteNaming(me.id);
    const erasure = await store.erasePerson(me.id, now);
    this.languages.forget(me.identities);
    // Requests still waiting on sessions that were just cancelled expire; their senders are told.
    const expired = (await Promise.all(erasure.cancelledSessions.map((s) => store.joinRequests.expirePending(s.id, now)))).flat();
    const hooks = this.deps.hooks;
    if (hooks) {
      await hooks.profileChanged(me.id);
      for (const session of erasure.cancelledSessions) await hooks.sessionCancelled(session.id);
      for (const freed of erasure.freedSeats) {
        await hooks.participantLeft(freed.sessionId, me.id);
        if (freed.promoted) await hooks.participantJoined(freed.sessionId, freed.promoted);
      }
    }
    const told = new Set<PersonId>();
    for (const session of erasure.cancelledSessions) {
      const waiting = expired.filter((r) => r.sessionId === session.id).map((r) => r.requesterId);
      for (const personId of new Set([...session.participants, ...session.waitlist, ...waiting])) {
        await this.tell(personId, { kind: 'erasure-session-cancelled', session: erasedCard(session) });
        told.add(personId);
      }
      await this.announcements?.refreshAnnouncements(session.id);
    }
    for (const freed of erasure.freedSeats) {
      const session = await store.sessions.get(freed.sessionId);
      if (!session) continue;
      await this.announcements?.refreshAnnouncements(session.id);
      if (!freed.promoted) continue;
      await this.tell(freed.promoted, { kind: 'erasure-seat-yours', session: erasedCard(session) });
      told.add(freed.promoted);
    }
    return { ...erasure, expiredRequests: expired, told: told.size };
  }

  private async tell(personId: PersonId, notification: Notification): Promise<void> {
    try {
      await this.deps.notifier.notify(personId, notification);
    } catch (error) {
      this.deps.log.warn({ personId, err: (error as Error).message }, 'erasure notice failed');
    }
  }
}
