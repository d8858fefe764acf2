import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PersonId } from '../../../src/domain/ids.js';
import { communityKey, userKey } from '../../../src/domain/platform.js';
import type { Outcome } from '../../../src/interaction/dispatcher.js';
import { BANNED_HOST_REASON } from '../../../src/views/bans.js';
import { createSession, hostedBy, notification, session } from '../sessions/helpers.js';
import { type Actor, Harness, runner, textOf } from '../../support/harness.js';

const C = 'berlin-runners';
const BANNED = /You are banned from \*\*berlin-runners\*\*, so you can no longer take part there/;

let h: Harness;
let mia: Actor;
beforeEach(async () => {
  h = await Harness.create();
  mia = h.person('Mia', { community: C, admin: true });
});
afterEach(() => h.assertNoCoordinatesLeaked());

const community = async () => (await h.store.communities.getByKey(communityKey('console', C)))!;

/** Ask to join and have the host accept from their notification. */
async function joinAccepted(guest: Actor, host: Actor, sessionId: string): Promise<void> {
  await guest.run('join', sessionId);
  expect(guest.last?.outcome, guest.text()).toBe('ok');
  await host.press(host.button('Accept', [host.lastInbox()]));
}

/** Everything the store holds that a refused command must not have changed. */
async function snapshot(personId: PersonId) {
  const sessions = await h.store.sessions.listForPerson(personId, ['open', 'full', 'cancelled', 'completed'], new Date(0));
  const requests = await h.store.joinRequests.listForRequester(personId, ['pending', 'accepted', 'declined', 'withdrawn', 'expired']);
  return JSON.stringify({ sessions, requests, bans: (await community()).bans });
}

describe('a ban takes the person out of the community', () => {
  it('GIVEN Ben hosts, sits in and asks to join sessions WHEN Mia bans him THEN his session is cancelled, his seat and request freed, everyone told, and Ben told once without her name', async () => {
    const ana = await runner(h, 'Ana', { community: C });
    const ben = await runner(h, 'Ben', { community: C });
    const cara = await runner(h, 'Cara', { community: C });
    const dan = await runner(h, 'Dan', { community: C });
    const eve = await runner(h, 'Eve', { community: C });
    const his = await createSession(h, ben);
    await joinAccepted(cara, ben, his.id);
    await dan.run('join', his.id);
    const full = await createSession(h, ana, 'activity: running when: tomorrow 8am place: Berlin, DE capacity: 1');
    await joinAccepted(ben, ana, full.id);
    await joinAccepted(eve, ana, full.id);
    const other = await createSession(h, ana, 'activity: running when: tomorrow 6pm place: Berlin, DE capacity: 3');
    await ben.run('join', other.id);
    expect((await session(h, full.id)).waitlist).toEqual([await eve.id()]);
    const benInbox = ben.inbox().length;

    await mia.run('ban', `person: ${await ben.id()} reason: harassing members`);
    expect(mia.last?.outcome, mia.text()).toBe('ok');
    expect(mia.text()).toMatch(/Banned \*\*Ben\*\*/);
    expect(mia.text()).toMatch(/cancelled 1 session they hosted .*freed 1 seat or waitlist place, withdrew 1 join request/);

    expect((await session(h, his.id)).status).toBe('cancelled');
    for (const told of [cara, dan]) {
      const n = textOf(notification(told, /cancelled/));
      expect(n).toContain(BANNED_HOST_REASON);
      expect(n).not.toMatch(/Mia|harassing/);
    }
    expect(await h.store.joinRequests.findLive(his.id, await dan.id())).toBeNull();
    // The seat went to the waitlist, who was told.
    expect((await session(h, full.id)).participants).toEqual([await eve.id()]);
    expect(textOf(notification(eve, /yours|You are in/i))).toMatch(/running|Running/);
    expect(await h.store.joinRequests.findLive(other.id, await ben.id())).toBeNull();
    await ana.run('session', full.id);
    expect(ana.text()).not.toMatch(/Ben/);
    // The announcement shows the cancellation.
    expect(h.posts.find((p) => textOf(p.reply).includes(his.title))!.edits.map(textOf).join('\n')).toMatch(/cancelled/i);

    const benNew = ben.inbox().slice(benInbox);
    expect(benNew).toHaveLength(1);
    expect(textOf(benNew[0]!)).toMatch(/You are banned from \*\*berlin-runners\*\*/);
    expect(textOf(benNew[0]!)).not.toMatch(/Mia|harassing/);

    // Updating the ban tells him nothing more.
    await mia.run('ban', `person: ${await ben.id()} reason: still harassing`);
    expect(mia.text()).toMatch(/Updated the ban of \*\*Ben\*\*/);
    expect(ben.inbox().length).toBe(benInbox + 1);
  });

  it('GIVEN Ben is banned WHEN he asks for anything there, in the community or in a private chat THEN every answer says he is banned and nothing is stored', async () => {
    const ana = await runner(h, 'Ana', { community: C });
    const ben = await runner(h, 'Ben', { community: C });
    const s = await createSession(h, ana);
    await mia.run('ban', `person: ${await ben.id()} reason: spam`);
    const before = await snapshot(await ben.id());
    const attempts: [Actor, string, string][] = [
      [ben, 'sessions', ''],
      [ben, 'match', ''],
      [ben, 'join', s.id],
      [ben, 'session', s.id],
      [ben, 'session-create', 'activity: running when: tomorrow 9am place: Berlin, DE'],
      [ben, 'connect', await ana.id()],
      [ben.in(null), 'sessions', ''],
      [ben.in(null), 'match', ''],
    ];
    for (const [who, command, text] of attempts) {
      await who.run(command, text);
      expect(who.text(), `/${command} ${text}`).toMatch(BANNED);
    }
    expect(await snapshot(await ben.id())).toBe(before);
    expect(await hostedBy(h, ben)).toEqual([]);
  });
});

describe('bans that hold', () => {
  /** Each attempt a banned person makes to act in the community; every one must be refused. */
  async function evasionAttempts(ben: Actor, ana: Actor, sessionId: string): Promise<{ tried: number; refused: number }> {
    const attempts: [Actor, string, string][] = [
      [ben, 'match', ''],
      [ben, 'sessions', ''],
      [ben, 'join', sessionId],
      [ben, 'session-create', 'activity: running when: tomorrow 9am place: Berlin, DE'],
      [ben, 'connect', await ana.id()],
      [ben.in(null), 'match', ''],
      [ben.in(null), 'sessions', ''],
    ];
    let refused = 0;
    for (const [who, command, text] of attempts) {
      const out: Outcome = await who.run(command, text);
      if (out.outcome === 'user-error' && BANNED.test(who.text())) refused++;
    }
    return { tried: attempts.length, refused };
  }

  it('GIVEN Ben is banned WHEN he deletes himself and sets up again from the same account THEN he is still banned there, hidden from matches, and an unban of the new profile lifts it', async () => {
    const ana = await runner(h, 'Ana', { community: C });
    const ben = await runner(h, 'Ben', { community: C });
    const s = await createSession(h, ana);
    await mia.run('ban', `person: ${await ben.id()} reason: spam`);
    const oldId = await ben.id();

    const dm = ben.in(null);
    await dm.run('delete-me');
    await dm.press(dm.button('Yes, delete everything'));
    expect(await h.store.people.get(oldId)).toBeNull();
    const again = await runner(h, 'Ben', { community: C });
    expect(await again.id()).not.toBe(oldId);

    const { tried, refused } = await evasionAttempts(again, ana, s.id);
    expect(refused).toBe(tried);
    expect(await hostedBy(h, again)).toEqual([]);
    expect(await h.store.joinRequests.findLive(s.id, await again.id())).toBeNull();
    await ana.run('match');
    expect(ana.text()).not.toMatch(/Ben/);

    await mia.run('unban', await again.id());
    expect(mia.text()).toMatch(/Lifted the ban of \*\*Ben\*\*/);
    await again.run('match');
    expect(again.last?.outcome, again.text()).toBe('ok');
  });

  it('GIVEN Ben is banned WHEN he links his banned account into a fresh profile from another platform THEN that profile is banned on every account', async () => {
    const ana = await runner(h, 'Ana', { community: C });
    const ben = await runner(h, 'Ben', { community: C });
    const s = await createSession(h, ana);
    await mia.run('ban', `person: ${await ben.id()} reason: spam`);

    // A fresh Telegram account makes a code; the banned account redeems it and moves onto it.
    const telegram = { platform: 'telegram' as const, user: { key: userKey('telegram', '5550001'), displayName: 'B.' }, community: null };
    const code = /\/link ([A-Z0-9]{6})/.exec(textOf((await h.dispatcher.handle(telegram, { kind: 'line', command: 'link', text: '' })).replies[0]!))![1]!;
    const dm = ben.in(null);
    await dm.run('link', code);
    expect(dm.text()).toMatch(/Linked/);
    const fresh = (await h.store.people.findByIdentity(userKey('telegram', '5550001')))!;
    expect(fresh.identities).toContain(userKey('console', 'ben'));
    // The evader completes the fresh profile, so nothing but the ban stands in the way.
    await runner(h, 'Ben', { community: C });

    const { tried, refused } = await evasionAttempts(ben, ana, s.id);
    expect(refused).toBe(tried);
    // The Telegram account itself, asking about the community, is refused too.
    const fromTelegram = await h.dispatcher.handle({ ...telegram, homeCommunity: communityKey('console', C) }, { kind: 'line', command: 'sessions', text: '' });
    expect(fromTelegram.replies.map(textOf).join('\n')).toMatch(BANNED);
    const ban = (await community()).bans[0]!;
    expect(ban.identities).toEqual(expect.arrayContaining([userKey('console', 'ben'), userKey('telegram', '5550001')]));
    expect(ban.laterIds).toContain(fresh.id);
  });
});

describe('bad input to /ban stores nothing', () => {
  it('GIVEN a moderator WHEN they ban themselves, an unknown id or an owner, or a member tries to ban THEN each gets its specific answer and the store is unchanged', async () => {
    const ben = await runner(h, 'Ben', { community: C });
    await mia.run('mod-settings');
    const before = JSON.stringify(await community());
    await mia.run('ban', `person: ${await mia.id()} reason: test`);
    expect(mia.text()).toMatch(/^\s*You can't ban yourself\.$/);
    await mia.run('ban', 'person: zzzzzzzzzzzz reason: test');
    expect(mia.last?.outcome).toBe('user-error');
    expect(mia.text()).toMatch(/don't know anyone called “zzzzzzzzzzzz”/);
    await ben.run('ban', `person: ${await mia.id()} reason: revenge`);
    expect(ben.text()).toMatch(/Only moderators of this community can use \/ban/);
    expect(JSON.stringify(await community())).toBe(before);
    expect(mia.inbox()).toEqual([]);
    expect(ben.inbox()).toEqual([]);
    expect((await h.store.audit.list((await community()).id, 10)).filter((e) => e.action === 'member.ban')).toEqual([]);
  });

  it('GIVEN an owner of the deployment WHEN a moderator bans them THEN it is refused and nothing is stored', async () => {
    h = await Harness.create({ settings: { owners: [userKey('console', 'olga')] } });
    mia = h.person('Mia', { community: C, admin: true });
    const olga = await runner(h, 'Olga', { community: C });
    await mia.run('mod-settings');
    const before = JSON.stringify(await community());
    await mia.run('ban', `person: ${await olga.id()} reason: power trip`);
    expect(mia.text()).toMatch(/runs this Spotter deployment and cannot be banned/);
    expect(JSON.stringify(await community())).toBe(before);
    expect(olga.inbox()).toEqual([]);
  });
});
