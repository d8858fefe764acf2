import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { distanceKm, point } from '../../src/domain/geo.js';
import {
  type ActionId,
  type AuditId,
  type CommunityId,
  type ConnectionId,
  type JoinRequestId,
  type MessageId,
  newId,
  type NoticeId,
  type PersonId,
  type ReportId,
  type SessionId,
} from '../../src/domain/ids.js';
import { communityKey, userKey } from '../../src/domain/platform.js';
import type { Connection, JoinRequest, RelayedMessage } from '../../src/domain/social.js';
import { pairKey } from '../../src/domain/social.js';
import {
  type AlertSubject,
  type MatchAlert,
  type MatchAlertId,
  type OutboxId,
  type OutboxItem,
  StoreConflict,
  type Store,
} from '../../src/store/port.js';
import { BERLIN, FRIEDRICHSHAIN, HAMBURG, POTSDAM, T0, hoursFrom, makeProfile, makeSession } from '../support/fixtures.js';
import { availableStoreAdapters } from '../support/stores.js';

/**
 * ONE contract for every storage adapter: whatever passes here behaves the same for the core.
 * In-memory always runs; MongoDB runs wherever a server can be had.
 */
const { adapters, skipped } = await availableStoreAdapters();
if (skipped) console.log(skipped);

const conflictOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return null;
  } catch (e) {
    if (e instanceof StoreConflict) return e.rule;
    throw e;
  }
};

const joinRequest = (sessionId: SessionId, requesterId: PersonId, overrides: Partial<JoinRequest> = {}): JoinRequest => ({
  id: newId<JoinRequestId>(),
  sessionId,
  communityId: null,
  requesterId,
  status: 'pending',
  message: '',
  createdAt: T0,
  decidedAt: null,
  ...overrides,
});

const connection = (a: PersonId, b: PersonId, overrides: Partial<Connection> = {}): Connection => ({
  id: newId<ConnectionId>(),
  pair: pairKey(a, b),
  requesterId: a,
  addresseeId: b,
  status: 'requested',
  createdAt: T0,
  respondedAt: null,
  ...overrides,
});

const message = (c: Connection, overrides: Partial<RelayedMessage> = {}): RelayedMessage => ({
  id: newId<MessageId>(),
  connectionId: c.id,
  fromId: c.requesterId,
  toId: c.addresseeId,
  body: 'see you at the track',
  replyToId: null,
  createdAt: T0,
  expiresAt: hoursFrom(T0, 24),
  ...overrides,
});

describe.each(adapters)('storage contract: $name', (adapter) => {
  let store: Store;
  beforeEach(async () => {
    store = await adapter.open();
  });
  afterAll(() => adapter.shutdown());

  describe('people', () => {
    it('creates, reads by id and by platform identity, updates and hands out copies', async () => {
      const ada = makeProfile({ displayName: 'Ada', identities: [userKey('discord', '111'), userKey('telegram', '222')] });
      await store.people.insert(ada);

      expect(await store.people.get(ada.id)).toEqual(ada);
      expect((await store.people.findByIdentity(userKey('telegram', '222')))?.id).toBe(ada.id);
      expect(await store.people.findByIdentity(userKey('telegram', '999'))).toBeNull();

      const later = hoursFrom(T0, 1);
      const updated = await store.people.update(ada.id, { bio: 'Marathon in spring', radiusKm: 15 }, later);
      expect(updated).toMatchObject({ bio: 'Marathon in spring', radiusKm: 15, updatedAt: later, displayName: 'Ada' });

      const copy = (await store.people.get(ada.id))!;
      (copy.activities as string[]).push('yoga');
      expect((await store.people.get(ada.id))!.activities).toEqual(['running']);
    });

    it('keeps a profile without a location and reads it back as null', async () => {
      const newcomer = makeProfile({ at: null, area: null, level: null });
      await store.people.insert(newcomer);
      expect(await store.people.get(newcomer.id)).toEqual(newcomer);
      const withPlace = await store.people.update(newcomer.id, { location: POTSDAM, area: 'Potsdam, DE' }, T0);
      expect(withPlace?.location).toEqual(POTSDAM);
    });

    it('refuses a platform identity that another person already has', async () => {
      const a = makeProfile({ identities: [userKey('discord', '42')] });
      const b = makeProfile({ identities: [userKey('telegram', '7')] });
      await store.people.insert(a);
      await store.people.insert(b);
      expect(await conflictOf(store.people.insert(makeProfile({ identities: [userKey('discord', '42')] })))).toBe('identity');
      expect(await conflictOf(store.people.update(b.id, { identities: [userKey('telegram', '7'), userKey('discord', '42')] }, T0))).toBe(
        'identity',
      );
      expect((await store.people.get(b.id))!.identities).toEqual([userKey('telegram', '7')]);
    });

    it('returns several people in the order asked, skipping the missing', async () => {
      const [a, b] = [makeProfile(), makeProfile()];
      await store.people.insert(a);
      await store.people.insert(b);
      const got = await store.people.getMany([b.id, newId<PersonId>(), a.id]);
      expect(got.map((p) => p.id)).toEqual([b.id, a.id]);
    });

    it('adds to and pulls from sets without duplicates', async () => {
      const a = makeProfile();
      const other = newId<PersonId>();
      await store.people.insert(a);
      await store.people.addToSet(a.id, 'blocked', other);
      await store.people.addToSet(a.id, 'blocked', other);
      expect((await store.people.get(a.id))!.blocked).toEqual([other]);
      await store.people.pull(a.id, 'blocked', other);
      expect((await store.people.get(a.id))!.blocked).toEqual([]);
    });

    it('counts attendance: attended raises the streak, a miss resets it, the best streak stays', async () => {
      const a = makeProfile();
      await store.people.insert(a);
      for (const attended of [true, true, true, false, true]) await store.people.recordAttendance(a.id, attended);
      expect((await store.people.get(a.id))!.attendance).toEqual({ attended: 4, missed: 1, streak: 1, bestStreak: 3 });
    });

    it('counts active profiles, and the people of a community', async () => {
      const communityId = newId<CommunityId>();
      await store.people.insert(makeProfile({ communities: [communityId] }));
      await store.people.insert(makeProfile({ status: 'paused', communities: [communityId] }));
      await store.people.insert(makeProfile());
      expect(await store.people.countActive()).toBe(2);
      expect(await store.people.countInCommunity(communityId)).toBe(2);
    });
  });

  describe('people near a point', () => {
    it('orders by distance and cuts off at the radius', async () => {
      const near = makeProfile({ at: FRIEDRICHSHAIN });
      const mid = makeProfile({ at: POTSDAM, radiusKm: 50 });
      const far = makeProfile({ at: HAMBURG, radiusKm: 500 });
      for (const p of [far, mid, near]) await store.people.insert(p);

      const hits = await store.people.near({ from: BERLIN, maxKm: 40, mutual: false, excludeIds: [], limit: 10 });
      expect(hits.map((h) => h.item.id)).toEqual([near.id, mid.id]);
      expect(hits[0]!.distanceKm).toBeCloseTo(3.35, 1);
      expect(hits[1]!.distanceKm).toBeGreaterThan(20);
      expect(hits[1]!.distanceKm).toBeLessThan(40);
    });

    it('with mutual reach keeps only people whose own radius reaches back', async () => {
      const homebody = makeProfile({ at: POTSDAM, radiusKm: 5 });
      const traveller = makeProfile({ at: POTSDAM, radiusKm: 50 });
      for (const p of [homebody, traveller]) await store.people.insert(p);
      const hits = await store.people.near({ from: BERLIN, maxKm: 50, mutual: true, excludeIds: [], limit: 10 });
      expect(hits.map((h) => h.item.id)).toEqual([traveller.id]);
    });

    it('finds neighbours across the antimeridian', async () => {
      const east = makeProfile({ at: point(-17.0, 179.95) });
      const west = makeProfile({ at: point(-17.0, -179.95) });
      const farAway = makeProfile({ at: point(-17.0, 170) });
      for (const p of [east, west, farAway]) await store.people.insert(p);
      const hits = await store.people.near({ from: point(-17.0, 179.99), maxKm: 20, mutual: false, excludeIds: [], limit: 10 });
      expect(hits.map((h) => h.item.id)).toEqual([east.id, west.id]);
      expect(hits[1]!.distanceKm).toBeCloseTo(6.4, 0);
    });

    it('measures near a pole where longitude means little', async () => {
      const acrossThePole = makeProfile({ at: point(89.9, 90) });
      const sameMeridian = makeProfile({ at: point(89.0, 0) });
      for (const p of [acrossThePole, sameMeridian]) await store.people.insert(p);
      const hits = await store.people.near({ from: point(89.9, -90), maxKm: 150, mutual: false, excludeIds: [], limit: 10 });
      expect(hits.map((h) => h.item.id)).toEqual([acrossThePole.id, sameMeridian.id]);
      expect(hits[0]!.distanceKm).toBeCloseTo(22.26, 1);
    });

    it('returns people at the very same spot, ties in id order, at distance 0', async () => {
      const twins = [makeProfile(), makeProfile(), makeProfile()];
      for (const p of twins) await store.people.insert(p);
      const hits = await store.people.near({ from: BERLIN, maxKm: 1, mutual: true, excludeIds: [], limit: 10 });
      expect(hits.map((h) => h.item.id)).toEqual(twins.map((p) => p.id).sort());
      expect(hits.every((h) => h.distanceKm < 1e-6)).toBe(true);
    });

    it('agrees with a brute-force nearest search for random people and queries all over the globe', async () => {
      let seed = 7;
      const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
      // Clusters at a pole, on the antimeridian, in a city, and spread everywhere.
      const centres = [point(89.5, 0), point(-10, 179.9), point(52.5, 13.4), point(0, 0)];
      const people = Array.from({ length: 400 }, (_, i) => {
        const c = centres[i % centres.length]!;
        const spread = i % 8 === 7 ? 60 : 0.6;
        const lat = Math.max(-90, Math.min(90, c.coordinates[1] + (random() - 0.5) * spread));
        const lng = ((c.coordinates[0] + (random() - 0.5) * spread * 2 + 540) % 360) - 180;
        return makeProfile({ at: point(lat, lng), radiusKm: 5 + Math.floor(random() * 120) });
      });
      for (const p of people) await store.people.insert(p);
      for (let q = 0; q < 24; q++) {
        const from = people[Math.floor(random() * people.length)]!.location!;
        const maxKm = 5 + Math.floor(random() * 150);
        const mutual = q % 2 === 0;
        const expected = people
          .map((p) => ({ id: p.id, d: distanceKm(from, p.location!), r: p.radiusKm }))
          .filter((x) => x.d <= maxKm && (!mutual || x.r >= x.d))
          .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
          .slice(0, 15);
        const hits = await store.people.near({ from, maxKm, mutual, excludeIds: [], limit: 15 });
        expect(hits.map((h) => h.distanceKm)).toEqual(expected.map((x) => expect.closeTo(x.d, 3)));
        expect(hits.length).toBe(expected.length);
      }
    });

    it('filters paused, excluded, blocking and activity mismatches in the same query, and limits', async () => {
      const me = newId<PersonId>();
      const fine = makeProfile({ at: FRIEDRICHSHAIN });
      const paused = makeProfile({ status: 'paused' });
      const excluded = makeProfile();
      const blocksMe = makeProfile({ blocked: [me] });
      const swimmer = makeProfile({ activities: ['swimming'] });
      const noPlace = makeProfile({ at: null });
      const second = makeProfile({ activities: ['yoga', 'running'], at: POTSDAM, radiusKm: 60 });
      for (const p of [fine, paused, excluded, blocksMe, swimmer, noPlace, second]) await store.people.insert(p);
      const base = { from: BERLIN, maxKm: 60, mutual: true, excludeIds: [excluded.id], notBlockedBy: me, activitiesAny: ['running', 'cycling'] as const };
      expect((await store.people.near({ ...base, limit: 10 })).map((h) => h.item.id)).toEqual([fine.id, second.id]);
      expect((await store.people.near({ ...base, limit: 1 })).map((h) => h.item.id)).toEqual([fine.id]);
    });
  });

  describe('communities, reports and the audit log', () => {
    it('creates a community once per platform key, even when asked concurrently', async () => {
      const key = communityKey('discord', '900000000000000001');
      const all = await Promise.all(Array.from({ length: 10 }, () => store.communities.ensure(key, 'Runners', T0)));
      expect(new Set(all.map((c) => c.id)).size).toBe(1);
      expect(all[0]).toMatchObject({ key, name: 'Runners', bans: [], settings: { defaultRadiusKm: 10, places: [] } });
      expect((await store.communities.getByKey(key))?.id).toBe(all[0]!.id);
    });

    it('updates settings and bans/unbans, replacing an earlier ban of the same person', async () => {
      const c = await store.communities.ensure(communityKey('telegram', '-100123'), 'Lifters', T0);
      const mod = newId<PersonId>();
      const troll = newId<PersonId>();
      const updated = await store.communities.updateSettings(c.id, {
        announceChannelId: '555',
        places: [{ name: 'Tempelhofer Feld', point: point(52.4732, 13.4024) }],
      });
      expect(updated?.settings).toMatchObject({ announceChannelId: '555', defaultRadiusKm: 10 });
      expect(updated?.settings.places[0]?.name).toBe('Tempelhofer Feld');

      await store.communities.ban(c.id, { personId: troll, by: mod, reason: 'spam', at: T0 });
      await store.communities.ban(c.id, { personId: troll, by: mod, reason: 'spam again', at: hoursFrom(T0, 1) });
      expect((await store.communities.get(c.id))!.bans).toEqual([{ personId: troll, by: mod, reason: 'spam again', at: hoursFrom(T0, 1) }]);
      expect(await store.communities.unban(c.id, troll)).toBe(true);
      expect(await store.communities.unban(c.id, troll)).toBe(false);
    });

    it('rekeys a community to a new platform key, replacing only an untouched community already there', async () => {
      const [oldKey, newKey] = [communityKey('telegram', '-4001'), communityKey('telegram', '-1004001')];
      const c = await store.communities.ensure(oldKey, 'Park Runners', T0);
      const mod = newId<PersonId>();
      await store.communities.updateSettings(c.id, { places: [{ name: 'Tempelhofer Feld', point: point(52.4732, 13.4024) }] });
      await store.communities.ban(c.id, { personId: newId<PersonId>(), by: mod, reason: 'spam', at: T0 });
      // The new chat was seen first and registered empty: it gives way.
      const empty = await store.communities.ensure(newKey, 'Park Runners', T0);

      const moved = await store.communities.rekey(oldKey, newKey);
      expect(moved).toMatchObject({ id: c.id, key: newKey, name: 'Park Runners', settings: { places: [{ name: 'Tempelhofer Feld' }] } });
      expect(moved?.bans).toHaveLength(1);
      expect(await store.communities.getByKey(oldKey)).toBeNull();
      expect((await store.communities.getByKey(newKey))?.id).toBe(c.id);
      expect(await store.communities.get(empty.id)).toBeNull();
      // Nothing left under the old key.
      expect(await store.communities.rekey(oldKey, newKey)).toBeNull();

      // A configured community under the target key is never overwritten.
      const other = await store.communities.ensure(oldKey, 'Other', T0);
      await store.communities.updateSettings(other.id, { announceChannelId: '555' });
      expect(await store.communities.rekey(oldKey, newKey)).toBeNull();
      expect((await store.communities.getByKey(oldKey))?.id).toBe(other.id);
      expect((await store.communities.getByKey(newKey))?.id).toBe(c.id);
    });

    it('resolves a report exactly once and lists the open ones oldest first', async () => {
      const communityId = newId<CommunityId>();
      const reporter = newId<PersonId>();
      const mod = newId<PersonId>();
      const mk = (h: number) => ({
        id: newId<ReportId>(),
        communityId,
        reporterId: reporter,
        target: { kind: 'person' as const, personId: newId<PersonId>() },
        reason: 'rude',
        state: { status: 'open' as const },
        createdAt: hoursFrom(T0, h),
      });
      const [older, newer] = [mk(0), mk(1)];
      await store.reports.insert(newer);
      await store.reports.insert(older);
      expect((await store.reports.listOpen(communityId, 10)).map((r) => r.id)).toEqual([older.id, newer.id]);
      const results = await Promise.all([1, 2, 3].map(() => store.reports.resolve(older.id, mod, 'warned', T0)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect((await store.reports.get(older.id))!.state).toEqual({ status: 'resolved', by: mod, resolution: 'warned', at: T0 });
      expect((await store.reports.listOpen(communityId, 10)).map((r) => r.id)).toEqual([newer.id]);
    });

    it('lists audit entries newest first', async () => {
      const communityId = newId<CommunityId>();
      const actorId = newId<PersonId>();
      for (const h of [0, 2, 1])
        await store.audit.insert({ id: newId<AuditId>(), communityId, actorId, action: 'member.ban', target: `p${h}`, detail: '', at: hoursFrom(T0, h) });
      expect((await store.audit.list(communityId, 2)).map((e) => e.target)).toEqual(['p2', 'p1']);
    });
  });

  describe('sessions', () => {
    it('creates, reads, edits and moves status only from the allowed states', async () => {
      const s = makeSession(newId<PersonId>());
      await store.sessions.insert(s);
      expect(await store.sessions.get(s.id)).toEqual(s);
      const edited = await store.sessions.update(s.id, { title: 'Sunrise 10k', startsAt: hoursFrom(T0, 30) }, hoursFrom(T0, 1));
      expect(edited).toMatchObject({ title: 'Sunrise 10k', startsAt: hoursFrom(T0, 30), updatedAt: hoursFrom(T0, 1) });
      expect(await store.sessions.transition(s.id, ['completed'], 'cancelled', T0)).toBeNull();
      expect((await store.sessions.transition(s.id, ['open', 'full'], 'cancelled', T0))?.status).toBe('cancelled');
      expect(await store.sessions.seatOrWaitlist(s.id, newId<PersonId>())).toBe('closed');
    });

    it('seats until full, then waitlists, and refuses twice', async () => {
      const s = makeSession(newId<PersonId>(), { capacity: 2 });
      await store.sessions.insert(s);
      const [a, b, c] = [newId<PersonId>(), newId<PersonId>(), newId<PersonId>()];
      expect(await store.sessions.seatOrWaitlist(s.id, a)).toBe('seated');
      expect(await store.sessions.seatOrWaitlist(s.id, a)).toBe('already');
      expect(await store.sessions.seatOrWaitlist(s.id, b)).toBe('seated');
      expect((await store.sessions.get(s.id))!.status).toBe('full');
      expect(await store.sessions.seatOrWaitlist(s.id, c)).toBe('waitlisted');
      expect(await store.sessions.seatOrWaitlist(s.id, c)).toBe('already');
      expect(await store.sessions.seatOrWaitlist(newId<SessionId>(), c)).toBe('closed');
    });

    it('gives the last seat to exactly one of 50 concurrent takers; the other 49 wait', async () => {
      const s = makeSession(newId<PersonId>(), { capacity: 3, participants: [newId<PersonId>(), newId<PersonId>()] });
      await store.sessions.insert(s);
      const takers = Array.from({ length: 50 }, () => newId<PersonId>());
      const outcomes = await Promise.all(takers.map((p) => store.sessions.seatOrWaitlist(s.id, p)));
      expect(outcomes.filter((o) => o === 'seated')).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'waitlisted')).toHaveLength(49);
      const after = (await store.sessions.get(s.id))!;
      expect(after.participants).toHaveLength(3);
      expect(after.status).toBe('full');
      expect(new Set(after.waitlist).size).toBe(49);
    });

    it('promotes the first waitlisted person when a seat frees, and reopens when nobody waits', async () => {
      const [a, b, w1, w2] = [newId<PersonId>(), newId<PersonId>(), newId<PersonId>(), newId<PersonId>()];
      const s = makeSession(newId<PersonId>(), { capacity: 2, participants: [a, b], waitlist: [w1, w2], status: 'full' });
      await store.sessions.insert(s);
      expect(await store.sessions.leave(s.id, w2)).toEqual({ left: true, promoted: null });
      expect(await store.sessions.leave(s.id, a)).toEqual({ left: true, promoted: w1 });
      expect((await store.sessions.get(s.id))).toMatchObject({ participants: [b, w1], waitlist: [], status: 'full' });
      expect(await store.sessions.leave(s.id, b)).toEqual({ left: true, promoted: null });
      expect((await store.sessions.get(s.id))).toMatchObject({ participants: [w1], status: 'open' });
      expect(await store.sessions.leave(s.id, b)).toEqual({ left: false, promoted: null });
    });

    it('fills new seats from the waitlist after capacity grows', async () => {
      const [a, w1, w2, w3] = [newId<PersonId>(), newId<PersonId>(), newId<PersonId>(), newId<PersonId>()];
      const s = makeSession(newId<PersonId>(), { capacity: 1, participants: [a], waitlist: [w1, w2, w3], status: 'full' });
      await store.sessions.insert(s);
      const grown = await store.sessions.update(s.id, { capacity: 3 }, T0);
      expect(grown?.status).toBe('open');
      expect(await store.sessions.fillFromWaitlist(s.id)).toEqual([w1, w2]);
      expect(await store.sessions.get(s.id)).toMatchObject({ participants: [a, w1, w2], waitlist: [w3], status: 'full' });
      expect(await store.sessions.fillFromWaitlist(s.id)).toEqual([]);
    });

    it('resizes a live session only while no more people are seated than the new capacity; status follows the seats', async () => {
      const [a, b, w] = [newId<PersonId>(), newId<PersonId>(), newId<PersonId>()];
      const s = makeSession(newId<PersonId>(), { capacity: 4, participants: [a, b] });
      await store.sessions.insert(s);
      const later = hoursFrom(T0, 1);

      const down = await store.sessions.resize(s.id, 2, later);
      expect(down).toMatchObject({ capacity: 2, status: 'full', participants: [a, b], updatedAt: later });
      expect(await store.sessions.get(s.id)).toEqual(down);
      expect(await store.sessions.seatOrWaitlist(s.id, w)).toBe('waitlisted');

      // Below the seated count: refused, nothing changes.
      expect(await store.sessions.resize(s.id, 1, hoursFrom(T0, 2))).toBeNull();
      expect(await store.sessions.get(s.id)).toMatchObject({ capacity: 2, status: 'full', updatedAt: later });

      // Up again: open, and the waitlist stays as it is (filling it is a step of its own).
      const up = await store.sessions.resize(s.id, 5, hoursFrom(T0, 3));
      expect(up).toMatchObject({ capacity: 5, status: 'open', participants: [a, b], waitlist: [w], updatedAt: hoursFrom(T0, 3) });

      expect(await store.sessions.resize(newId<SessionId>(), 3, T0)).toBeNull();
      await store.sessions.transition(s.id, ['open', 'full'], 'cancelled', T0);
      expect(await store.sessions.resize(s.id, 8, T0)).toBeNull();
      expect(await store.sessions.get(s.id)).toMatchObject({ capacity: 5, status: 'cancelled' });
    });

    it('never overbooks when a resize races 10 seat takers, whichever wins', async () => {
      // The resize placed first, in the middle and last of the racers.
      for (const at of [0, 5, 10]) {
        const s = makeSession(newId<PersonId>(), { capacity: 3, participants: [newId<PersonId>(), newId<PersonId>()] });
        await store.sessions.insert(s);
        const takers = Array.from({ length: 10 }, () => newId<PersonId>());
        // Started in this order, all before any is awaited.
        const before = takers.slice(0, at).map((p) => store.sessions.seatOrWaitlist(s.id, p));
        const resize = store.sessions.resize(s.id, 2, hoursFrom(T0, 1));
        const rest = takers.slice(at).map((p) => store.sessions.seatOrWaitlist(s.id, p));
        const [resized, ...outcomes] = await Promise.all([resize, ...before, ...rest]);
        const after = (await store.sessions.get(s.id))!;

        expect(after.participants.length).toBeLessThanOrEqual(after.capacity);
        expect(after.status).toBe('full');
        expect(new Set(after.waitlist).size).toBe(after.waitlist.length);
        const seated = outcomes.filter((o) => o === 'seated').length;
        expect(outcomes.filter((o) => o === 'waitlisted')).toHaveLength(10 - seated);
        expect(after.waitlist).toHaveLength(10 - seated);
        if (resized) {
          // The resize came first: two seats, both taken already; every taker waits.
          expect(resized).toMatchObject({ capacity: 2, status: 'full' });
          expect(after).toMatchObject({ capacity: 2 });
          expect(after.participants).toHaveLength(2);
          expect(seated).toBe(0);
        } else {
          // A taker came first: the third seat is taken, so capacity can't go below 3.
          expect(after).toMatchObject({ capacity: 3 });
          expect(after.participants).toHaveLength(3);
          expect(seated).toBe(1);
        }
      }
    });

    it('records a check-in once, and only for participants', async () => {
      const p = newId<PersonId>();
      const s = makeSession(newId<PersonId>(), { participants: [p] });
      await store.sessions.insert(s);
      expect(await store.sessions.addCheckIn(s.id, { personId: p, attended: true, at: T0 })).toBe(true);
      expect(await store.sessions.addCheckIn(s.id, { personId: p, attended: false, at: T0 })).toBe(false);
      expect(await store.sessions.addCheckIn(s.id, { personId: newId<PersonId>(), attended: true, at: T0 })).toBe(false);
      expect((await store.sessions.get(s.id))!.checkIns).toEqual([{ personId: p, attended: true, at: T0 }]);
    });

    it('keeps announcements', async () => {
      const s = makeSession(newId<PersonId>());
      await store.sessions.insert(s);
      const a = { community: communityKey('discord', '1'), channelId: '2', messageId: '3' };
      await store.sessions.addAnnouncement(s.id, a);
      expect((await store.sessions.get(s.id))!.announcements).toEqual([a]);
    });

    it('finds sessions near a point with every filter, paged', async () => {
      const host = newId<PersonId>();
      const other = newId<PersonId>();
      const soonNear = makeSession(other, { place: { point: FRIEDRICHSHAIN, label: 'Boxhagener Platz' } });
      const soonFar = makeSession(other, { place: { point: POTSDAM, label: 'Park Sanssouci' } });
      const past = makeSession(other, { startsAt: hoursFrom(T0, -2) });
      const cancelled = makeSession(other, { status: 'cancelled' });
      const swim = makeSession(other, { activity: 'swimming' });
      const advancedOnly = makeSession(other, { levels: { min: 'advanced', max: 'advanced' } });
      const mine = makeSession(host);
      const nextWeek = makeSession(other, { startsAt: hoursFrom(T0, 24 * 8) });
      for (const s of [soonNear, soonFar, past, cancelled, swim, advancedOnly, mine, nextWeek]) await store.sessions.insert(s);

      const q = {
        from: BERLIN,
        maxKm: 50,
        statuses: ['open', 'full'] as const,
        startsAfter: T0,
        startsBefore: hoursFrom(T0, 24 * 7),
        activity: 'running' as const,
        level: 'beginner' as const,
        excludeHostIds: [host],
        limit: 10,
      };
      const all = await store.sessions.near(q);
      expect(all.map((h) => h.item.id)).toEqual([soonNear.id, soonFar.id]);
      expect((await store.sessions.near({ ...q, limit: 1, skip: 1 })).map((h) => h.item.id)).toEqual([soonFar.id]);
      expect((await store.sessions.near({ ...q, maxKm: 10 })).map((h) => h.item.id)).toEqual([soonNear.id]);
    });

    it('lists a person’s sessions (hosted, seated, waiting) soonest first, and counts', async () => {
      const me = newId<PersonId>();
      const communityId = newId<CommunityId>();
      const hosted = makeSession(me, { startsAt: hoursFrom(T0, 48), communityId });
      const seated = makeSession(newId<PersonId>(), { participants: [me], startsAt: hoursFrom(T0, 24), communityId });
      const waiting = makeSession(newId<PersonId>(), { waitlist: [me], startsAt: hoursFrom(T0, 72) });
      const notMine = makeSession(newId<PersonId>(), { communityId });
      for (const s of [hosted, seated, waiting, notMine]) await store.sessions.insert(s);
      expect((await store.sessions.listForPerson(me, ['open', 'full'], T0)).map((s) => s.id)).toEqual([seated.id, hosted.id, waiting.id]);
      expect((await store.sessions.listByCommunity(communityId, ['open'], T0, 2)).map((s) => s.id)).toEqual([seated.id, notMine.id]);
      expect(await store.sessions.countCreatedSince(communityId, T0)).toBe(3);
      expect(await store.sessions.countOpen()).toBe(4);
    });
  });

  describe('join requests', () => {
    it('allows one live request per session and person, and a new one after a decline', async () => {
      const sessionId = newId<SessionId>();
      const me = newId<PersonId>();
      const first = joinRequest(sessionId, me);
      await store.joinRequests.insert(first);
      expect(await conflictOf(store.joinRequests.insert(joinRequest(sessionId, me)))).toBe('live-join-request');
      expect((await store.joinRequests.findLive(sessionId, me))?.id).toBe(first.id);

      expect((await store.joinRequests.transition(first.id, ['pending'], 'declined', T0))?.status).toBe('declined');
      expect(await store.joinRequests.findLive(sessionId, me)).toBeNull();
      await store.joinRequests.insert(joinRequest(sessionId, me));
      expect(await store.joinRequests.insert(joinRequest(newId<SessionId>(), me))).toBeUndefined();
    });

    it('accepts a pending request exactly once under concurrency', async () => {
      const r = joinRequest(newId<SessionId>(), newId<PersonId>());
      await store.joinRequests.insert(r);
      const results = await Promise.all(Array.from({ length: 20 }, () => store.joinRequests.transition(r.id, ['pending'], 'accepted', T0)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.joinRequests.get(r.id)).toMatchObject({ status: 'accepted', decidedAt: T0 });
    });

    it('lists a person’s requests in the statuses asked, newest first, ties by id descending', async () => {
      const me = newId<PersonId>();
      const old = joinRequest(newId<SessionId>(), me, { createdAt: hoursFrom(T0, -5) });
      const accepted = joinRequest(newId<SessionId>(), me, { status: 'accepted', createdAt: hoursFrom(T0, 1) });
      const declined = joinRequest(newId<SessionId>(), me, { status: 'declined', createdAt: hoursFrom(T0, 3) });
      const tieLow = joinRequest(newId<SessionId>(), me, { id: 'tie-a' as JoinRequestId, createdAt: hoursFrom(T0, 2) });
      const tieHigh = joinRequest(newId<SessionId>(), me, { id: 'tie-b' as JoinRequestId, createdAt: hoursFrom(T0, 2) });
      const someoneElse = joinRequest(old.sessionId, newId<PersonId>(), { createdAt: hoursFrom(T0, 4) });
      for (const r of [tieLow, old, someoneElse, declined, tieHigh, accepted]) await store.joinRequests.insert(r);

      expect((await store.joinRequests.listForRequester(me, ['pending'])).map((r) => r.id)).toEqual([tieHigh.id, tieLow.id, old.id]);
      expect((await store.joinRequests.listForRequester(me, ['pending', 'accepted'])).map((r) => r.id)).toEqual([
        tieHigh.id,
        tieLow.id,
        accepted.id,
        old.id,
      ]);
      expect(await store.joinRequests.listForRequester(me, ['declined'])).toEqual([declined]);
      expect(await store.joinRequests.listForRequester(me, [])).toEqual([]);
      expect(await store.joinRequests.listForRequester(newId<PersonId>(), ['pending'])).toEqual([]);

      await store.joinRequests.transition(tieHigh.id, ['pending'], 'withdrawn', T0);
      expect((await store.joinRequests.listForRequester(me, ['pending'])).map((r) => r.id)).toEqual([tieLow.id, old.id]);
    });

    it('expires the pending requests of a session, lists and counts by status', async () => {
      const communityId = newId<CommunityId>();
      const sessionId = newId<SessionId>();
      const pending = joinRequest(sessionId, newId<PersonId>(), { communityId });
      const accepted = joinRequest(sessionId, newId<PersonId>(), { communityId, status: 'accepted', createdAt: hoursFrom(T0, 1) });
      const old = joinRequest(newId<SessionId>(), newId<PersonId>(), { communityId, createdAt: hoursFrom(T0, -48) });
      for (const r of [pending, accepted, old]) await store.joinRequests.insert(r);
      expect((await store.joinRequests.listForSession(sessionId, ['pending', 'accepted'])).map((r) => r.id)).toEqual([pending.id, accepted.id]);
      expect((await store.joinRequests.expirePending(sessionId, T0)).map((r) => r.id)).toEqual([pending.id]);
      expect((await store.joinRequests.get(pending.id))?.status).toBe('expired');
      expect(await store.joinRequests.countByStatus(communityId, hoursFrom(T0, -1))).toEqual({
        pending: 0,
        accepted: 1,
        declined: 0,
        withdrawn: 0,
        expired: 1,
      });
    });
  });

  describe('buddy connections and messages', () => {
    it('pairs two people once whichever asks, moves status once, lists and deletes', async () => {
      const [a, b] = [newId<PersonId>(), newId<PersonId>()];
      const c = connection(a, b);
      await store.connections.insert(c);
      expect(await conflictOf(store.connections.insert(connection(b, a)))).toBe('connection-pair');
      expect((await store.connections.findPair(b, a))?.id).toBe(c.id);
      expect((await store.connections.transition(c.id, ['requested'], 'accepted', T0))?.respondedAt).toEqual(T0);
      expect(await store.connections.transition(c.id, ['requested'], 'declined', T0)).toBeNull();
      expect((await store.connections.listForPerson(b)).map((x) => x.id)).toEqual([c.id]);
      expect(await store.connections.delete(c.id)).toBe(true);
      expect(await store.connections.findPair(a, b)).toBeNull();
    });

    it('keeps messages until their retention ends, newest first, and counts per sender', async () => {
      const c = connection(newId<PersonId>(), newId<PersonId>());
      const first = message(c, { createdAt: T0 });
      const second = message(c, { createdAt: hoursFrom(T0, 1), replyToId: first.id });
      const expired = message(c, { createdAt: hoursFrom(T0, -30), expiresAt: hoursFrom(T0, -6) });
      for (const m of [first, second, expired]) await store.messages.insert(m);
      expect(await store.messages.get(second.id, T0)).toEqual(second);
      expect(await store.messages.get(expired.id, T0)).toBeNull();
      expect((await store.messages.listForConnection(c.id, T0, 10)).map((m) => m.id)).toEqual([second.id, first.id]);
      expect(await store.messages.countFromSince(c.requesterId, hoursFrom(T0, -1))).toBe(2);
    });
  });

  describe('conversation state, actions and notices', () => {
    it('keeps one conversation per person until it expires', async () => {
      const me = newId<PersonId>();
      const state = { personId: me, flow: 'profile-setup', version: 2, step: 'location', data: { activities: ['running'] }, updatedAt: T0, expiresAt: hoursFrom(T0, 24) };
      await store.conversations.put(state);
      expect(await store.conversations.get(me, T0)).toEqual(state);
      expect(await store.conversations.get(me, hoursFrom(T0, 25))).toBeNull();
      await store.conversations.put({ ...state, step: 'level' });
      expect((await store.conversations.get(me, T0))?.step).toBe('level');
      await store.conversations.delete(me);
      expect(await store.conversations.get(me, T0)).toBeNull();
    });

    it('looks up stored actions until they expire or are deleted', async () => {
      const action = { id: newId<ActionId>(), actorId: newId<PersonId>(), command: 'accept', args: { requestId: 'x' }, createdAt: T0, expiresAt: hoursFrom(T0, 1) };
      await store.actions.put(action);
      expect(await store.actions.get(action.id, T0)).toEqual(action);
      expect(await store.actions.get(action.id, hoursFrom(T0, 2))).toBeNull();
      await store.actions.delete(action.id);
      expect(await store.actions.get(action.id, T0)).toBeNull();
    });

    it('hands each notice out once, oldest first, even to concurrent takers', async () => {
      const me = newId<PersonId>();
      for (const h of [2, 0, 1]) await store.notices.add({ id: newId<NoticeId>(), personId: me, text: `n${h}`, createdAt: hoursFrom(T0, h) });
      const takes = await Promise.all([store.notices.takeAll(me), store.notices.takeAll(me), store.notices.takeAll(me)]);
      expect(takes.flat().map((n) => n.text).sort()).toEqual(['n0', 'n1', 'n2']);
      expect(takes.find((t) => t.length === 3)?.map((n) => n.text) ?? ['n0', 'n1', 'n2']).toEqual(['n0', 'n1', 'n2']);
      expect(await store.notices.takeAll(me)).toEqual([]);
    });
  });

  describe('erasing a person', () => {
    it('removes everything that is theirs and cancels the sessions they host', async () => {
      const leaving = makeProfile({ identities: [userKey('discord', '31337')] });
      const friend = makeProfile();
      const waiter = newId<PersonId>();
      for (const p of [leaving, friend]) await store.people.insert(p);
      await store.people.addToSet(friend.id, 'blocked', leaving.id);

      const hosted = makeSession(leaving.id, { participants: [friend.id] });
      const joined = makeSession(friend.id, { capacity: 1, participants: [leaving.id], waitlist: [waiter], status: 'full' });
      const past = makeSession(leaving.id, { status: 'completed' });
      for (const s of [hosted, joined, past]) await store.sessions.insert(s);
      await store.joinRequests.insert(joinRequest(joined.id, leaving.id, { status: 'accepted' }));
      const c = connection(leaving.id, friend.id, { status: 'accepted' });
      await store.connections.insert(c);
      const m1 = message(c);
      const m2 = message(c, { fromId: friend.id, toId: leaving.id });
      await store.messages.insert(m1);
      await store.messages.insert(m2);
      await store.conversations.put({ personId: leaving.id, flow: 'x', version: 1, step: 's', data: {}, updatedAt: T0, expiresAt: hoursFrom(T0, 1) });
      await store.actions.put({ id: newId<ActionId>(), actorId: leaving.id, command: 'x', args: {}, createdAt: T0, expiresAt: hoursFrom(T0, 1) });
      await store.notices.add({ id: newId<NoticeId>(), personId: leaving.id, text: 'x', createdAt: T0 });

      const erasure = await store.erasePerson(leaving.id, T0);

      expect(erasure.cancelledSessions.map((s) => [s.id, s.status])).toEqual([[hosted.id, 'cancelled']]);
      expect(erasure.freedSeats).toEqual([{ sessionId: joined.id, promoted: waiter }]);
      expect(await store.people.get(leaving.id)).toBeNull();
      expect(await store.people.findByIdentity(userKey('discord', '31337'))).toBeNull();
      expect((await store.people.get(friend.id))!.blocked).toEqual([]);
      expect(await store.joinRequests.findLive(joined.id, leaving.id)).toBeNull();
      expect(await store.connections.findPair(leaving.id, friend.id)).toBeNull();
      expect(await store.messages.get(m1.id, T0)).toBeNull();
      expect(await store.messages.get(m2.id, T0)).toBeNull();
      expect(await store.conversations.get(leaving.id, T0)).toBeNull();
      expect(await store.notices.takeAll(leaving.id)).toEqual([]);
      expect((await store.sessions.get(joined.id))!.participants).toEqual([waiter]);
      expect((await store.sessions.get(past.id))!.status).toBe('completed');
      // The identity is free again: the same account can start over.
      await store.people.insert(makeProfile({ identities: [userKey('discord', '31337')] }));
    });
  });

  // ---------------------------------------------------------------------------------------------
  // Delivery (issue 6): the outbox and the match-alert ledger.
  // ---------------------------------------------------------------------------------------------
  describe('delivery: outbox and alert ledger', () => {
    const item = (overrides: Partial<OutboxItem> = {}): OutboxItem => ({
      id: newId<OutboxId>(),
      dedupeKey: `test:${newId(6)}`,
      personId: newId<PersonId>(),
      kind: 'test',
      reply: { visibility: 'private', title: 'Hello', text: 'Your session starts <t:1795000000:R>', fields: [{ name: 'Where', value: 'Tiergarten' }] },
      status: 'pending',
      dueAt: T0,
      attempts: 0,
      lease: null,
      lastError: null,
      platform: null,
      createdAt: T0,
      settledAt: null,
      ...overrides,
    });
    const later = (ms: number) => new Date(T0.getTime() + ms);

    it('GIVEN a notification WHEN it is enqueued twice under one dedupe key THEN it exists once', async () => {
      const first = item({ dedupeKey: 'reminder:s1:p1:60' });
      expect(await store.outbox.enqueue(first)).toBe(true);
      expect(await store.outbox.enqueue(item({ dedupeKey: 'reminder:s1:p1:60', kind: 'other' }))).toBe(false);
      expect(await store.outbox.getByKey('reminder:s1:p1:60')).toEqual(first);
      expect(await store.outbox.get(first.id)).toEqual(first);
      expect((await store.outbox.countByStatus()).pending).toBe(1);
    });

    it('claims only due, unleased items, earliest first, and leases them to the claimer', async () => {
      const a = item({ dueAt: later(2000) });
      const b = item({ dueAt: later(1000) });
      const future = item({ dueAt: later(60_000) });
      for (const i of [a, b, future]) await store.outbox.enqueue(i);

      const claimed = await store.outbox.claim('w1', later(5000), 10, 30_000);
      expect(claimed.map((c) => c.id)).toEqual([b.id, a.id]);
      expect(claimed[0]!.lease).toMatchObject({ owner: 'w1', until: later(35_000) });
      expect(claimed[0]!.reply).toEqual(b.reply);
      // Leased: nobody else gets them while the lease holds…
      expect(await store.outbox.claim('w2', later(6000), 10, 30_000)).toEqual([]);
      // …and once it has run out (the claimer died), someone else does, and the old lease is void.
      const retaken = await store.outbox.claim('w2', later(36_000), 10, 30_000);
      expect(retaken.map((c) => c.id)).toEqual([b.id, a.id]);
      expect(await store.outbox.settle(b.id, claimed[0]!.lease!.token, { status: 'sent', at: later(36_001), platform: 'console' })).toBe(false);
      expect(await store.outbox.settle(b.id, retaken[0]!.lease!.token, { status: 'sent', at: later(36_001), platform: 'console' })).toBe(true);
      expect(await store.outbox.get(b.id)).toMatchObject({ status: 'sent', lease: null, platform: 'console', settledAt: later(36_001) });
      expect(await store.outbox.nextDue()).toEqual(later(2000));
    });

    it('two concurrent claimers: each notification is claimed once', async () => {
      const items = Array.from({ length: 60 }, (_, n) => item({ dueAt: later(n) }));
      for (const i of items) await store.outbox.enqueue(i);
      const seen: string[] = [];
      for (let round = 0; round < 10; round++) {
        const [x, y] = await Promise.all([store.outbox.claim('x', later(1000), 25, 60_000), store.outbox.claim('y', later(1000), 25, 60_000)]);
        seen.push(...x.map((i) => i.id), ...y.map((i) => i.id));
        if (x.length + y.length === 0) break;
      }
      expect(seen).toHaveLength(60);
      expect(new Set(seen).size).toBe(60);
    });

    it('releases an item for a later try, and ends it as unreachable, failed or dropped', async () => {
      const a = item();
      const b = item();
      await store.outbox.enqueue(a);
      await store.outbox.enqueue(b);
      const [ca, cb] = await store.outbox.claim('w', T0, 10, 60_000);
      expect(await store.outbox.settle(ca!.id, ca!.lease!.token, { status: 'pending', dueAt: later(10_000), attempts: 1, error: 'HTTP 502' })).toBe(true);
      expect(await store.outbox.get(ca!.id)).toMatchObject({ status: 'pending', lease: null, attempts: 1, lastError: 'HTTP 502', dueAt: later(10_000) });
      expect(await store.outbox.claim('w', later(9_999), 10, 60_000)).toEqual([]);
      expect((await store.outbox.claim('w', later(10_000), 10, 60_000)).map((i) => i.id)).toEqual([ca!.id]);

      expect(await store.outbox.settle(cb!.id, cb!.lease!.token, { status: 'unreachable', at: later(1), error: 'bot blocked' })).toBe(true);
      expect(await store.outbox.get(cb!.id)).toMatchObject({ status: 'unreachable', lastError: 'bot blocked', settledAt: later(1) });
      // Settled: a token cannot bring it back.
      expect(await store.outbox.settle(cb!.id, cb!.lease?.token ?? '', { status: 'sent', at: later(2), platform: 'console' })).toBe(false);
      expect(await store.outbox.countByStatus()).toMatchObject({ pending: 1, unreachable: 1, sent: 0 });
    });

    it('cancels pending items by key prefix, leaving other and settled ones', async () => {
      const r1 = item({ dedupeKey: 'reminder:S1:p1:60:1' });
      const r2 = item({ dedupeKey: 'reminder:S1:p2:60:1' });
      const other = item({ dedupeKey: 'reminder:S10:p1:60:1' });
      for (const i of [r1, r2, other]) await store.outbox.enqueue(i);
      expect(await store.outbox.cancelPending('reminder:S1:', later(1))).toBe(2);
      expect(await store.outbox.get(r1.id)).toMatchObject({ status: 'dropped', settledAt: later(1) });
      expect((await store.outbox.get(other.id))!.status).toBe('pending');
      expect(await store.outbox.cancelPending('reminder:S1:', later(2))).toBe(0);
    });

    it('purges settled items older than a date and erases a person', async () => {
      const old = item();
      const keep = item();
      const theirs = item({ personId: newId<PersonId>() });
      for (const i of [old, keep, theirs]) await store.outbox.enqueue(i);
      const [c] = await store.outbox.claim('w', T0, 1, 60_000);
      await store.outbox.settle(c!.id, c!.lease!.token, { status: 'sent', at: T0, platform: 'console' });
      expect(await store.outbox.purgeSettled(later(1))).toBe(1);
      expect(await store.outbox.get(c!.id)).toBeNull();
      // A purged key may be used again.
      expect(await store.outbox.enqueue(item({ dedupeKey: c!.dedupeKey }))).toBe(true);
      await store.outbox.erasePerson(theirs.personId);
      expect(await store.outbox.get(theirs.id)).toBeNull();
    });

    const alert = (recipientId: PersonId, subject: AlertSubject, overrides: Partial<MatchAlert> = {}): MatchAlert => ({
      id: newId<MatchAlertId>(),
      recipientId,
      subject,
      ref: subject.slice(subject.indexOf(':') + 1),
      mode: 'instant',
      score: 0.8,
      createdAt: T0,
      digestedAt: null,
      ...overrides,
    });

    it('records each recipient and subject once: the second record returns the first', async () => {
      const me = newId<PersonId>();
      const first = alert(me, 'person:abc');
      expect(await store.alerts.record(first)).toBeNull();
      expect(await store.alerts.record(alert(me, 'person:abc', { mode: 'digest' }))).toEqual(first);
      expect(await store.alerts.record(alert(newId<PersonId>(), 'person:abc'))).toBeNull();
      expect(await store.alerts.get(me, 'person:abc')).toEqual(first);
      expect(await store.alerts.get(me, 'session:abc')).toBeNull();
    });

    it('hands out at most the cap of daily slots, even to concurrent takers, per person and day', async () => {
      const me = newId<PersonId>();
      const takes = await Promise.all(Array.from({ length: 10 }, () => store.alerts.takeSlot(me, '2026-11-21', 3, T0)));
      expect(takes.filter(Boolean)).toHaveLength(3);
      expect(await store.alerts.takeSlot(me, '2026-11-22', 3, T0)).toBe(true);
      await store.alerts.releaseSlot(me, '2026-11-21');
      expect(await store.alerts.takeSlot(me, '2026-11-21', 3, T0)).toBe(true);
      expect(await store.alerts.takeSlot(me, '2026-11-21', 3, T0)).toBe(false);
      expect(await store.alerts.purgeSlots(later(1))).toBe(2);
      expect(await store.alerts.takeSlot(me, '2026-11-21', 3, later(2))).toBe(true);
    });

    it('lists digest entries oldest first and marks each digested once, even for concurrent markers', async () => {
      const me = newId<PersonId>();
      await store.alerts.record(alert(me, 'person:b', { mode: 'digest', createdAt: later(2) }));
      await store.alerts.record(alert(me, 'person:a', { mode: 'digest', createdAt: later(1) }));
      await store.alerts.record(alert(me, 'person:c', { mode: 'instant' }));
      await store.alerts.record(alert(newId<PersonId>(), 'person:d', { mode: 'digest' }));
      const pending = await store.alerts.pendingDigest(me);
      expect(pending.map((a) => a.subject)).toEqual(['person:a', 'person:b']);
      expect(pending[0]).toMatchObject({ ref: 'a', digestedAt: null });
      const ids = pending.map((a) => a.id);
      const marks = await Promise.all([store.alerts.markDigested(me, ids, later(5)), store.alerts.markDigested(me, ids, later(5))]);
      expect(marks[0]! + marks[1]!).toBe(2);
      expect(await store.alerts.pendingDigest(me)).toEqual([]);
      expect((await store.alerts.get(me, 'person:a'))!.digestedAt).toEqual(later(5));
      // Someone else's entries are not theirs to mark.
      expect(await store.alerts.markDigested(newId<PersonId>(), ids, later(6))).toBe(0);
    });

    it('erasing a person removes the alerts to and about them, and their outbox', async () => {
      const leaving = makeProfile();
      const other = makeProfile();
      await store.people.insert(leaving);
      await store.people.insert(other);
      await store.alerts.record(alert(leaving.id, `person:${other.id}`));
      await store.alerts.record(alert(other.id, `person:${leaving.id}`));
      await store.alerts.record(alert(other.id, 'session:s1'));
      const mine = item({ personId: leaving.id });
      await store.outbox.enqueue(mine);
      await store.erasePerson(leaving.id, T0);
      expect(await store.alerts.get(leaving.id, `person:${other.id}`)).toBeNull();
      expect(await store.alerts.get(other.id, `person:${leaving.id}`)).toBeNull();
      expect(await store.alerts.get(other.id, 'session:s1')).not.toBeNull();
      expect(await store.outbox.get(mine.id)).toBeNull();
    });
  });
});
