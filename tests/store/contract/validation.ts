import { beforeEach, describe, expect, it } from 'vitest';
import type { ActivityId, Level } from '../../../src/domain/activities.js';
import type { GeoPoint } from '../../../src/domain/geo.js';
import { type ActionId, type CommunityId, newId, type PersonId, type SessionId } from '../../../src/domain/ids.js';
import { communityKey, type CommunityKey, type Platform } from '../../../src/domain/platform.js';
import type { SessionStatus, WorkoutSession } from '../../../src/domain/session.js';
import type { JoinRequestStatus } from '../../../src/domain/social.js';
import { type Store } from '../../../src/store/port.js';
import { T0, hoursFrom, makeProfile, makeSession } from '../../support/fixtures.js';
import { auditEntry, connection, invalidOf, joinRequest, matchAlert, message, notice, outboxItem, report } from './builders.js';

/**
 * Both adapters refuse the same values, before writing anything: the shared rules in
 * src/store/validate*.ts (the mongoose schemas hold the same ones, see tests/store/validate.test.ts).
 * Each story checks the refusal names the field and the rule, and that nothing changed.
 */
const at = (lat: number, lng: number): GeoPoint => ({ type: 'Point', coordinates: [lng, lat] });
const NOT_A_DATE = new Date('not a date');

export function validationContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('storage rules, the same on every adapter', () => {
    it('GIVEN a session with no seat, an inverted level range or a place off the globe WHEN inserted THEN refused, nothing stored', async () => {
      const host = newId<PersonId>();
      const cases: [Partial<WorkoutSession>, string, string][] = [
        [{ capacity: 0 }, 'capacity', 'min'],
        [{ capacity: -2 }, 'capacity', 'min'],
        [{ capacity: 2.5 }, 'capacity', 'whole'],
        [{ levels: { min: 'advanced', max: 'beginner' } }, 'levels', 'order'],
        [{ levels: { min: 'beginner', max: 'expert' as string as Level } }, 'levels.max', 'enum'],
        [{ place: { point: at(91, 13), label: 'Nowhere' } }, 'place.point.coordinates', 'range'],
        [{ place: { point: at(52, -181), label: 'Nowhere' } }, 'place.point.coordinates', 'range'],
        [{ place: { point: at(Number.NaN, 13), label: 'Nowhere' } }, 'place.point.coordinates', 'range'],
        [{ timeZone: '' }, 'timeZone', 'empty'],
        [{ hostId: '' as PersonId }, 'hostId', 'empty'],
        [{ activity: 'quidditch' as string as ActivityId }, 'activity', 'enum'],
        [{ startsAt: NOT_A_DATE }, 'startsAt', 'type'],
        [{ durationMinutes: -30 }, 'durationMinutes', 'min'],
        [{ durationMinutes: Number.POSITIVE_INFINITY }, 'durationMinutes', 'type'],
        [{ status: 'postponed' as string as SessionStatus }, 'status', 'enum'],
        [{ announcements: [{ community: communityKey('discord', '1'), channelId: '', messageId: '3' }] }, 'announcements.0.channelId', 'empty'],
      ];
      for (const [overrides, path, rule] of cases) {
        const s = makeSession(host, overrides);
        expect(await invalidOf(store.sessions.insert(s)), path).toEqual([{ path, rule }]);
        expect(await store.sessions.get(s.id)).toBeNull();
      }
      expect(await store.sessions.listForPerson(host, ['open', 'full', 'cancelled', 'completed'], hoursFrom(T0, -1000))).toEqual([]);
    });

    it('GIVEN a live session WHEN patched, resized or moved to values the rules refuse THEN refused and left exactly as it was', async () => {
      const s = makeSession(newId<PersonId>(), { capacity: 3, participants: [newId<PersonId>()] });
      await store.sessions.insert(s);
      const later = hoursFrom(T0, 1);
      expect(await invalidOf(store.sessions.update(s.id, { capacity: 0 }, later))).toEqual([{ path: 'capacity', rule: 'min' }]);
      expect(await invalidOf(store.sessions.update(s.id, { capacity: -1 }, later))).toEqual([{ path: 'capacity', rule: 'min' }]);
      expect(await invalidOf(store.sessions.update(s.id, { levels: { min: 'advanced', max: 'intermediate' } }, later))).toEqual([
        { path: 'levels', rule: 'order' },
      ]);
      expect(await invalidOf(store.sessions.update(s.id, { place: { point: at(10, 200), label: 'x' } }, later))).toEqual([
        { path: 'place.point.coordinates', rule: 'range' },
      ]);
      // One bad field refuses the whole patch: the good title is not written either.
      expect(await invalidOf(store.sessions.update(s.id, { title: 'Renamed', timeZone: '' }, later))).toEqual([{ path: 'timeZone', rule: 'empty' }]);
      expect(await invalidOf(store.sessions.resize(s.id, 0, later))).toEqual([{ path: 'capacity', rule: 'min' }]);
      expect(await invalidOf(store.sessions.resize(s.id, 1.5, later))).toEqual([{ path: 'capacity', rule: 'whole' }]);
      expect(await invalidOf(store.sessions.transition(s.id, ['open'], 'gone' as string as SessionStatus, later))).toEqual([
        { path: 'status', rule: 'enum' },
      ]);
      expect(await invalidOf(store.sessions.addCheckIn(s.id, { personId: s.participants[0]!, attended: true, at: NOT_A_DATE }))).toEqual([
        { path: 'checkIns.at', rule: 'type' },
      ]);
      expect(await store.sessions.get(s.id)).toEqual(s);
    });

    it('GIVEN a patch with a key set to undefined WHEN applied THEN that field is left alone, the others change', async () => {
      const s = makeSession(newId<PersonId>());
      await store.sessions.insert(s);
      const edited = await store.sessions.update(s.id, { title: undefined, notes: 'Bring water' }, hoursFrom(T0, 1));
      expect(edited).toMatchObject({ title: s.title, notes: 'Bring water' });
      const p = makeProfile({ bio: 'Trail runner' });
      await store.people.insert(p);
      expect(await store.people.update(p.id, { bio: undefined, radiusKm: 25 }, T0)).toMatchObject({ bio: 'Trail runner', radiusKm: 25 });
      const c = await store.communities.ensure(communityKey('discord', '77'), 'Lifters', T0);
      const settings = await store.communities.updateSettings(c.id, { defaultRadiusKm: undefined, platformSettings: { discord: { announceChannelId: '5', moderatorRoleId: null } } });
      expect(settings?.settings).toMatchObject({ defaultRadiusKm: c.settings.defaultRadiusKm, platformSettings: { discord: { announceChannelId: '5', moderatorRoleId: null } } });
    });

    it('GIVEN profiles and profile patches that break a rule WHEN written THEN refused, nothing stored or changed', async () => {
      const cases: [Parameters<typeof makeProfile>[0], string, string][] = [
        [{ radiusKm: -1 }, 'radiusKm', 'min'],
        [{ at: at(95, 13) }, 'location.coordinates', 'range'],
        [{ level: 'expert' as string as Level }, 'level', 'enum'],
        [{ timeZone: '' }, 'timeZone', 'empty'],
        [{ availability: [{ day: 8 as number as 1, start: 60, end: 120 }] }, 'availability.0.day', 'max'],
        [{ availability: [{ day: 1, start: 60.5, end: 120 }] }, 'availability.0.start', 'whole'],
        [{ attendance: { attended: 1, missed: 0, streak: -1, bestStreak: 1 } }, 'attendance.streak', 'min'],
        [{ unreachable: [{ platform: 'My Space' as string as Platform, since: T0 }] }, 'unreachable.0.platform', 'enum'],
        [{ createdAt: NOT_A_DATE }, 'createdAt', 'type'],
      ];
      for (const [overrides, path, rule] of cases) {
        const p = makeProfile(overrides);
        expect(await invalidOf(store.people.insert(p)), path).toEqual([{ path, rule }]);
        expect(await store.people.get(p.id)).toBeNull();
        expect(await store.people.findByIdentity(p.identities[0]!)).toBeNull();
      }
      const p = makeProfile();
      await store.people.insert(p);
      const quiet = { ...p.notifications, quietHours: { start: 22 * 60, end: 1441 } };
      expect(await invalidOf(store.people.update(p.id, { notifications: quiet }, T0))).toEqual([
        { path: 'notifications.quietHours.end', rule: 'max' },
      ]);
      expect(await invalidOf(store.people.update(p.id, { location: at(0, -180.5), area: 'Pacific' }, T0))).toEqual([
        { path: 'location.coordinates', rule: 'range' },
      ]);
      expect(await invalidOf(store.people.update(p.id, { activities: ['running', 'chess' as string as ActivityId] }, T0))).toEqual([
        { path: 'activities.1', rule: 'enum' },
      ]);
      expect(await store.people.get(p.id)).toEqual(p);
    });

    it('GIVEN community settings, bans or keys that break a rule WHEN written THEN refused and the community unchanged', async () => {
      expect(await invalidOf(store.communities.ensure('' as CommunityKey, 'Nameless', T0))).toEqual([{ path: 'key', rule: 'empty' }]);
      const c = await store.communities.ensure(communityKey('telegram', '-1009'), 'Runners', T0);
      expect(await invalidOf(store.communities.updateSettings(c.id, { defaultRadiusKm: -5 }))).toEqual([
        { path: 'settings.defaultRadiusKm', rule: 'min' },
      ]);
      expect(await invalidOf(store.communities.updateSettings(c.id, { places: [{ name: 'Pole', point: at(90.01, 0) }] }))).toEqual([
        { path: 'settings.places.0.point.coordinates', rule: 'range' },
      ]);
      expect(await invalidOf(store.communities.ban(c.id, { personId: newId<PersonId>(), identities: [], laterIds: [], by: '' as PersonId, reason: 'spam', at: T0 }))).toEqual([
        { path: 'bans.by', rule: 'empty' },
      ]);
      expect(await store.communities.get(c.id)).toEqual(c);
    });

    it('GIVEN join requests, connections and messages that break a rule WHEN written THEN refused, nothing stored', async () => {
      const sessionId = newId<SessionId>();
      const me = newId<PersonId>();
      const bad = joinRequest(sessionId, me, { requesterId: '' as PersonId });
      expect(await invalidOf(store.joinRequests.insert(bad))).toEqual([{ path: 'requesterId', rule: 'empty' }]);
      expect(await store.joinRequests.get(bad.id)).toBeNull();
      const r = joinRequest(sessionId, me);
      await store.joinRequests.insert(r);
      expect(await invalidOf(store.joinRequests.transition(r.id, ['pending'], 'maybe' as string as JoinRequestStatus, T0))).toEqual([
        { path: 'status', rule: 'enum' },
      ]);
      expect(await invalidOf(store.joinRequests.transition(r.id, ['pending'], 'accepted', NOT_A_DATE))).toEqual([{ path: 'decidedAt', rule: 'type' }]);
      expect(await store.joinRequests.get(r.id)).toEqual(r);

      const c = connection(me, newId<PersonId>(), { createdAt: NOT_A_DATE });
      expect(await invalidOf(store.connections.insert(c))).toEqual([{ path: 'createdAt', rule: 'type' }]);
      expect(await store.connections.findPair(c.requesterId, c.addresseeId)).toBeNull();
      const m = message(connection(me, newId<PersonId>()), { fromId: '' as PersonId });
      expect(await invalidOf(store.messages.insert(m))).toEqual([{ path: 'fromId', rule: 'empty' }]);
      expect(await store.messages.get(m.id, T0)).toBeNull();
    });

    it('GIVEN reports, audit entries, notices, conversation state and actions that break a rule WHEN written THEN refused', async () => {
      const communityId = newId<CommunityId>();
      const me = newId<PersonId>();
      const badReport = report(communityId, { reporterId: '' as PersonId });
      expect(await invalidOf(store.reports.insert(badReport))).toEqual([{ path: 'reporterId', rule: 'empty' }]);
      expect(await store.reports.get(badReport.id)).toBeNull();
      const open = report(communityId);
      await store.reports.insert(open);
      expect(await invalidOf(store.reports.resolve(open.id, me, 'warned', NOT_A_DATE))).toEqual([{ path: 'state.at', rule: 'type' }]);
      expect(await store.reports.listOpen(communityId, 10)).toEqual([open]);

      const entry = auditEntry(communityId, { action: 'member.smite' as string as 'member.ban' });
      expect(await invalidOf(store.audit.insert(entry))).toEqual([{ path: 'action', rule: 'enum' }]);
      expect(await store.audit.list(communityId, 10)).toEqual([]);
      expect(await invalidOf(store.notices.add(notice('' as PersonId)))).toEqual([{ path: 'personId', rule: 'empty' }]);

      const state = { personId: me, flow: '', version: 1, step: 'start', data: {}, updatedAt: T0, expiresAt: hoursFrom(T0, 1) };
      expect(await invalidOf(store.conversations.put(state))).toEqual([{ path: 'flow', rule: 'empty' }]);
      expect(await store.conversations.get(me, T0)).toBeNull();
      const action = { id: newId<ActionId>(), actorId: me, command: 'accept', args: {}, createdAt: T0, expiresAt: NOT_A_DATE };
      expect(await invalidOf(store.actions.put(action))).toEqual([{ path: 'expiresAt', rule: 'type' }]);
      expect(await store.actions.get(action.id, T0)).toBeNull();
    });

    it('GIVEN outbox items, settlements and match alerts that break a rule WHEN written THEN refused and nothing changes', async () => {
      const bad = outboxItem({ attempts: -1 });
      expect(await invalidOf(store.outbox.enqueue(bad))).toEqual([{ path: 'attempts', rule: 'min' }]);
      expect(await store.outbox.getByKey(bad.dedupeKey)).toBeNull();
      const good = outboxItem();
      await store.outbox.enqueue(good);
      const [claimed] = await store.outbox.claim('sender', T0, 1, 60_000);
      const token = claimed!.lease!.token;
      expect(await invalidOf(store.outbox.settle(good.id, token, { status: 'pending', dueAt: T0, attempts: -2, error: null }))).toEqual([
        { path: 'attempts', rule: 'min' },
      ]);
      expect(await invalidOf(store.outbox.settle(good.id, token, { status: 'sent', at: T0, platform: 'Fax!' as string as Platform }))).toEqual([
        { path: 'platform', rule: 'enum' },
      ]);
      expect(await store.outbox.get(good.id)).toEqual(claimed);

      const me = newId<PersonId>();
      expect(await invalidOf(store.alerts.record(matchAlert(me, 'person:x', { score: Number.NaN })))).toEqual([{ path: 'score', rule: 'type' }]);
      expect(await store.alerts.get(me, 'person:x')).toBeNull();
    });
  });
}
