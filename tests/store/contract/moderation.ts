import { beforeEach, describe, expect, it } from 'vitest';
import { point } from '../../../src/domain/geo.js';
import { type AuditId, type CommunityId, newId, type PersonId, type ReportId } from '../../../src/domain/ids.js';
import { communityKey } from '../../../src/domain/platform.js';
import { type Store } from '../../../src/store/port.js';
import { T0, hoursFrom } from '../../support/fixtures.js';

export function moderationContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
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
        platformSettings: { telegram: { announceChannelId: '555', moderatorRoleId: null } },
        places: [{ name: 'Tempelhofer Feld', point: point(52.4732, 13.4024) }],
      });
      expect(updated?.settings).toMatchObject({ platformSettings: { telegram: { announceChannelId: '555', moderatorRoleId: null } }, defaultRadiusKm: 10 });
      expect(updated?.settings.places[0]?.name).toBe('Tempelhofer Feld');

      await store.communities.ban(c.id, { personId: troll, by: mod, reason: 'spam', at: T0, identities: [], laterIds: [] });
      await store.communities.ban(c.id, { personId: troll, by: mod, reason: 'spam again', at: hoursFrom(T0, 1), identities: [], laterIds: [] });
      expect((await store.communities.get(c.id))!.bans).toEqual([{ personId: troll, identities: [], laterIds: [], by: mod, reason: 'spam again', at: hoursFrom(T0, 1) }]);
      expect(await store.communities.unban(c.id, troll)).toBe(true);
      expect(await store.communities.unban(c.id, troll)).toBe(false);
    });

    it('rekeys a community to a new platform key, replacing only an untouched community already there', async () => {
      const [oldKey, newKey] = [communityKey('telegram', '-4001'), communityKey('telegram', '-1004001')];
      const c = await store.communities.ensure(oldKey, 'Park Runners', T0);
      const mod = newId<PersonId>();
      await store.communities.updateSettings(c.id, { places: [{ name: 'Tempelhofer Feld', point: point(52.4732, 13.4024) }] });
      await store.communities.ban(c.id, { personId: newId<PersonId>(), by: mod, reason: 'spam', at: T0, identities: [], laterIds: [] });
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
      await store.communities.updateSettings(other.id, { platformSettings: { telegram: { announceChannelId: '555', moderatorRoleId: null } } });
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
}
