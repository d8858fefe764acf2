import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { communityKey } from '../../../src/domain/platform.js';
import { ERASED_NAME, ERASED_REPORT_REASON } from '../../../src/core/people.js';
import { createSession, notification, session } from '../sessions/helpers.js';
import { type Actor, Harness, runner, textOf } from '../../support/harness.js';

const C = 'berlin-runners';

let h: Harness;
let mia: Actor;
beforeEach(async () => {
  h = await Harness.create();
  mia = h.person('Mia', { community: C, admin: true });
  await mia.run('mod-settings');
});
afterEach(() => h.assertNoCoordinatesLeaked());

const community = async () => (await h.store.communities.getByKey(communityKey('console', C)))!;

async function deleteMe(who: Actor): Promise<string> {
  const dm = who.in(null);
  await dm.run('delete-me');
  await dm.press(dm.button('Yes, delete everything'));
  expect(dm.last?.outcome, dm.text()).toBe('ok');
  return dm.text();
}

describe('/delete-me, complete and honest', () => {
  it('GIVEN Ann hosts a session with a participant, a waitlisted person and a pending request WHEN she deletes herself THEN all three are told, the request expires and the announcement shows it cancelled', async () => {
    const ann = await runner(h, 'Ann', { community: C });
    const cara = await runner(h, 'Cara', { community: C });
    const dan = await runner(h, 'Dan', { community: C });
    const eve = await runner(h, 'Eve', { community: C });
    const s = await createSession(h, ann, 'activity: running when: tomorrow 7am place: Berlin, DE capacity: 1');
    for (const guest of [cara, dan]) {
      await guest.run('join', s.id);
      await ann.press(ann.button('Accept', [ann.lastInbox()]));
    }
    await eve.run('join', s.id);
    expect((await session(h, s.id)).waitlist).toEqual([await dan.id()]);

    const answer = await deleteMe(ann);
    expect(answer).toMatch(/and the session you hosted was cancelled\. 3 people were told\./);
    for (const told of [cara, dan, eve]) expect(textOf(notification(told, /cancelled/))).toMatch(/its host left Spotter/);
    const requests = await h.store.joinRequests.listForSession(s.id, ['pending', 'expired']);
    expect(requests.map((r) => r.status)).toEqual(['expired']);
    expect((await session(h, s.id)).status).toBe('cancelled');
    const post = h.posts.find((p) => textOf(p.reply).includes(s.title))!;
    expect(textOf(post.edits[post.edits.length - 1]!)).toMatch(/cancelled/i);
  });

  it('GIVEN Ann was banned and unbanned and filed a report WHEN she deletes herself THEN her name leaves the audit log, her report keeps its facts without her words, and buttons naming her expire', async () => {
    const ann = await runner(h, 'Ann', { community: C });
    const ben = await runner(h, 'Ben', { community: C });
    const annId = await ann.id();
    await mia.run('ban', `person: ${annId} reason: Ann spammed`);
    h.advance(1000);
    await mia.run('unban', annId);
    await ann.run('report', `person: ${await ben.id()} reason: Ben shouted at me, I am Ann from Kreuzberg`);
    await ben.run('match');
    const connect = ben.button(/Connect with #1 Ann/);

    await deleteMe(ann);

    const entries = await h.store.audit.list((await community()).id, 10);
    const details = entries.filter((e) => e.target === annId).map((e) => e.detail);
    expect(details).toEqual([ERASED_NAME, `${ERASED_NAME}: ${ERASED_NAME} spammed`]);
    expect(entries.map((e) => e.detail).join('\n')).not.toMatch(/Ann/);
    const [report] = await h.store.reports.listOpen((await community()).id, 10);
    expect(report).toMatchObject({ reporterId: annId, target: { kind: 'person', personId: await ben.id() }, reason: ERASED_REPORT_REASON });
    await mia.run('reports');
    expect(mia.text()).toMatch(/by someone who left/);
    expect(mia.text()).not.toMatch(/Kreuzberg/);
    await mia.run('audit');
    expect(mia.text()).not.toMatch(/Ann/);

    await ben.press(connect);
    expect(ben.text()).toMatch(/That button has expired/);
    await ben.run('connect', annId);
    expect(ben.last?.outcome).toBe('user-error');
  });

  it('GIVEN the confirm button WHEN it is typed or pressed by someone else THEN nothing is deleted', async () => {
    const ann = await runner(h, 'Ann', { community: C });
    const ben = await runner(h, 'Ben', { community: C });
    await ann.run('delete-me-confirm');
    expect(ann.text()).toMatch(/I don't know \/delete-me-confirm/);
    const dm = ann.in(null);
    await dm.run('delete-me');
    await ben.press(dm.button('Yes, delete everything'));
    expect(ben.text()).toMatch(/isn't for you/);
    expect(await h.store.people.get(await ann.id())).not.toBeNull();
  });
});
