import { beforeEach, describe, expect, it } from 'vitest';
import { type CommunityId, type MessageId, newId, type PersonId, type ReportId, type SessionId } from '../../../src/domain/ids.js';
import { type Store } from '../../../src/store/port.js';
import { T0, hoursFrom, makeProfile, makeSession } from '../../support/fixtures.js';
import { auditEntry, conflictOf, connection, joinRequest, matchAlert, message, notice, outboxItem, report } from './builders.js';

/**
 * Uniqueness, the same on every adapter: which writes throw StoreConflict, naming which rule, and
 * which are simply not applied (null) because the row is not in the state the caller expected.
 */
export function conflictsContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  describe('uniqueness conflicts', () => {
    it('GIVEN a declined request and a new live one WHEN the declined one is moved back to pending THEN StoreConflict(live-join-request), both unchanged', async () => {
      const sessionId = newId<SessionId>();
      const me = newId<PersonId>();
      const old = joinRequest(sessionId, me);
      await store.joinRequests.insert(old);
      const declined = (await store.joinRequests.transition(old.id, ['pending'], 'declined', T0))!;
      const live = joinRequest(sessionId, me, { createdAt: hoursFrom(T0, 1) });
      await store.joinRequests.insert(live);

      expect(await conflictOf(store.joinRequests.transition(old.id, ['declined'], 'pending', hoursFrom(T0, 2)))).toBe('live-join-request');
      expect(await conflictOf(store.joinRequests.transition(old.id, ['declined', 'withdrawn'], 'accepted', hoursFrom(T0, 2)))).toBe(
        'live-join-request',
      );
      expect(await store.joinRequests.get(old.id)).toEqual(declined);
      expect(await store.joinRequests.get(live.id)).toEqual(live);
      expect((await store.joinRequests.findLive(sessionId, me))?.id).toBe(live.id);
    });

    it('GIVEN a request not in the expected state WHEN moved into a live status THEN null, no conflict, even while another is live', async () => {
      const sessionId = newId<SessionId>();
      const me = newId<PersonId>();
      const withdrawn = joinRequest(sessionId, me, { status: 'withdrawn', decidedAt: T0 });
      const live = joinRequest(sessionId, me);
      await store.joinRequests.insert(withdrawn);
      await store.joinRequests.insert(live);
      // The filter does not match it (it is withdrawn, not declined): nothing written, nothing collides.
      expect(await store.joinRequests.transition(withdrawn.id, ['declined'], 'pending', hoursFrom(T0, 1))).toBeNull();
      expect(await store.joinRequests.transition(newId(), ['declined'], 'pending', hoursFrom(T0, 1))).toBeNull();
      expect(await store.joinRequests.get(withdrawn.id)).toEqual(withdrawn);
    });

    it('GIVEN no other live request WHEN a closed one is reopened THEN it goes through; the live one moves between live statuses freely', async () => {
      const sessionId = newId<SessionId>();
      const me = newId<PersonId>();
      const r = joinRequest(sessionId, me, { status: 'withdrawn', decidedAt: T0 });
      await store.joinRequests.insert(r);
      expect(await store.joinRequests.transition(r.id, ['withdrawn'], 'pending', hoursFrom(T0, 1))).toMatchObject({
        status: 'pending',
        decidedAt: hoursFrom(T0, 1),
      });
      expect((await store.joinRequests.transition(r.id, ['pending'], 'accepted', hoursFrom(T0, 2)))?.status).toBe('accepted');
      expect(await conflictOf(store.joinRequests.insert(joinRequest(sessionId, me)))).toBe('live-join-request');
    });

    it('GIVEN a row already stored WHEN another is inserted under its id THEN StoreConflict(id) and the first stays as it was', async () => {
      const p = makeProfile();
      await store.people.insert(p);
      expect(await conflictOf(store.people.insert(makeProfile({ id: p.id })))).toBe('id');
      const s = makeSession(p.id);
      await store.sessions.insert(s);
      expect(await conflictOf(store.sessions.insert(makeSession(p.id, { id: s.id, title: 'Other' })))).toBe('id');
      const r = joinRequest(s.id, p.id);
      await store.joinRequests.insert(r);
      expect(await conflictOf(store.joinRequests.insert(joinRequest(newId<SessionId>(), p.id, { id: r.id })))).toBe('id');
      const c = connection(p.id, newId<PersonId>());
      await store.connections.insert(c);
      expect(await conflictOf(store.connections.insert(connection(p.id, newId<PersonId>(), { id: c.id })))).toBe('id');
      const m = message(c, { id: newId<MessageId>() });
      await store.messages.insert(m);
      expect(await conflictOf(store.messages.insert(message(c, { id: m.id, body: 'other' })))).toBe('id');

      const rep = report(newId<CommunityId>(), { id: newId<ReportId>() });
      await store.reports.insert(rep);
      expect(await conflictOf(store.reports.insert({ ...rep, reason: 'other' }))).toBe('id');
      const entry = auditEntry(rep.communityId);
      await store.audit.insert(entry);
      expect(await conflictOf(store.audit.insert({ ...entry, detail: 'rewritten history' }))).toBe('id');
      expect(await store.audit.list(rep.communityId, 10)).toEqual([entry]);
      const n = notice(p.id);
      await store.notices.add(n);
      expect(await conflictOf(store.notices.add({ ...n, text: 'other' }))).toBe('id');
      const item = outboxItem();
      await store.outbox.enqueue(item);
      expect(await conflictOf(store.outbox.enqueue(outboxItem({ id: item.id })))).toBe('id');

      expect(await store.people.get(p.id)).toEqual(p);
      expect(await store.sessions.get(s.id)).toEqual(s);
      expect(await store.messages.get(m.id, T0)).toEqual(m);
      expect(await store.reports.get(rep.id)).toEqual(rep);
      expect(await store.notices.takeAll(p.id)).toEqual([n]);
    });

    it('GIVEN a match alert WHEN another pair is recorded under its id THEN StoreConflict(id); the same pair returns the first', async () => {
      const me = newId<PersonId>();
      const first = matchAlert(me, 'person:a');
      expect(await store.alerts.record(first)).toBeNull();
      expect(await conflictOf(store.alerts.record(matchAlert(me, 'person:b', { id: first.id })))).toBe('id');
      expect(await store.alerts.get(me, 'person:b')).toBeNull();
      expect(await store.alerts.record(matchAlert(me, 'person:a', { id: first.id }))).toEqual(first);
      expect(await store.alerts.record(matchAlert(me, 'person:a'))).toEqual(first);
    });
  });
}
