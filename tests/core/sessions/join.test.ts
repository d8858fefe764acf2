import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Button } from '../../../src/interaction/reply.js';
import { type Actor, Harness, runner, textOf } from '../../support/harness.js';
import { createSession, notification, session } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

const joinButton = (): Button => h.posts[0]!.reply.buttons!.flat().find((b) => b.label === 'Request to join')!;
const lastPost = () => {
  const p = h.posts[0]!;
  return textOf(p.edits[p.edits.length - 1] ?? p.reply);
};
/** The host answers the request of `who` from the notification it came in. */
const answer = (host: Actor, who: string, label: 'Accept' | 'Decline') => host.press(host.button(label, [notification(host, new RegExp(`\\*\\*${who}\\*\\*.*wants to join`))]));

describe('asking to join and the host answering', () => {
  it('GIVEN an announced session WHEN a member asks to join with a message THEN the host gets it with Accept / Decline that only the host can press', async () => {
    const host = await runner(h, 'Hana', { community: 'berlin-runners' });
    const ben = await runner(h, 'Ben', { community: 'berlin-runners' });
    const s = await createSession(h, host, 'activity: running when: tomorrow 7am place: Berlin, DE capacity: 4');
    const out = await ben.run('join', `${s.id} message: I run 6 min/km`);
    expect(out.outcome, ben.text()).toBe('ok');
    expect(ben.text()).toMatch(/I asked the host/);
    const note = notification(host, /wants to join/);
    expect(textOf(note)).toMatch(/\*\*Ben\*\* \(intermediate · new to Spotter sessions\) wants to join \*\*Running session\*\*/);
    expect(textOf(note)).toContain('“I run 6 min/km”');
    const accept = host.button('Accept', [note]);
    expect((await h.store.actions.get(accept.action, h.now))?.actorId).toBe(await host.id());
    const [request] = await h.store.joinRequests.listForSession(s.id, ['pending']);
    expect(request).toMatchObject({ requesterId: await ben.id(), message: 'I run 6 min/km', communityId: s.communityId });
  });

  it('GIVEN a pending request WHEN the host presses Accept THEN the requester is told "You\'re in" and the announcement shows the new seat count', async () => {
    const host = await runner(h, 'Hana', { community: 'berlin-runners' });
    const ben = await runner(h, 'Ben', { community: 'berlin-runners' });
    const s = await createSession(h, host, 'activity: running when: tomorrow 7am place: Berlin, DE capacity: 4');
    await ben.press(joinButton());
    expect(ben.text()).toMatch(/Request sent/);
    const out = await answer(host, 'Ben', 'Accept');
    expect(out.outcome, host.text()).toBe('ok');
    expect(host.text()).toMatch(/\*\*Ben\*\* is in \*\*Running session\*\* \(<t:\d+:F>\). Seats: 3 of 4 seats left/);
    const seated = notification(ben, /you're in/);
    expect(textOf(seated)).toMatch(/you're in \*\*Running session\*\*/);
    expect(seated.buttons!.flat().map((b) => b.label)).toEqual(['Add to calendar', 'Leave']);
    expect(lastPost()).toContain('3 of 4 seats left');
    expect((await session(h, s.id)).participants).toEqual([await ben.id()]);
    expect((await h.store.joinRequests.findLive(s.id, await ben.id()))?.status).toBe('accepted');
  });

  it('GIVEN a pending request WHEN the host declines THEN the requester is told and gets no seat', async () => {
    const host = await runner(h, 'Hana');
    const ben = await runner(h, 'Ben');
    const s = await createSession(h, host);
    await ben.run('join', s.id);
    await answer(host, 'Ben', 'Decline');
    expect(host.text()).toMatch(/Declined \*\*Ben\*\*'s request/);
    expect(textOf(ben.lastInbox())).toMatch(/can't take you this time/);
    expect((await session(h, s.id)).participants).toEqual([]);
    // Pressing Accept afterwards changes nothing.
    await answer(host, 'Ben', 'Accept');
    expect(host.text()).toMatch(/already declined/);
    expect((await session(h, s.id)).participants).toEqual([]);
  });

  it('GIVEN a pending request WHEN the same person asks again THEN they are told they already asked, and only one request exists', async () => {
    const host = await runner(h, 'Hana');
    const ben = await runner(h, 'Ben');
    const s = await createSession(h, host);
    await ben.run('join', s.id);
    const again = await ben.run('join', s.id);
    expect(again.outcome).toBe('user-error');
    expect(ben.text()).toMatch(/You already asked to join/);
    expect(await h.store.joinRequests.listForSession(s.id, ['pending', 'accepted'])).toHaveLength(1);
    expect(host.inbox().filter((r) => /wants to join/.test(r.text))).toHaveLength(1);
  });

  it('GIVEN two join presses at the same moment WHEN both arrive THEN one request is made and the other is told it already exists', async () => {
    const host = await runner(h, 'Hana', { community: 'c' });
    const ben = await runner(h, 'Ben', { community: 'c' });
    const s = await createSession(h, host);
    const outs = await Promise.all([ben.press(joinButton()), ben.press(joinButton())]);
    expect(outs.map((o) => o.outcome).sort()).toEqual(['ok', 'user-error']);
    expect(await h.store.joinRequests.listForSession(s.id, ['pending'])).toHaveLength(1);
  });

  it('GIVEN my own session WHEN I ask to join THEN I am told I host it', async () => {
    const host = await runner(h, 'Hana');
    const s = await createSession(h, host);
    await host.run('join', s.id);
    expect(host.text()).toMatch(/You host \*\*Running session\*\*/);
  });

  it('GIVEN a session for advanced runners WHEN a beginner asks THEN they are refused with the reason and the host is not bothered', async () => {
    const host = await runner(h, 'Hana', { level: 'advanced' });
    const bo = await runner(h, 'Bo', { level: 'beginner' });
    const s = await createSession(h, host, 'activity: running when: tomorrow 7am place: Berlin, DE levels: intermediate-advanced');
    const out = await bo.run('join', s.id);
    expect(out.outcome).toBe('user-error');
    expect(bo.text()).toMatch(/is for intermediate–advanced and your level is beginner/);
    expect(host.inbox()).toHaveLength(0);
  });

  it('GIVEN a session that has started WHEN someone asks to join THEN they are told it has started', async () => {
    const host = await runner(h, 'Hana');
    const ben = await runner(h, 'Ben');
    const s = await createSession(h, host);
    h.advance(25 * 3_600_000);
    await ben.run('join', s.id);
    expect(ben.text()).toMatch(/already started or ended/);
  });

  it('GIVEN a cancelled session WHEN someone presses its old join button THEN they are told it was cancelled', async () => {
    const host = await runner(h, 'Hana', { community: 'c' });
    const ben = await runner(h, 'Ben', { community: 'c' });
    const s = await createSession(h, host);
    await host.run('session-cancel', s.id);
    await ben.press(joinButton());
    expect(ben.text()).toMatch(/has been cancelled/);
  });

  it('GIVEN a session id nobody has WHEN joining THEN "can\'t find that session"', async () => {
    const ben = await runner(h, 'Ben');
    await ben.run('join', 'NoSuchSession123');
    expect(ben.text()).toMatch(/can't find that session/);
    await ben.run('join', '7');
    expect(ben.text()).toMatch(/Your last list of sessions nearby has no number 7\. Run \/sessions to see their numbers\./);
  });

  it('GIVEN a host who blocked me WHEN I try to join their session THEN it is as if it did not exist', async () => {
    const host = await runner(h, 'Hana');
    const ben = await runner(h, 'Ben');
    const s = await createSession(h, host);
    await h.store.people.addToSet(await host.id(), 'blocked', await ben.id());
    await ben.run('join', s.id);
    expect(ben.text()).toMatch(/can't find that session/);
    expect(host.inbox()).toHaveLength(0);
  });
});

describe('seats, the waitlist and leaving', () => {
  it('GIVEN 20 pending requests for 3 seats WHEN the host accepts all at once THEN exactly 3 are seated, 17 waitlisted in order, and nobody twice', async () => {
    const host = await runner(h, 'Hana', { community: 'crowd' });
    const s = await createSession(h, host, 'activity: running when: tomorrow 7am place: Berlin, DE capacity: 3');
    const people: Actor[] = [];
    for (let i = 0; i < 20; i++) {
      const p = await runner(h, `Runner ${String(i).padStart(2, '0')}`, { community: 'crowd' });
      await p.press(joinButton());
      people.push(p);
    }
    const accepts = people.map((p) => host.button('Accept', [notification(host, new RegExp(`\\*\\*${p.name}\\*\\*`))]));
    const outs = await Promise.all(accepts.map((b) => host.press(b)));
    expect(outs.every((o) => o.outcome === 'ok')).toBe(true);
    const after = await session(h, s.id);
    expect(after.participants).toHaveLength(3);
    expect(after.waitlist).toHaveLength(17);
    expect(new Set([...after.participants, ...after.waitlist]).size).toBe(20);
    expect(after.status).toBe('full');
    // The seat or waitlist notice itself (the seated also get the session chat's welcome after it).
    const told = people.map((p) => textOf(notification(p, /you're in|waitlist \(#/)));
    expect(told.filter((t) => /you're in/.test(t))).toHaveLength(3);
    expect(told.filter((t) => /waitlist \(#\d+\)/.test(t))).toHaveLength(17);
    const positions = told.map((t) => /waitlist \(#(\d+)\)/.exec(t)?.[1]).filter(Boolean).map(Number).sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(lastPost()).toContain('full · 17 waiting');
  });

  it('GIVEN a full session with a waitlist WHEN a participant leaves THEN the first waitlisted moves up and is told, and the host hears of it', async () => {
    const host = await runner(h, 'Hana', { community: 'c' });
    const s = await createSession(h, host, 'activity: running when: tomorrow 7am place: Berlin, DE capacity: 1');
    const [ben, cy, di] = [await runner(h, 'Ben', { community: 'c' }), await runner(h, 'Cy', { community: 'c' }), await runner(h, 'Di', { community: 'c' })];
    for (const p of [ben, cy, di]) {
      await p.press(joinButton());
      await answer(host, p.name, 'Accept');
    }
    expect(textOf(cy.lastInbox())).toMatch(/waitlist \(#1\)/);
    expect(textOf(di.lastInbox())).toMatch(/waitlist \(#2\)/);
    await ben.run('leave', s.id);
    expect(ben.text()).toMatch(/You left \*\*Running session\*\* \(<t:\d+:F>\). The first person on the waitlist got your seat/);
    const after = await session(h, s.id);
    expect(after.participants).toEqual([await cy.id()]);
    expect(after.waitlist).toEqual([await di.id()]);
    expect(textOf(cy.lastInbox())).toMatch(/A seat opened up in \*\*Running session\*\* and it is yours/);
    expect(textOf(host.lastInbox())).toMatch(/\*\*Ben\*\* left \*\*Running session\*\*.*\*\*Cy\*\* moved up from the waitlist/);
    expect(lastPost()).toContain('full · 1 waiting');
    // Ben may ask again later: his old request is no longer live.
    await ben.run('join', s.id);
    expect(ben.text()).toMatch(/Request sent/);
  });

  it('GIVEN a pending request WHEN the requester runs leave THEN the request is withdrawn and the host can no longer accept it', async () => {
    const host = await runner(h, 'Hana');
    const ben = await runner(h, 'Ben');
    const s = await createSession(h, host);
    await ben.run('join', s.id);
    await ben.run('leave', s.id);
    expect(ben.text()).toMatch(/Withdrew your request/);
    await answer(host, 'Ben', 'Accept');
    expect(host.text()).toMatch(/withdrawn by Ben/);
    expect((await session(h, s.id)).participants).toEqual([]);
  });

  it('GIVEN someone not in a session WHEN they leave it THEN they are told so', async () => {
    const host = await runner(h, 'Hana');
    const ben = await runner(h, 'Ben');
    const s = await createSession(h, host);
    await ben.run('leave', s.id);
    expect(ben.text()).toMatch(/not in \*\*Running session\*\*/);
    await host.run('leave', s.id);
    expect(host.text()).toMatch(/session-cancel/);
  });

  it('GIVEN a waitlisted person WHEN they leave THEN their place goes and the others move up', async () => {
    const host = await runner(h, 'Hana');
    const s = await createSession(h, host, 'activity: running when: tomorrow 7am place: Berlin, DE capacity: 1');
    const people = [await runner(h, 'Ben'), await runner(h, 'Cy'), await runner(h, 'Di')];
    for (const p of people) {
      await p.run('join', s.id);
      await answer(host, p.name, 'Accept');
    }
    await people[1]!.run('leave', s.id);
    expect(people[1]!.text()).toMatch(/left the waitlist/);
    expect((await session(h, s.id)).waitlist).toEqual([await people[2]!.id()]);
  });
});
