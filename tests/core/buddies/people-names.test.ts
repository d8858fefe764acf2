import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markKeys } from '../../../src/domain/marks.js';
import { type Actor, Harness, runner } from '../../support/harness.js';
import { createSession } from '../sessions/helpers.js';

const C = 'berlin-runners';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

/** `a` asks `b` (by id, as a button does) and `b` accepts from the notification. */
async function befriend(a: Actor, b: Actor): Promise<void> {
  await a.run('connect', await b.id());
  await b.press(b.button('Accept', [b.lastInbox()]));
  expect(b.last?.outcome, b.text()).toBe('ok');
}

describe('people by name', () => {
  it('GIVEN Anna is my only buddy WHEN I write /msg Anna hi, or /msg 1 with no list shown THEN both reach her; /buddies suggests number 1', async () => {
    const ana = await runner(h, 'Ana');
    const anna = await runner(h, 'Anna');
    await befriend(ana, anna);
    await ana.run('msg', 'Anna hi');
    expect(ana.last?.outcome, ana.text()).toBe('ok');
    expect(anna.lastInbox().text).toMatch(/hi/);
    await ana.run('msg', '1 see you at 7');
    expect(ana.last?.outcome, ana.text()).toBe('ok');
    expect(anna.lastInbox().text).toMatch(/see you at 7/);
    await ana.run('buddies');
    expect(ana.text()).toMatch(/\/msg 1 see you at 7/);
    expect(ana.text()).not.toMatch(/person: 2/);
  });

  it('GIVEN Ben P. appeared in my matches WHEN I write /connect @ben_p THEN the request goes to him', async () => {
    const ana = await runner(h, 'Ana', { community: C });
    await runner(h, 'Ben P.', { community: C });
    await ana.run('match');
    await ana.run('connect', '@ben_p');
    expect(ana.text()).toMatch(/Buddy request sent to \*\*Ben P\.\*\*/);
  });

  it('GIVEN Ben is my buddy WHEN I write /block Ben THEN he is blocked', async () => {
    const ana = await runner(h, 'Ana');
    const ben = await runner(h, 'Ben');
    await befriend(ana, ben);
    await ana.run('block', 'Ben');
    expect(ana.last?.outcome, ana.text()).toBe('ok');
    expect((await ana.profile()).blocked).toEqual([await ben.id()]);
  });

  it('GIVEN Zoë is my buddy WHEN I write "zoe" THEN case and accents do not matter, and a prefix is enough', async () => {
    const ana = await runner(h, 'Ana');
    const zoe = await runner(h, 'Zoë');
    await befriend(ana, zoe);
    await ana.run('msg', 'person: zoe text: hello');
    expect(ana.last?.outcome, ana.text()).toBe('ok');
    await ana.run('msg', 'person: ZO text: again');
    expect(ana.last?.outcome, ana.text()).toBe('ok');
    expect(zoe.inbox().filter((r) => /hello|again/.test(r.text))).toHaveLength(2);
  });

  it('GIVEN two buddies called Anna WHEN I write /msg Anna hi THEN I pick one from a select, and the message goes to the one I picked', async () => {
    const ana = await runner(h, 'Ana');
    const berlin = await runner(h, 'Anna');
    const potsdam = await runner(h, 'Anna ', { place: 'Potsdam, DE' });
    await befriend(ana, berlin);
    await befriend(ana, potsdam);
    await ana.run('msg', 'Anna hi there');
    const select = ana.last!.replies[0]!.select!;
    expect(ana.text()).toMatch(/2 people fit “Anna”/);
    expect(select.options.map((o) => o.label).sort()).toEqual(['Anna (Berlin)', 'Anna (Potsdam)']);
    const chosen = select.options.find((o) => o.label === 'Anna (Potsdam)')!;
    await ana.press(select, chosen.value);
    expect(ana.last?.outcome, ana.text()).toBe('ok');
    expect(potsdam.lastInbox().text).toMatch(/hi there/);
    expect(berlin.inbox().some((r) => /hi there/.test(r.text))).toBe(false);
  });

  it("GIVEN a stranger named Carla WHEN I name her THEN the answer is word for word the one for a typo: no directory", async () => {
    const ana = await runner(h, 'Ana');
    await runner(h, 'Carla');
    await ana.run('connect', 'Carla');
    const stranger = ana.text().replace('Carla', 'X');
    await ana.run('connect', 'Qwzx');
    expect(ana.text().replace('Qwzx', 'X')).toBe(stranger);
    expect(stranger).toMatch(/I don't know anyone called “X” among the people you've dealt with/);
  });
});

describe('numbers mean the list of their kind', () => {
  it('GIVEN /sessions then /my-sessions WHEN I /join 2 THEN I ask to join the second session nearby, not my own', async () => {
    const hana = await runner(h, 'Hana');
    const ben = await runner(h, 'Ben');
    const first = await createSession(h, hana);
    const second = await createSession(h, hana, 'activity: running when: tomorrow 9am place: Berlin, DE capacity: 2');
    await createSession(h, ben, 'activity: cycling when: tomorrow 8am place: Berlin, DE capacity: 3');
    await ben.run('sessions');
    const nearby = (await h.store.marks.get(markKeys.shownList(await ben.id(), 'sessions'), h.now))!.ids;
    expect(nearby).toHaveLength(2);
    await ben.run('my-sessions');
    await ben.run('join', '2');
    expect(ben.last?.outcome, ben.text()).toBe('ok');
    const asked = await h.store.joinRequests.listForRequester(await ben.id(), ['pending']);
    expect(asked.map((r) => r.sessionId)).toEqual([nearby[1]]);
    expect([first.id, second.id]).toContain(nearby[1]);
  });

  it('GIVEN a join request notification WHEN the host writes /request-accept 1 THEN that request is accepted', async () => {
    const hana = await runner(h, 'Hana');
    const ben = await runner(h, 'Ben');
    const s = await createSession(h, hana);
    await ben.run('join', s.id);
    expect(hana.lastInbox().text).toMatch(/Ben/);
    await hana.run('request-accept', '1');
    expect(hana.last?.outcome, hana.text()).toBe('ok');
    expect(hana.text()).toMatch(/\*\*Ben\*\* is in/);
  });

  it('GIVEN /places WHEN a moderator writes /place-remove 2 THEN the second place shown is removed; a number never shown names the command', async () => {
    const mia = h.person('Mia', { community: C, admin: true });
    await mia.run('place-remove', '1');
    expect(mia.text()).toMatch(/Run \/places to see their numbers/);
    await mia.run('place-add', 'name: Brandenburg Gate location: 52.5163, 13.3777');
    await mia.run('place-add', 'name: Tiergarten location: 52.5145, 13.3501');
    await mia.run('places');
    const second = /2\. (.+)/.exec(mia.text())![1]!;
    await mia.run('place-remove', '2');
    expect(mia.last?.outcome, mia.text()).toBe('ok');
    expect(mia.text()).toContain(second);
  });
});
