import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DECLINE_COOLDOWN_DAYS } from '../../../src/core/matching.js';
import { type Actor, Harness, runner } from '../../support/harness.js';

const DAY = 86_400_000;
const C = 'berlin-runners';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

/** `a` asks `b` (by id) and `b` accepts from the notification. */
async function befriend(a: Actor, b: Actor): Promise<void> {
  await a.run('connect', await b.id());
  expect(a.last?.outcome, a.text()).toBe('ok');
  await b.press(b.button('Accept', [b.lastInbox()]));
  expect(b.last?.outcome, b.text()).toBe('ok');
}

describe('connecting', () => {
  it('GIVEN two runners in Berlin WHEN Ana connects from /match and Ben accepts THEN both list each other as buddies and Ana is told', async () => {
    const ana = await runner(h, 'Ana', { community: C });
    const ben = await runner(h, 'Ben', { community: C });
    await ana.run('match');
    const connect = ana.button(/^Connect with #1 Ben/);
    await ana.press(connect);
    expect(ana.text()).toMatch(/Buddy request sent to \*\*Ben\*\*/);

    const request = ben.lastInbox();
    expect(request.title).toBe('New buddy request');
    expect(request.text).toMatch(/Ana/);
    expect(request.text).toMatch(/Berlin/);

    // The buttons are Ben's: Ana pressing them is refused and nothing changes.
    await ana.press(ben.button('Accept', [request]));
    expect(ana.text()).toMatch(/isn't for you/);
    expect((await h.store.connections.findPair(await ana.id(), await ben.id()))?.status).toBe('requested');

    await ben.press(ben.button('Accept', [request]));
    expect(ben.text()).toMatch(/You and \*\*Ana\*\* are buddies now/);
    expect(ana.lastInbox().title).toBe('Buddy request accepted');
    expect(ana.lastInbox().buttons?.flat().map((b) => b.label)).toEqual(['Message']);

    await ana.run('buddies');
    expect(ana.last!.replies[0]!.fields).toEqual([{ name: 'Buddies', value: expect.stringMatching(/^1\. \*\*Ben\*\*/) }]);
    expect(ana.button('Message #1 Ben')).toBeTruthy();
    await ben.run('buddies');
    expect(ben.last!.replies[0]!.fields).toEqual([{ name: 'Buddies', value: expect.stringMatching(/^1\. \*\*Ana\*\*/) }]);
  });

  it('GIVEN a pending request WHEN the addressee lists buddies and types "buddy-accept 1" THEN the list number names the requester', async () => {
    const ana = await runner(h, 'Ana');
    const ben = await runner(h, 'Ben');
    await ana.run('connect', `person: ${await ben.id()} message: Sunday long run?`);
    expect(ben.lastInbox().text).toMatch(/Sunday long run\?/);
    await ben.run('buddies');
    expect(ben.text()).toMatch(/Want to connect with you/);
    expect(ben.button('Accept #1 Ana')).toBeTruthy();
    expect(ben.button('Decline #1 Ana')).toBeTruthy();
    await ben.run('buddy-accept', '1');
    expect(ben.last?.outcome).toBe('ok');
    expect((await h.store.connections.findPair(await ana.id(), await ben.id()))?.status).toBe('accepted');
  });

  it('GIVEN someone WHEN I connect to myself, twice, or to a stranger id THEN each gets its own specific answer', async () => {
    const ana = await runner(h, 'Ana');
    const ben = await runner(h, 'Ben');
    await ana.run('connect', await ana.id());
    expect(ana.text()).toMatch(/That's you/);

    await ana.run('connect', await ben.id());
    await ana.run('connect', await ben.id());
    expect(ana.text()).toMatch(/still pending/);
    expect(ben.inbox()).toHaveLength(1);

    // Ben asking Ana back while her request waits: he is offered to answer hers instead.
    await ben.run('connect', await ana.id());
    expect(ben.text()).toMatch(/already asked to connect with you/);
    await ben.press(ben.button('Accept'));
    await ana.run('connect', await ben.id());
    expect(ana.text()).toMatch(/already buddies/);

    await ana.run('connect', 'AAAAAAAAAAAAAAAA');
    expect(ana.text()).toMatch(/don't know anyone called “AAAAAAAAAAAAAAAA”/);
    await ana.run('connect', '7');
    expect(ana.text().trim()).toBe("Your last match list has no number 7. Run /match to see your matches' numbers.");
  });

  it('GIVEN Ben declines Ana WHEN Ana asks again within the cooldown THEN she is refused, Ben hears nothing, and after the cooldown she may ask again', async () => {
    const ana = await runner(h, 'Ana');
    const ben = await runner(h, 'Ben');
    await ana.run('connect', await ben.id());
    await ben.press(ben.button('Decline', [ben.lastInbox()]));
    expect(ben.text()).toMatch(/Declined/);
    expect(ana.lastInbox().text).toMatch(/\*\*Ben\*\* declined your buddy request/);

    h.advance(10 * DAY);
    await ana.run('connect', await ben.id());
    expect(ana.last?.outcome).toBe('user-error');
    expect(ana.text()).toMatch(/can't ask again yet/);
    expect(ben.inbox()).toHaveLength(1);
    await ana.run('match');
    expect(ana.text()).not.toMatch(/Ben/);

    h.advance(DECLINE_COOLDOWN_DAYS * DAY);
    await ana.run('connect', await ben.id());
    expect(ana.last?.outcome).toBe('ok');
    expect(ben.lastInbox().title).toBe('New buddy request');
  });

  it('GIVEN Ben declined Ana WHEN Ben changes his mind within the cooldown THEN he may ask her himself', async () => {
    const ana = await runner(h, 'Ana');
    const ben = await runner(h, 'Ben');
    await ana.run('connect', await ben.id());
    await ben.press(ben.button('Decline', [ben.lastInbox()]));
    await ben.run('connect', await ana.id());
    expect(ben.last?.outcome).toBe('ok');
    await ana.press(ana.button('Accept', [ana.lastInbox()]));
    expect((await h.store.connections.findPair(await ana.id(), await ben.id()))?.status).toBe('accepted');
  });

  it('GIVEN buddies WHEN one disconnects THEN neither lists the other and messages are refused', async () => {
    const ana = await runner(h, 'Ana');
    const ben = await runner(h, 'Ben');
    await befriend(ana, ben);
    await ana.run('buddies');
    await ana.press(ana.button('Disconnect #1 Ben'));
    expect(ana.text()).toMatch(/no longer buddies/);
    await ben.run('buddies');
    expect(ben.text()).toMatch(/No buddies yet/);
    await ben.run('msg', `person: ${await ana.id()} text: hello?`);
    expect(ben.text()).toMatch(/You can only message buddies/);
    await ana.run('disconnect', await ben.id());
    expect(ana.text()).toMatch(/aren't connected/);
  });
});

describe('blocking', () => {
  it('GIVEN buddies WHEN Ben blocks Ana THEN it is silent, immediate and both ways', async () => {
    const ana = await runner(h, 'Ana', { community: C });
    const ben = await runner(h, 'Ben', { community: C });
    await befriend(ana, ben);
    const anaInboxBefore = ana.inbox().length;

    await ben.run('block', await ana.id());
    expect(ben.text()).toMatch(/Blocked \*\*Ana\*\*\. They won't be told/);
    expect(await h.store.connections.findPair(await ana.id(), await ben.id())).toBeNull();

    // Neither can message the other; the wording never mentions a block.
    const anaSaw: string[] = [];
    await ana.run('msg', `person: ${await ben.id()} text: still on for Sunday?`);
    anaSaw.push(ana.text());
    expect(ana.text()).toMatch(/You can only message buddies/);
    await ben.run('msg', `person: ${await ana.id()} text: hi`);
    expect(ben.text()).toMatch(/You can only message buddies/);
    // Neither can connect.
    await ana.run('connect', await ben.id());
    anaSaw.push(ana.text());
    expect(ana.last!.replies[0]!.text).toBe("You can't connect with this person.");
    await ben.run('connect', await ana.id());
    expect(ben.last!.replies[0]!.text).toBe("You can't connect with this person.");
    // Neither sees the other in matches.
    await ana.run('match');
    anaSaw.push(ana.text());
    expect(ana.text()).not.toMatch(/Ben/);
    await ben.run('match');
    expect(ben.text()).not.toMatch(/Ana/);

    // Ana heard nothing, and nothing she saw says "block".
    expect(ana.inbox()).toHaveLength(anaInboxBefore);
    for (const text of anaSaw) expect(text).not.toMatch(/block/i);
    expect(await h.store.messages.countFromSince(await ana.id(), new Date(0))).toBe(0);
    expect(await h.store.messages.countFromSince(await ben.id(), new Date(0))).toBe(0);

    // Ben sees Ana under Blocked and can lift it.
    await ben.run('buddies');
    expect(ben.text()).toMatch(/Blocked/);
    await ben.press(ben.button('Unblock #1 Ana'));
    expect(ben.text()).toMatch(/Unblocked \*\*Ana\*\*/);
    await ana.run('connect', await ben.id());
    expect(ana.last?.outcome).toBe('ok');
  });

  it('GIVEN Ana asked Ben WHEN Ben blocks her instead of answering THEN the request vanishes and Ana is not told', async () => {
    const ana = await runner(h, 'Ana');
    const ben = await runner(h, 'Ben');
    await ana.run('connect', await ben.id());
    const accept = ben.button('Accept', [ben.lastInbox()]);
    await ben.run('block', await ana.id());
    expect(ana.inbox()).toHaveLength(0);
    await ben.press(accept);
    expect(ben.text()).toMatch(/no open buddy request/);
    expect(await h.store.connections.findPair(await ana.id(), await ben.id())).toBeNull();
  });

  it('GIVEN someone WHEN I block myself or unblock someone never blocked THEN I am told plainly', async () => {
    const ana = await runner(h, 'Ana');
    const ben = await runner(h, 'Ben');
    await ana.run('block', await ana.id());
    expect(ana.text()).toMatch(/can't block yourself/);
    await ana.run('unblock', await ben.id());
    expect(ana.text()).toMatch(/isn't blocked/);
    expect((await ana.profile()).blocked).toEqual([]);
  });
});
