import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { platformSettingsOf } from '../../../src/domain/community.js';
import { communityKey, userKey } from '../../../src/domain/platform.js';
import { phrase } from '../../../src/domain/phrase.js';
import { translator } from '../../../src/i18n/translator.js';
import { offeredTo } from '../../../src/interaction/preconditions.js';
import type { ReportId, SessionId } from '../../../src/domain/ids.js';
import { Harness, testRegistry } from '../../support/harness.js';

const C = 'berlin-runners';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

const community = async () => (await h.store.communities.getByKey(communityKey('console', C)))!;

describe('moderator permissions', () => {
  it('GIVEN a regular member WHEN they run any moderator command, with or without options THEN each is refused and nothing changes', async () => {
    const registry = await testRegistry();
    const moderatorCommands = registry.list.filter((c) => offeredTo(c) === 'moderators');
    expect(moderatorCommands.map((c) => c.name)).toEqual(
      expect.arrayContaining(['mod-settings', 'place-add', 'place-remove', 'reports', 'report-resolve', 'session-remove', 'ban', 'unban', 'community-stats', 'audit']),
    );
    const cleo = h.person('Cleo', { community: C });
    const cleoId = await cleo.run('places').then(() => cleo.id());
    for (const command of moderatorCommands) {
      await cleo.run(command.name);
      expect(cleo.last?.outcome, command.name).toBe('user-error');
      expect(cleo.text(), command.name).toBe(`\nOnly moderators of this community can use /${command.name}.`);
      const values = Object.fromEntries(Object.keys(command.options).map((o) => [o, o === 'radius' || o === 'count' ? 5 : cleoId]));
      await cleo.runWith(command.name, values);
      expect(cleo.last?.outcome, command.name).toBe('user-error');
      expect(cleo.text(), command.name).toMatch(/Only moderators/);
    }
    const c = await community();
    expect(c.bans).toEqual([]);
    expect(c.settings.places).toEqual([]);
    expect(platformSettingsOf(c).moderatorRoleId).toBeNull();
    expect(await h.store.audit.list(c.id, 10)).toEqual([]);
  });

  it('GIVEN a member WHEN the core is called directly with their invocation THEN every moderator method refuses on its own', async () => {
    const cleo = h.person('Cleo', { community: C });
    await cleo.run('places');
    const actor = { invocation: cleo.invocation(), me: await cleo.profile(), community: await community() };
    const m = h.core.moderation;
    const outcomes = [
      await m.settings(actor),
      await m.updateSettings(actor, { defaultRadiusKm: 5 }),
      await m.addPlace(actor, 'Gate', 'Berlin, DE'),
      await m.removePlace(actor, 'Gate'),
      await m.openReports(actor),
      await m.resolveReport(actor, 'AAAAAAAAAAAA' as ReportId, 'x'),
      await m.removeSession(actor, 'AAAAAAAAAAAA' as SessionId, 'x'),
      await m.ban(actor, await cleo.profile(), 'x'),
      await m.unban(actor, await cleo.profile()),
      await m.stats(actor),
      await m.auditLog(actor),
    ];
    for (const o of outcomes) expect(o).toEqual({ ok: false, error: { code: 'forbidden', message: phrase('mod-error-forbidden') } });
    expect(translator('en').say(phrase('mod-error-forbidden'))).toBe('Only moderators of this community can do that.');
    // Admin of another community is no moderator here.
    const elsewhere = { ...actor, invocation: h.person('Cleo', { community: 'other-group', admin: true }).invocation() };
    expect((await m.stats(elsewhere)).ok).toBe(false);
  });

  it('GIVEN an admin who sets a moderator role WHEN a member holding that role acts THEN they moderate, and lose it when the role is cleared', async () => {
    const mia = h.person('Mia', { community: C, admin: true });
    const rob = h.person('Rob', { community: C, roles: ['123456789012345678'] });
    await rob.run('community-stats');
    expect(rob.last?.outcome).toBe('user-error');

    await mia.run('mod-settings', 'moderator-role: <@&123456789012345678>');
    expect(mia.last?.outcome, mia.text()).toBe('ok');
    expect(platformSettingsOf(await community()).moderatorRoleId).toBe('123456789012345678');
    await rob.run('community-stats');
    expect(rob.last?.outcome, rob.text()).toBe('ok');

    await mia.run('mod-settings', 'moderator-role: none');
    await rob.run('community-stats');
    expect(rob.last?.outcome).toBe('user-error');
  });

  it('GIVEN a deployment owner WHEN they moderate from a private chat THEN it works; a platform admin in a private chat is no moderator', async () => {
    h = await Harness.create({ settings: { owners: [userKey('console', 'olga')] } });
    const olgaInGroup = h.person('Olga', { community: C });
    await olgaInGroup.run('places');
    const olga = olgaInGroup.in(null);
    await olga.run('community-stats');
    expect(olga.last?.outcome, olga.text()).toBe('ok');
    const mia = h.person('Mia', { community: C, admin: true });
    await mia.run('places');
    const miaInDm = mia.in(null);
    await miaInDm.run('community-stats');
    expect(miaInDm.text()).toBe('\n/community-stats works inside a community: run it in your server or group.');
  });
});
