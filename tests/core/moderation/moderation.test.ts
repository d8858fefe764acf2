import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_PLACES } from '../../../src/core/moderation.js';
import { platformSettingsOf } from '../../../src/domain/community.js';
import { type CommunityId, type JoinRequestId, newId, type PersonId } from '../../../src/domain/ids.js';
import { communityKey } from '../../../src/domain/platform.js';
import type { JoinRequest, JoinRequestStatus } from '../../../src/domain/social.js';
import { makeSession } from '../../support/fixtures.js';
import { type Actor, Harness, runner } from '../../support/harness.js';

const C = 'berlin-runners';

let h: Harness;
let mia: Actor;
beforeEach(async () => {
  h = await Harness.create();
  mia = h.person('Mia', { community: C, admin: true });
});
afterEach(() => h.assertNoCoordinatesLeaked());

const community = async () => (await h.store.communities.getByKey(communityKey('console', C)))!;

describe('settings and places', () => {
  it('GIVEN a moderator WHEN they view and change the settings THEN the change is saved and audited', async () => {
    await mia.run('mod-settings');
    expect(mia.text()).toMatch(/Default radius\n10 km/);
    await mia.run('mod-settings', 'announce-channel: <#998877665544332211> radius: 12');
    expect(mia.last?.outcome, mia.text()).toBe('ok');
    const c = await community();
    expect(c.settings).toMatchObject({ defaultRadiusKm: 12 });
    expect(platformSettingsOf(c).announceChannelId).toBe('998877665544332211');
    const [entry] = await h.store.audit.list(c.id, 5);
    expect(entry).toMatchObject({ action: 'settings.update', detail: 'announce channel → 998877665544332211; default radius → 12 km' });
  });

  it('GIVEN a moderator WHEN they add meeting places THEN anyone lists them by name only, never where they are', async () => {
    await mia.run('place-add', 'name: Brandenburg Gate location: 52.5163, 13.3777');
    expect(mia.last?.outcome, mia.text()).toBe('ok');
    expect(mia.text()).toMatch(/Added \*\*Brandenburg Gate\*\* \(in Berlin/);
    await mia.run('place-add', 'name: brandenburg gate location: Berlin, DE');
    expect(mia.text()).toMatch(/already a place called/);
    await mia.run('place-add', 'name: Spot 52.5163 location: Berlin, DE');
    expect(mia.text()).toMatch(/no coordinates in it/);

    const cleo = h.person('Cleo', { community: C });
    await cleo.run('places');
    expect(cleo.last!.replies[0]!.text).toMatch(/^1\. Brandenburg Gate\n/);

    h.advance(1000);
    await mia.run('place-remove', 'BRANDENBURG gate');
    expect(mia.text()).toMatch(/Removed \*\*Brandenburg Gate\*\*/);
    await cleo.run('places');
    expect(cleo.text()).toMatch(/no curated meeting places yet/);
    const actions = (await h.store.audit.list((await community()).id, 10)).map((e) => e.action);
    expect(actions).toEqual(['place.remove', 'place.add']);
  });

  it(`GIVEN ${MAX_PLACES} places WHEN a moderator adds one more THEN it is refused`, async () => {
    for (let i = 1; i <= MAX_PLACES; i++) {
      await mia.run('place-add', `name: Gate ${i} location: Berlin, DE`);
      expect(mia.last?.outcome, mia.text()).toBe('ok');
    }
    await mia.run('place-add', 'name: One too many location: Berlin, DE');
    expect(mia.text()).toMatch(/already has 25 places/);
    expect((await community()).settings.places).toHaveLength(MAX_PLACES);
  });
});

describe('bans', () => {
  it('GIVEN Ben is banned WHEN he acts in that community THEN he is refused and hidden from matches there; after the unban all works again', async () => {
    const ana = await runner(h, 'Ana', { community: C });
    const ben = await runner(h, 'Ben', { community: C });
    await ana.run('match');
    expect(ana.text()).toMatch(/Ben/);

    await mia.run('ban', `person: ${await ben.id()} reason: harassing members`);
    expect(mia.text()).toMatch(/Banned \*\*Ben\*\*/);

    await ana.run('match');
    expect(ana.text()).not.toMatch(/Ben/);
    await ben.run('match');
    expect(ben.text()).toMatch(/You are banned from \*\*berlin-runners\*\*/);
    await ben.run('connect', await ana.id());
    expect(ben.text()).toMatch(/You are banned from \*\*berlin-runners\*\*/);
    await ana.run('connect', await ben.id());
    expect(ana.last!.replies[0]!.text).toBe("You can't connect with this person.");
    expect(await h.store.connections.findPair(await ana.id(), await ben.id())).toBeNull();

    await mia.press(mia.button('Undo (unban)'));
    expect(mia.text()).toMatch(/Lifted the ban of \*\*Ben\*\*/);
    await ben.run('connect', await ana.id());
    expect(ben.last?.outcome).toBe('ok');
    await mia.run('unban', await ben.id());
    expect(mia.text()).toMatch(/isn't banned here/);
  });

  it('GIVEN buddies WHEN one of them is banned THEN he cannot message from that community', async () => {
    const ana = await runner(h, 'Ana', { community: C });
    const ben = await runner(h, 'Ben', { community: C });
    await ana.run('connect', await ben.id());
    await ben.press(ben.button('Accept', [ben.lastInbox()]));
    await mia.run('ban', `person: ${await ben.id()} reason: spam`);
    await ben.run('msg', `person: ${await ana.id()} text: hi`);
    expect(ben.text()).toMatch(/You are banned from \*\*berlin-runners\*\*/);
    expect(await h.store.messages.countFromSince(await ben.id(), new Date(0))).toBe(0);
    expect(h.core.moderation.isBanned(await community(), await ben.profile())).toBe(true);
    expect(h.core.moderation.isBanned(await community(), await ana.profile())).toBe(false);
  });

  it('GIVEN a moderator WHEN they try to ban themselves THEN it is refused', async () => {
    await mia.run('places');
    await mia.run('ban', `person: ${await mia.id()} reason: oops`);
    expect(mia.text()).toMatch(/can't ban yourself/);
    expect((await community()).bans).toEqual([]);
  });
});

describe('session removal, stats and the audit log', () => {
  it('GIVEN a session with participants and a waiting request WHEN a moderator removes it THEN it is cancelled and everyone is told', async () => {
    const host = await runner(h, 'Hana', { community: C });
    const pia = await runner(h, 'Pia', { community: C });
    const wes = await runner(h, 'Wes', { community: C });
    const session = makeSession(await host.id(), { communityId: (await community()).id, title: 'Dawn intervals', participants: [await pia.id()] });
    await h.store.sessions.insert(session);
    await h.store.joinRequests.insert(request(session.communityId!, session.id, await wes.id(), 'pending'));

    await mia.run('session-remove', `session: ${session.id} reason: Not a public place`);
    expect(mia.text()).toMatch(/Removed \*\*Dawn intervals\*\*\. 3 people were told/);
    expect((await h.store.sessions.get(session.id))!.status).toBe('cancelled');
    expect(host.lastInbox().text).toMatch(/\*\*Dawn intervals\*\* on .* has been cancelled by a moderator\.\nReason: Not a public place/);
    expect(pia.lastInbox().title).toBe('Session cancelled');
    expect(wes.lastInbox().title).toBe('Session cancelled');
    expect((await h.store.joinRequests.listForSession(session.id, ['pending']))).toHaveLength(0);

    await mia.run('session-remove', `session: ${session.id} reason: again`);
    expect(mia.text()).toMatch(/already cancelled/);
    const other = makeSession(await host.id(), { communityId: null });
    await h.store.sessions.insert(other);
    await mia.run('session-remove', `session: ${other.id} reason: not ours`);
    expect(mia.text()).toMatch(/can't find that session in this community/);
    expect((await h.store.sessions.get(other.id))!.status).toBe('open');
  });

  it('GIVEN activity in the community WHEN a moderator asks for stats THEN sessions this week and the join acceptance rate are shown', async () => {
    const host = await runner(h, 'Hana', { community: C });
    await runner(h, 'Outsider', { community: 'elsewhere' });
    const c = await community();
    const session = makeSession(await host.id(), { communityId: c.id, createdAt: h.now });
    await h.store.sessions.insert(session);
    const statuses: JoinRequestStatus[] = ['accepted', 'accepted', 'accepted', 'declined', 'pending'];
    for (const status of statuses) await h.store.joinRequests.insert(request(c.id, session.id, newId<PersonId>(), status));

    await mia.run('community-stats');
    const fields = Object.fromEntries(mia.last!.replies[0]!.fields!.map((f) => [f.name, f.value]));
    expect(fields['Sessions created this week']).toBe('1');
    expect(fields['Join acceptance rate']).toBe('75%');
    expect(fields['Join requests, last 30 days']).toMatch(/^3 accepted · 1 declined · 0 expired · 1 pending/);
    // Mia (the moderator) and Hana; the outsider from another community is not counted.
    expect(fields['People']).toBe('2');
  });

  it('GIVEN one of each moderator action WHEN the audit log is read THEN every action is there, newest first, by whom', async () => {
    const ben = await runner(h, 'Ben', { community: C });
    const ana = await runner(h, 'Ana', { community: C });
    const session = makeSession(await ben.id(), { communityId: (await community()).id, title: 'Hill repeats' });
    await h.store.sessions.insert(session);
    await ana.run('report', `person: ${await ben.id()} reason: rude`);
    const steps: [string, string][] = [
      ['mod-settings', 'radius: 8'],
      ['place-add', 'name: Tiergarten gate location: Berlin, DE'],
      ['place-remove', 'Tiergarten gate'],
      ['report-resolve', `report: ${(await h.store.reports.listOpen((await community()).id, 1))[0]!.id} note: talked to Ben`],
      ['session-remove', `session: ${session.id} reason: duplicate`],
      ['ban', `person: ${await ben.id()} reason: repeated rudeness`],
      ['unban', await ben.id()],
    ];
    for (const [command, text] of steps) {
      h.advance(1000);
      await mia.run(command, text);
      expect(mia.last?.outcome, `${command}: ${mia.text()}`).toBe('ok');
    }
    const entries = await h.store.audit.list((await community()).id, 20);
    expect(entries.map((e) => e.action)).toEqual(['member.unban', 'member.ban', 'session.remove', 'report.resolve', 'place.remove', 'place.add', 'settings.update']);
    expect(new Set(entries.map((e) => e.actorId))).toEqual(new Set([await mia.id()]));

    await mia.run('audit', '3');
    const lines = mia.last!.replies[0]!.text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/\*\*Mia\*\* unbanned .* — Ben$/);
    expect(lines[1]).toMatch(/\*\*Mia\*\* banned .* — Ben: repeated rudeness$/);
    expect(lines[2]).toMatch(/\*\*Mia\*\* removed a session .* — Hill repeats: duplicate$/);
  });
});

function request(communityId: CommunityId, sessionId: JoinRequest['sessionId'], requesterId: PersonId, status: JoinRequestStatus): JoinRequest {
  return { id: newId<JoinRequestId>(), sessionId, communityId, requesterId, status, message: '', createdAt: h.now, decidedAt: null };
}
