import { beforeEach, describe, expect, it } from 'vitest';
import type { Ban } from '../../../src/domain/community.js';
import { type ActionId, type AuditId, type CommunityId, newId, type PersonId, type ReportId } from '../../../src/domain/ids.js';
import { communityKey, userKey } from '../../../src/domain/platform.js';
import type { AuditEntry, Report } from '../../../src/domain/social.js';
import { type Store } from '../../../src/store/port.js';
import { T0, hoursFrom, makeProfile } from '../../support/fixtures.js';

const ban = (personId: PersonId, overrides: Partial<Ban> = {}): Ban => ({
  personId,
  identities: [],
  laterIds: [],
  by: newId<PersonId>(),
  reason: 'spam',
  at: T0,
  ...overrides,
});

const report = (communityId: CommunityId, reporterId: PersonId, reason: string): Report => ({
  id: newId<ReportId>(),
  communityId,
  reporterId,
  target: { kind: 'person', personId: newId<PersonId>() },
  reason,
  state: { status: 'open' },
  createdAt: T0,
});

const audit = (communityId: CommunityId, target: string, detail: string, at = T0): AuditEntry => ({
  id: newId<AuditId>(),
  communityId,
  actorId: newId<PersonId>(),
  action: 'member.ban',
  target,
  detail,
  at,
});

/** Bans that follow the person, recorded moderators, and what erasure scrubs or expires. */
export function bansContract(current: () => Store): void {
  let store: Store;
  beforeEach(() => {
    store = current();
  });

  const community = (name: string) => store.communities.ensure(communityKey('discord', `${name}-${newId(4)}`), name, T0);

  describe('bans bound to accounts', () => {
    it('bindBans extends every covering ban with the new profile and accounts, once, and leaves other bans alone', async () => {
      const a = await community('Runners');
      const b = await community('Lifters');
      const old = newId<PersonId>();
      const other = newId<PersonId>();
      const discord = userKey('discord', '4242');
      const telegram = userKey('telegram', '77');
      await store.communities.ban(a.id, ban(old, { identities: [discord] }));
      await store.communities.ban(a.id, ban(other, { identities: [userKey('discord', '1')] }));
      await store.communities.ban(b.id, ban(old, { identities: [discord] }));

      const fresh = newId<PersonId>();
      // The account comes back on a new profile, with a second account linked.
      expect(await store.communities.bindBans(fresh, [discord, telegram, discord])).toBe(2);
      for (const c of [a, b]) {
        const stored = (await store.communities.get(c.id))!.bans.find((x) => x.personId === old)!;
        expect(stored.identities).toEqual([discord, telegram]);
        expect(stored.laterIds).toEqual([fresh]);
      }
      expect((await store.communities.get(a.id))!.bans.find((x) => x.personId === other)).toMatchObject({ identities: [userKey('discord', '1')], laterIds: [] });
      // Nothing new to add: nothing changes.
      expect(await store.communities.bindBans(fresh, [discord, telegram])).toBe(0);
      // Found by the later id alone (the account was unlinked meanwhile).
      const third = userKey('telegram', '99');
      expect(await store.communities.bindBans(fresh, [third])).toBe(2);
      expect((await store.communities.get(b.id))!.bans[0]!.identities).toEqual([discord, telegram, third]);
      // The banned profile itself never becomes one of its later ids.
      expect(await store.communities.bindBans(old, [discord])).toBe(0);
      expect(await store.communities.bindBans(newId<PersonId>(), [userKey('discord', 'nobody')])).toBe(0);
    });

    it('a new ban and unban reach a ban through its later profiles', async () => {
      const c = await community('Climbers');
      const old = newId<PersonId>();
      const later = newId<PersonId>();
      await store.communities.ban(c.id, ban(old, { laterIds: [later], reason: 'first' }));
      await store.communities.ban(c.id, ban(later, { reason: 'second', at: hoursFrom(T0, 1) }));
      expect((await store.communities.get(c.id))!.bans.map((x) => [x.personId, x.reason])).toEqual([[later, 'second']]);
      await store.communities.ban(c.id, ban(old, { laterIds: [later] }));
      expect(await store.communities.unban(c.id, later)).toBe(true);
      expect((await store.communities.get(c.id))!.bans).toEqual([]);
      expect(await store.communities.unban(c.id, later)).toBe(false);
    });

    it('erasing the banned person keeps the ban, and a new profile on the account is bound to it', async () => {
      const c = await community('Swimmers');
      const key = userKey('telegram', '31337');
      const person = makeProfile({ identities: [key] });
      await store.people.insert(person);
      const b = ban(person.id, { identities: [key] });
      await store.communities.ban(c.id, b);
      await store.erasePerson(person.id, T0);
      const again = makeProfile({ identities: [key] });
      await store.people.insert(again);
      expect(await store.communities.bindBans(again.id, again.identities)).toBe(1);
      expect((await store.communities.get(c.id))!.bans).toEqual([{ ...b, laterIds: [again.id] }]);
    });
  });

  describe('recorded moderators', () => {
    it('notes a moderator once even when noted concurrently, refreshes the sighting, forgets, and erasure removes them', async () => {
      const c = await community('Yogis');
      const mod = makeProfile();
      await store.people.insert(mod);
      await Promise.all(Array.from({ length: 5 }, () => store.communities.noteModerator(c.id, mod.id, T0)));
      expect((await store.communities.get(c.id))!.moderators).toEqual([{ personId: mod.id, seenAt: T0 }]);
      await store.communities.noteModerator(c.id, mod.id, hoursFrom(T0, 5));
      expect((await store.communities.get(c.id))!.moderators).toEqual([{ personId: mod.id, seenAt: hoursFrom(T0, 5) }]);
      const second = newId<PersonId>();
      await store.communities.noteModerator(c.id, second, T0);
      await store.communities.forgetModerator(c.id, second);
      await store.communities.forgetModerator(c.id, second);
      expect((await store.communities.get(c.id))!.moderators.map((m) => m.personId)).toEqual([mod.id]);
      await store.erasePerson(mod.id, T0);
      expect((await store.communities.get(c.id))!.moderators).toEqual([]);
    });

    it('a new community has no moderators recorded', async () => {
      expect((await community('New')).moderators).toEqual([]);
    });
  });

  describe('scrubbing what an erased person leaves in moderation records', () => {
    it('replaces the words of every report the person filed, and only theirs', async () => {
      const c = await community('Cyclists');
      const leaving = newId<PersonId>();
      const mine = [report(c.id, leaving, 'Ann says: he shouted'), report(c.id, leaving, 'again')];
      const theirs = report(c.id, newId<PersonId>(), 'other words');
      for (const r of [...mine, theirs]) await store.reports.insert(r);
      expect(await store.reports.scrubReporter(leaving, '[removed]')).toBe(2);
      for (const r of mine) expect(await store.reports.get(r.id)).toEqual({ ...r, reason: '[removed]' });
      expect(await store.reports.get(theirs.id)).toEqual(theirs);
      expect(await store.reports.scrubReporter(newId<PersonId>(), '[removed]')).toBe(0);
    });

    it('replaces the name in audit entries about the person, literally, and nowhere else', async () => {
      const c = await community('Boxers');
      const leaving = newId<PersonId>();
      const name = 'A.n (x)*';
      const about = [audit(c.id, leaving, `${name}: spam by ${name}`), audit(c.id, leaving, name, hoursFrom(T0, 1))];
      const elsewhere = audit(c.id, newId<PersonId>(), `${name}: someone else with that name`, hoursFrom(T0, 2));
      const lookalike = audit(c.id, leaving, 'Axn (x)x: not the name', hoursFrom(T0, 3));
      for (const e of [...about, elsewhere, lookalike]) await store.audit.insert(e);
      expect(await store.audit.scrubName(leaving, name, '[deleted member]')).toBe(2);
      const list = await store.audit.list(c.id, 10);
      expect(list.map((e) => e.detail)).toEqual([
        'Axn (x)x: not the name',
        `${name}: someone else with that name`,
        '[deleted member]',
        '[deleted member]: spam by [deleted member]',
      ]);
      expect(await store.audit.scrubName(leaving, '', '[deleted member]')).toBe(0);
    });
  });

  describe('actions naming a person', () => {
    it('deletes the actions the person may press and those naming them, keeping the rest', async () => {
      const leaving = newId<PersonId>();
      const other = newId<PersonId>();
      const action = (actorId: PersonId | null, args: Record<string, unknown>) => ({
        id: newId<ActionId>(),
        actorId,
        command: 'x',
        args,
        createdAt: T0,
        expiresAt: hoursFrom(T0, 24),
      });
      const gone = [action(leaving, {}), action(other, { person: leaving }), action(other, { ids: ['a', leaving] }), action(null, { person: leaving, page: 2 })];
      const kept = [action(other, { person: other }), action(null, { ids: [other] }), action(other, { nested: { person: leaving } }), action(other, { text: `${leaving}!` })];
      for (const a of [...gone, ...kept]) await store.actions.put(a);
      expect(await store.actions.deleteNaming(leaving)).toBe(gone.length);
      for (const a of gone) expect(await store.actions.get(a.id, T0)).toBeNull();
      for (const a of kept) expect(await store.actions.get(a.id, T0)).toEqual(a);
      expect(await store.actions.deleteNaming(leaving)).toBe(0);
    });
  });
}
