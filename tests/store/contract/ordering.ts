import { beforeEach, describe, expect, it } from 'vitest';
import {
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
} from '../../../src/domain/ids.js';
import { type MatchAlertId, type OutboxId, type Store } from '../../../src/store/port.js';
import { BERLIN, T0, hoursFrom, makeSession } from '../../support/fixtures.js';
import { auditEntry, connection, joinRequest, matchAlert, message, notice, outboxItem, report } from './builders.js';

/**
 * Equal timestamps come out in id order on every adapter: MongoDB sorts `{ <time>, _id }`, and the
 * in-memory store must not fall back on insertion order. Each story inserts rows sharing one
 * instant in an order that is neither the ids' order nor its reverse (c, a, b).
 */
function tiedIds<T extends string>(): { inserted: [T, T, T]; ascending: [T, T, T]; descending: [T, T, T] } {
  const base = newId(6);
  const [a, b, c] = [`${base}-a`, `${base}-b`, `${base}-c`] as [T, T, T];
  return { inserted: [c, a, b], ascending: [a, b, c], descending: [c, b, a] };
}

export function orderingContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('equal timestamps order by id', () => {
    it('GIVEN three buddy connections made at the same instant WHEN listed THEN oldest first, ties by id', async () => {
      const me = newId<PersonId>();
      const ids = tiedIds<ConnectionId>();
      const early = connection(me, newId<PersonId>(), { createdAt: hoursFrom(T0, -1) });
      for (const id of ids.inserted) await store.connections.insert(connection(newId<PersonId>(), me, { id }));
      await store.connections.insert(early);
      expect((await store.connections.listForPerson(me)).map((c) => c.id)).toEqual([early.id, ...ids.ascending]);
    });

    it('GIVEN open reports filed at the same instant WHEN a moderator lists them THEN oldest first, ties by id, cut at the limit', async () => {
      const communityId = newId<CommunityId>();
      const ids = tiedIds<ReportId>();
      for (const id of ids.inserted) await store.reports.insert(report(communityId, { id }));
      const late = report(communityId, { createdAt: hoursFrom(T0, 1) });
      await store.reports.insert(late);
      expect((await store.reports.listOpen(communityId, 10)).map((r) => r.id)).toEqual([...ids.ascending, late.id]);
      expect((await store.reports.listOpen(communityId, 2)).map((r) => r.id)).toEqual(ids.ascending.slice(0, 2));
    });

    it('GIVEN audit entries at the same instant WHEN the log is read THEN newest first, ties by id descending, cut at the limit', async () => {
      const communityId = newId<CommunityId>();
      const ids = tiedIds<AuditId>();
      const newest = auditEntry(communityId, { at: hoursFrom(T0, 1) });
      for (const id of ids.inserted) await store.audit.insert(auditEntry(communityId, { id }));
      await store.audit.insert(newest);
      expect((await store.audit.list(communityId, 10)).map((e) => e.id)).toEqual([newest.id, ...ids.descending]);
      expect((await store.audit.list(communityId, 2)).map((e) => e.id)).toEqual([newest.id, ids.descending[0]]);
    });

    it('GIVEN notices kept at the same instant WHEN the person comes back THEN they are handed out oldest first, ties by id', async () => {
      const me = newId<PersonId>();
      const ids = tiedIds<NoticeId>();
      for (const id of ids.inserted) await store.notices.add(notice(me, { id }));
      const older = notice(me, { createdAt: hoursFrom(T0, -2) });
      await store.notices.add(older);
      expect((await store.notices.takeAll(me)).map((n) => n.id)).toEqual([older.id, ...ids.ascending]);
    });

    it('GIVEN pending requests sent at the same instant WHEN the session closes THEN they expire and come back oldest first, ties by id', async () => {
      const sessionId = newId<SessionId>();
      const ids = tiedIds<JoinRequestId>();
      for (const id of ids.inserted) await store.joinRequests.insert(joinRequest(sessionId, newId<PersonId>(), { id }));
      const first = joinRequest(sessionId, newId<PersonId>(), { createdAt: hoursFrom(T0, -3) });
      await store.joinRequests.insert(first);
      expect((await store.joinRequests.listForSession(sessionId, ['pending'])).map((r) => r.id)).toEqual([first.id, ...ids.ascending]);
      const expired = await store.joinRequests.expirePending(sessionId, hoursFrom(T0, 5));
      expect(expired.map((r) => r.id)).toEqual([first.id, ...ids.ascending]);
      expect(expired.every((r) => r.status === 'pending')).toBe(true);
    });

    it('GIVEN messages relayed at the same instant WHEN the conversation is read THEN newest first, ties by id descending', async () => {
      const c = connection(newId<PersonId>(), newId<PersonId>());
      const ids = tiedIds<MessageId>();
      for (const id of ids.inserted) await store.messages.insert(message(c, { id }));
      expect((await store.messages.listForConnection(c.id, T0, 10)).map((m) => m.id)).toEqual(ids.descending);
      expect((await store.messages.listForConnection(c.id, T0, 1)).map((m) => m.id)).toEqual([ids.descending[0]]);
    });

    it('GIVEN sessions starting at the same instant WHEN a person’s or a community’s are listed THEN soonest first, ties by id', async () => {
      const me = newId<PersonId>();
      const communityId = newId<CommunityId>();
      const ids = tiedIds<SessionId>();
      const sooner = makeSession(me, { communityId, startsAt: hoursFrom(T0, 2) });
      for (const id of ids.inserted) await store.sessions.insert(makeSession(me, { id, seriesId: id, communityId }));
      await store.sessions.insert(sooner);
      expect((await store.sessions.listForPerson(me, ['open'], T0)).map((s) => s.id)).toEqual([sooner.id, ...ids.ascending]);
      expect((await store.sessions.listByCommunity(communityId, ['open'], T0, 3)).map((s) => s.id)).toEqual([
        sooner.id,
        ...ids.ascending.slice(0, 2),
      ]);
    });

    it('GIVEN sessions at the very same meeting place WHEN searched near it THEN ties of distance go by id, pages never overlap', async () => {
      const ids = tiedIds<SessionId>();
      for (const id of ids.inserted) await store.sessions.insert(makeSession(newId<PersonId>(), { id, seriesId: id }));
      const q = { from: BERLIN, maxKm: 5, statuses: ['open'] as const, startsAfter: T0, limit: 2 };
      expect((await store.sessions.near(q)).map((h) => h.item.id)).toEqual(ids.ascending.slice(0, 2));
      expect((await store.sessions.near({ ...q, skip: 2 })).map((h) => h.item.id)).toEqual([ids.ascending[2]]);
    });

    it('GIVEN notifications due at the same instant WHEN a sender claims some THEN it gets the first by id, the next claimer the rest', async () => {
      const ids = tiedIds<OutboxId>();
      for (const id of ids.inserted) await store.outbox.enqueue(outboxItem({ id }));
      expect((await store.outbox.claim('a', T0, 2, 60_000)).map((i) => i.id)).toEqual(ids.ascending.slice(0, 2));
      expect((await store.outbox.claim('b', T0, 2, 60_000)).map((i) => i.id)).toEqual([ids.ascending[2]]);
    });

    it('GIVEN digest entries recorded at the same instant WHEN the digest is built THEN oldest first, ties by id', async () => {
      const me = newId<PersonId>();
      const ids = tiedIds<MatchAlertId>();
      for (const [i, id] of ids.inserted.entries()) await store.alerts.record(matchAlert(me, `person:p${i}`, { id }));
      expect((await store.alerts.pendingDigest(me)).map((a) => a.id)).toEqual(ids.ascending);
    });

    it('GIVEN a limit below 1, not a number, or fractional WHEN a list is asked for THEN nothing, nothing, or rounded down', async () => {
      const communityId = newId<CommunityId>();
      const c = connection(newId<PersonId>(), newId<PersonId>());
      for (let h = 0; h < 3; h++) {
        await store.reports.insert(report(communityId, { createdAt: hoursFrom(T0, h) }));
        await store.audit.insert(auditEntry(communityId, { at: hoursFrom(T0, h) }));
        await store.messages.insert(message(c, { createdAt: hoursFrom(T0, h), expiresAt: hoursFrom(T0, 48) }));
        await store.sessions.insert(makeSession(newId<PersonId>(), { communityId, startsAt: hoursFrom(T0, 24 + h) }));
        await store.outbox.enqueue(outboxItem({ dueAt: hoursFrom(T0, -h) }));
      }
      const sizes = async (limit: number) => [
        (await store.reports.listOpen(communityId, limit)).length,
        (await store.audit.list(communityId, limit)).length,
        (await store.messages.listForConnection(c.id, T0, limit)).length,
        (await store.sessions.listByCommunity(communityId, ['open'], T0, limit)).length,
      ];
      expect(await sizes(-1)).toEqual([0, 0, 0, 0]);
      expect(await sizes(0)).toEqual([0, 0, 0, 0]);
      expect(await sizes(Number.NaN)).toEqual([0, 0, 0, 0]);
      expect(await sizes(2.9)).toEqual([2, 2, 2, 2]);
      expect(await store.outbox.claim('a', T0, -1, 60_000)).toEqual([]);
      expect(await store.outbox.claim('a', T0, Number.NaN, 60_000)).toEqual([]);
      expect(await store.outbox.claim('a', T0, 1.5, 60_000)).toHaveLength(1);
    });
  });
}
