import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/core/limits.js';
import { communityKey } from '../../../src/domain/platform.js';
import type { Outcome } from '../../../src/interaction/dispatcher.js';
import { makeProfile } from '../../support/fixtures.js';
import { type Actor, Harness, runner } from '../../support/harness.js';
import { hostedBy } from '../sessions/helpers.js';

/**
 * The spam of the issue, replayed with the default limits: what gets through is exactly the
 * allowance, everything else is refused as limited and leaves no trace in the store.
 */

const C = 'berlin-runners';
let h: Harness;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  h = await Harness.create();
});
afterEach(() => {
  h.assertNoCoordinatesLeaked();
  vi.useRealTimers();
});

const limited = (outs: readonly Outcome[]) => outs.filter((o) => o.outcome === 'user-error' && /you've reached that|is locked for you/.test(o.replies.map((r) => r.text).join()));
const okCount = (outs: readonly Outcome[]) => outs.filter((o) => o.outcome === 'ok').length;

async function strangers(n: number) {
  const ids = [];
  for (let i = 0; i < n; i++) {
    const p = makeProfile({ displayName: `Target ${i}` });
    await h.store.people.insert(p);
    ids.push(p.id);
  }
  return ids;
}

describe('the spam of the issue, with the default limits', () => {
  it(`GIVEN 100 /session-create at once THEN ${DEFAULT_LIMITS['session-create'].points} sessions and announcements exist and 90 are refused`, async () => {
    const ana = await runner(h, 'Ana', { community: C });
    const outs = await Promise.all(Array.from({ length: 100 }, (_, i) => ana.run('session-create', `activity: running when: tomorrow ${8 + (i % 10)}:00 place: Berlin, DE`)));
    expect(okCount(outs)).toBe(10);
    expect(limited(outs)).toHaveLength(90);
    expect(await hostedBy(h, ana)).toHaveLength(10);
    expect(h.posts).toHaveLength(10);
  });

  it('GIVEN connection requests to 30 people THEN 20 are sent and 10 refused, leaving no connection and no notification', async () => {
    const ana = await runner(h, 'Ana');
    const targets = await strangers(30);
    const outs: Outcome[] = [];
    for (const id of targets) outs.push(await ana.run('connect', id));
    expect(okCount(outs)).toBe(20);
    expect(limited(outs)).toHaveLength(10);
    expect(await h.store.connections.listForPerson(await ana.id())).toHaveLength(20);
    expect(h.delivered).toHaveLength(20);
  });

  it('GIVEN 30 reports THEN 10 are filed and 20 refused', async () => {
    const ana = await runner(h, 'Ana', { community: C });
    const targets = await strangers(30);
    const outs: Outcome[] = [];
    for (const id of targets) outs.push(await ana.run('report', `person: ${id} reason: spam`));
    expect(okCount(outs)).toBe(10);
    expect(limited(outs)).toHaveLength(20);
    const community = (await h.store.communities.getByKey(communityKey('console', C)))!;
    expect(await h.store.reports.listOpen(community.id, 100)).toHaveLength(10);
  });

  it('GIVEN /match 300 times THEN 60 are answered and 240 refused', async () => {
    const ana = await runner(h, 'Ana');
    await runner(h, 'Ben');
    const outs: Outcome[] = [];
    for (let i = 0; i < 300; i++) outs.push(await ana.run('match'));
    expect(okCount(outs)).toBe(60);
    expect(limited(outs)).toHaveLength(240);
  });

  it('GIVEN 100 guessed /link codes THEN 5 are read, the 5th locks, and the other 95 are refused unread', async () => {
    const mallory: Actor = await runner(h, 'Mallory');
    const outs: Outcome[] = [];
    for (let i = 0; i < 100; i++) outs.push(await mallory.run('link', `ZZ${String(i).padStart(4, '0')}`));
    const unknown = outs.filter((o) => /unknown or expired/.test(o.replies[0]?.text ?? ''));
    expect(unknown).toHaveLength(4);
    expect(limited(outs)).toHaveLength(96);
  });

  it('GIVEN 100 messages to a buddy THEN 30 are relayed and 70 refused', async () => {
    const ana = await runner(h, 'Ana');
    const ben = await runner(h, 'Ben');
    await ana.run('connect', await ben.id());
    await ben.press(ben.button('Accept', [ben.lastInbox()]));
    const benId = await ben.id();
    const outs: Outcome[] = [];
    for (let i = 0; i < 100; i++) outs.push(await ana.run('msg', `person: ${benId} text: buy my protein ${i}`));
    expect(okCount(outs)).toBe(30);
    expect(limited(outs)).toHaveLength(70);
    expect(await h.store.messages.countFromSince(await ana.id(), new Date(0))).toBe(30);
  });
});
