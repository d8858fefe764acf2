import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Harness, runner } from '../../support/harness.js';
import { createSession, notification, session } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

describe('my sessions: requests still waiting for the host', () => {
  it('GIVEN Ana asked to join Ben’s session WHEN she runs /my-sessions THEN it shows as waiting for the host, and Withdraw withdraws it', async () => {
    const ben = await runner(h, 'Ben');
    const ana = await runner(h, 'Ana');
    const s = await createSession(h, ben, 'activity: running when: tomorrow 7am place: Berlin, DE title: Track night');
    await ana.run('join', s.id);
    expect(ana.last?.outcome, ana.text()).toBe('ok');

    await ana.run('my-sessions');
    expect(ana.text()).toMatch(/Your sessions \(1\)/);
    expect(ana.text()).toMatch(/\*\*1\. Track night\*\*.*requested — waiting for the host/);
    expect(ana.text()).toMatch(/withdraws your request/);

    await ana.press(ana.button('Withdraw #1'));
    expect(ana.text()).toMatch(/Withdrew your request to join \*\*Track night\*\*/);
    expect(await h.store.joinRequests.listForRequester(await ana.id(), ['pending'])).toEqual([]);
    expect(await h.store.joinRequests.listForSession(s.id, ['withdrawn'])).toHaveLength(1);
    expect((await session(h, s.id)).participants).toEqual([]);

    await ana.run('my-sessions');
    expect(ana.text()).toMatch(/You have no upcoming sessions/);
    // The host's Accept from before the withdrawal no longer seats her.
    await ben.press(ben.button('Accept', [notification(ben, /\*\*Ana\*\* .*wants to join \*\*Track night\*\*/)]));
    expect(ben.text()).toMatch(/withdrawn by Ana/);
    expect((await session(h, s.id)).participants).toEqual([]);
  });

  it('GIVEN requests accepted, declined, for a cancelled session and still waiting WHEN Ana lists her sessions THEN only the waiting ones are marked, after the ones she is in, until they start', async () => {
    const hana = await runner(h, 'Hana');
    const ana = await runner(h, 'Ana');
    const early = await createSession(h, hana, 'activity: running when: tomorrow 7am place: Berlin, DE title: Early');
    const gone = await createSession(h, hana, 'activity: running when: tomorrow 8am place: Berlin, DE title: Gone');
    const late = await createSession(h, hana, 'activity: running when: tomorrow 9am place: Berlin, DE title: Late');
    const nope = await createSession(h, hana, 'activity: running when: tomorrow 6am place: Berlin, DE title: Nope');
    await createSession(h, ana, 'activity: running when: tomorrow 10am place: Berlin, DE title: Hers');
    for (const s of [late, early, gone, nope]) await ana.run('join', s.id);
    await hana.press(hana.button('Accept', [notification(hana, /wants to join \*\*Early\*\*/)]));
    await hana.press(hana.button('Decline', [notification(hana, /wants to join \*\*Nope\*\*/)]));
    await hana.run('session-cancel', gone.id);

    await ana.run('my-sessions');
    const lines = ana.text().split('\n').filter((l) => /^\*\*\d+\./.test(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/\*\*1\. Early\*\*.*you're in/);
    expect(lines[1]).toMatch(/\*\*2\. Hers\*\*.*you host/);
    expect(lines[2]).toMatch(/\*\*3\. Late\*\*.*requested — waiting for the host/);
    expect(() => ana.button('Withdraw #1')).toThrow();
    expect(() => ana.button('Withdraw #3')).not.toThrow();
    // The numbers work with the other commands too.
    await ana.run('session', '3');
    expect(ana.text()).toMatch(/You asked to join; the host has not answered yet/);

    // Once Late has started, its unanswered request is no longer an upcoming session; Early, over
    // for two and a half hours, stays for her check-in, and Hers starts within the hour.
    h.now = new Date(late.startsAt.getTime() + 30 * 60_000);
    await ana.run('my-sessions');
    expect(ana.text()).toMatch(/Your sessions \(2\)/);
    expect(ana.text()).toMatch(/\*\*1\. Early\*\*.*ended <t:\d+:R> · you're in/);
    expect(ana.text()).toMatch(/\*\*2\. Hers\*\*.*starts <t:\d+:R> · you host/);
    expect(ana.text()).not.toMatch(/Late\b/);
  });
});
