import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { communityKey } from '../../../src/domain/platform.js';
import { makeSession } from '../../support/fixtures.js';
import { type Actor, Harness, runner } from '../../support/harness.js';

const C = 'berlin-runners';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

async function befriend(a: Actor, b: Actor): Promise<void> {
  await a.run('connect', await b.id());
  await b.press(b.button('Accept', [b.lastInbox()]));
  expect(b.last?.outcome, b.text()).toBe('ok');
}

const community = async () => (await h.store.communities.getByKey(communityKey('console', C)))!;

/** Ben sends Ana something nasty; Ana reports it from the button under it. */
async function reportedMessage() {
  const ana = await runner(h, 'Ana', { community: C });
  const ben = await runner(h, 'Ben', { community: C });
  await befriend(ana, ben);
  await ben.run('msg', `person: ${await ana.id()} text: you run like a duck lol`);
  await ana.press(ana.button('Report', [ana.lastInbox()]));
  expect(ana.last!.replies[0]!.text).toMatch(/What happened/);
  await ana.say('Mocking me after I declined a second date');
  return { ana, ben };
}

describe('reports', () => {
  it('GIVEN a relayed message WHEN Ana reports it from its button THEN she is thanked, nothing is posted, and a moderator sees it with context while a member is refused', async () => {
    const { ana, ben } = await reportedMessage();
    expect(ana.last?.outcome).toBe('ok');
    expect(ana.text()).toMatch(/went to the community's moderators, privately/);
    expect(h.posts).toHaveLength(0);
    expect(ben.inbox().some((r) => /report/i.test(r.text))).toBe(false);

    const mia = h.person('Mia', { community: C, admin: true });
    await mia.run('reports');
    expect(mia.last?.outcome).toBe('ok');
    const field = mia.last!.replies[0]!.fields![0]!;
    expect(field.name).toMatch(/^#1 · reported .* by Ana$/);
    expect(field.value).toMatch(/Message from \*\*Ben\*\* \(id [\w-]+\): “you run like a duck lol”/);
    expect(field.value).toMatch(/Reason: Mocking me/);
    expect(mia.button('Resolve #1')).toBeTruthy();

    const cleo = h.person('Cleo', { community: C });
    await cleo.run('reports');
    expect(cleo.last?.outcome).toBe('user-error');
    expect(cleo.text()).toMatch(/Only moderators of this community can use \/reports\./);
  });

  it('GIVEN an open report WHEN a member replays the moderator\'s Resolve button THEN it is refused and the report stays open', async () => {
    await reportedMessage();
    const mia = h.person('Mia', { community: C, admin: true });
    await mia.run('reports');
    const resolve = mia.button('Resolve #1');
    const cleo = h.person('Cleo', { community: C });
    await cleo.press(resolve);
    expect(cleo.last?.outcome).toBe('user-error');
    expect(cleo.text()).toMatch(/isn't for you/);
    expect(await h.store.reports.listOpen((await community()).id, 10)).toHaveLength(1);
    expect(await h.store.audit.list((await community()).id, 10)).toHaveLength(0);
  });

  it('GIVEN an open report WHEN the moderator resolves it with a note THEN it leaves the queue, the reporter is told and the audit log has it', async () => {
    const { ana } = await reportedMessage();
    const mia = h.person('Mia', { community: C, admin: true });
    await mia.run('reports');
    await mia.press(mia.button('Resolve #1'));
    await mia.say('Warned Ben in DM');
    expect(mia.text()).toMatch(/Report resolved/);
    expect(ana.lastInbox().text).toMatch(/has reviewed your report/);
    expect(ana.lastInbox().text).not.toMatch(/Warned/);
    await mia.run('reports');
    expect(mia.text()).toMatch(/No open reports/);
    const [entry] = await h.store.audit.list((await community()).id, 10);
    expect(entry).toMatchObject({ action: 'report.resolve', actorId: await mia.id(), detail: 'Warned Ben in DM' });

    await mia.run('report-resolve', `report: ${entry!.target} note: again`);
    expect(mia.text()).toMatch(/already resolved/);
  });

  it('GIVEN a person and a session WHEN they are reported by typed command THEN the moderators see who and what, and a duplicate is refused', async () => {
    const ana = await runner(h, 'Ana', { community: C });
    const ben = await runner(h, 'Ben', { community: C });
    const session = makeSession(await ben.id(), { communityId: (await community()).id, title: 'Sketchy night run' });
    await h.store.sessions.insert(session);

    await ana.run('report', `person: ${await ben.id()} reason: asks for my address`);
    expect(ana.last?.outcome).toBe('ok');
    await ana.run('report', `person: ${await ben.id()} reason: again`);
    expect(ana.text()).toMatch(/already reported this/);
    // A minute later, so the queue's oldest-first order is the order they were filed in.
    h.advance(60_000);
    await ana.run('report', `session: ${session.id} reason: starts in an unlit park at 2am`);
    expect(ana.last?.outcome).toBe('ok');
    await ana.run('report', 'reason: no target');
    expect(ana.text()).toMatch(/Say what you are reporting/);
    await ana.run('report', `person: ${await ana.id()} reason: me`);
    expect(ana.text()).toMatch(/can't report yourself/);

    const mia = h.person('Mia', { community: C, admin: true });
    await mia.run('reports');
    const [first, second] = mia.last!.replies[0]!.fields!;
    expect(first!.value).toMatch(/^Person: \*\*Ben\*\*/);
    expect(second!.value).toMatch(/^Session: \*\*Sketchy night run\*\*.*hosted by \*\*Ben\*\*/);
  });

  it('GIVEN a message sent to someone else WHEN Cleo tries to report it by id THEN she is told she can only report messages sent to her', async () => {
    const ana = await runner(h, 'Ana', { community: C });
    const ben = await runner(h, 'Ben', { community: C });
    await befriend(ana, ben);
    await ben.run('msg', `person: ${await ana.id()} text: hello`);
    const c = await h.store.connections.findPair(await ana.id(), await ben.id());
    const [m] = await h.store.messages.listForConnection(c!.id, h.now, 1);
    const cleo = h.person('Cleo', { community: C });
    await cleo.run('report', `message: ${m!.id} reason: nosy`);
    expect(cleo.text()).toMatch(/Only messages sent to you can be reported/);
    expect(await h.store.reports.listOpen((await community()).id, 10)).toHaveLength(0);
  });
});
