import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userKey } from '../../../src/domain/platform.js';
import type { Invocation } from '../../../src/interaction/command.js';
import { type Actor, Harness, runner } from '../../support/harness.js';

/**
 * People by their platform handle: "@ben_p" names the person whose account has that handle, among
 * the people the asker has dealt with, whatever their display name. The handle is the platform's:
 * it follows every change the platform reports, and it names nobody once it is gone.
 */

const C = 'berlin-runners';

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});
afterEach(() => h.assertNoCoordinatesLeaked());

/** The reply to naming `typed` with /connect, with what was typed taken out: the wording alone. */
async function connectWording(who: Actor, typed: string): Promise<string> {
  await who.run('connect', typed);
  return who.text().replace(typed, 'X');
}

describe('people by @handle', () => {
  it('GIVEN Benjamin, whose handle is ben_p, in Anna\'s matches WHEN she writes /connect @ben_p THEN the request goes to him although no name of his reads "ben p"', async () => {
    const anna = await runner(h, 'Anna', { community: C });
    const ben = await runner(h, 'Benjamin', { community: C, handle: 'ben_p' });
    await anna.run('match');
    await anna.run('connect', '@ben_p');
    expect(anna.last?.outcome, anna.text()).toBe('ok');
    expect(anna.text()).toMatch(/Buddy request sent to \*\*Benjamin\*\*/);
    expect(ben.lastInbox().text).toMatch(/Anna/);
  });

  it('GIVEN Benjamin (ben_p) in my matches WHEN I type the handle in another case, or only its start THEN it still finds him', async () => {
    const anna = await runner(h, 'Anna', { community: C });
    await runner(h, 'Benjamin', { community: C, handle: 'Ben_P' });
    await anna.run('match');
    await anna.run('connect', '@BEN_');
    expect(anna.text()).toMatch(/Buddy request sent to \*\*Benjamin\*\*/);
  });

  it('GIVEN Benjamin changes his handle from ben_p to ben_runs WHEN Anna names the old one THEN nobody is found, worded as for a typo; the new one finds him', async () => {
    const anna = await runner(h, 'Anna', { community: C });
    const ben = await runner(h, 'Benjamin', { community: C, handle: 'ben_p' });
    await anna.run('match');
    await ben.withHandle('ben_runs').run('profile');

    const old = await connectWording(anna, '@ben_p');
    expect(old).toBe(await connectWording(anna, '@qwzxq'));
    expect(old).toMatch(/I don't know anyone called “X” among the people you've dealt with/);

    await anna.run('connect', '@ben_runs');
    expect(anna.text()).toMatch(/Buddy request sent to \*\*Benjamin\*\*/);
  });

  it('GIVEN Benjamin removes his handle WHEN Anna names it THEN nobody is found', async () => {
    const anna = await runner(h, 'Anna', { community: C });
    const ben = await runner(h, 'Benjamin', { community: C, handle: 'ben_p' });
    await anna.run('match');
    await ben.withHandle(null).run('profile');
    expect((await ben.profile()).handles).toEqual([]);
    expect(await connectWording(anna, '@ben_p')).toMatch(/I don't know anyone called “X”/);
  });

  it("GIVEN Carla, whom Anna has not dealt with, has the handle carla_x WHEN Anna names @carla_x THEN the answer is word for word the one for a typo: no directory", async () => {
    const anna = await runner(h, 'Anna');
    await runner(h, 'Carla', { place: 'Hamburg, DE', handle: 'carla_x' });
    await anna.run('match');
    const stranger = await connectWording(anna, '@carla_x');
    expect(stranger).toBe(await connectWording(anna, '@qwzxq'));
  });

  it('GIVEN @ben fits Ben\'s handle and the name of Benedikt WHEN Anna writes /connect @ben THEN she picks from a select in which Ben shows the handle that fit', async () => {
    const anna = await runner(h, 'Anna', { community: C });
    const ben = await runner(h, 'Ray', { community: C, handle: 'ben' });
    await runner(h, 'Benedikt', { community: C, handle: 'bene_k' });
    await anna.run('match');
    await anna.run('connect', '@ben');
    const select = anna.last!.replies[0]!.select!;
    expect(anna.text()).toMatch(/2 people fit “@ben”/);
    // Benedikt fits by name only ("@bene_k" is only a prefix fit, beaten by Ray's exact handle): his handle stays unshown.
    expect(select.options.map((o) => o.label).sort()).toEqual(['Benedikt', 'Ray (@ben on console)']);
    await anna.press(select, select.options.find((o) => o.label.startsWith('Ray'))!.value);
    expect(anna.text()).toMatch(/Buddy request sent to \*\*Ray\*\*/);
    expect(ben.lastInbox().text).toMatch(/Anna/);
  });

  it('GIVEN a plain "ben_p" that fits no name THEN the handle is tried; a name that fits is still found by name alone', async () => {
    const anna = await runner(h, 'Anna', { community: C });
    await runner(h, 'Benjamin', { community: C, handle: 'ben_p' });
    await runner(h, 'Ray', { community: C, handle: 'benjamin_r' });
    await anna.run('match');
    await anna.run('connect', 'ben_p');
    expect(anna.text()).toMatch(/Buddy request sent to \*\*Benjamin\*\*/);
    // "benjamin" fits Benjamin's name: Ray's handle benjamin_r is not tried, so no choice is asked.
    await anna.run('connect', 'benjamin');
    expect(anna.last!.replies.some((r) => r.select)).toBe(false);
    expect(anna.text()).toMatch(/Benjamin/);
    expect(anna.text()).not.toMatch(/Ray/);
  });

  it('GIVEN Benjamin deletes his data WHEN Anna names his handle THEN nobody is found: the handle went with him', async () => {
    const anna = await runner(h, 'Anna', { community: C });
    const ben = await runner(h, 'Benjamin', { community: C, handle: 'ben_p' });
    await anna.run('match');
    const dm = ben.in(null);
    await dm.run('delete-me');
    await dm.press(dm.button('Yes, delete everything'));
    expect(dm.last?.outcome, dm.text()).toBe('ok');
    expect(await connectWording(anna, '@ben_p')).toMatch(/I don't know anyone called “X”/);
  });

  it('GIVEN a handle already kept WHEN the person goes on using Spotter with it unchanged THEN no handle is written again', async () => {
    const ben = await runner(h, 'Benjamin', { handle: 'ben_p' });
    expect((await ben.profile()).handles.map((x) => x.handle)).toEqual(['ben_p']);
    const writes = vi.spyOn(h.store.people, 'setHandle');
    for (const command of ['profile', 'match', 'buddies']) await ben.run(command);
    expect(writes).not.toHaveBeenCalled();
    await ben.withHandle('ben_runs').run('profile');
    expect(writes).toHaveBeenCalledTimes(1);
    expect((await ben.profile()).handles.map((x) => x.handle)).toEqual(['ben_runs']);
  });

  it('GIVEN a reported handle with invisible characters or a leading "@" THEN it is kept cleaned; one not shaped like a handle is not kept', async () => {
    const ben = await runner(h, 'Benjamin', { handle: '@ben\u200b_p' });
    expect((await ben.profile()).handles.map((x) => x.handle)).toEqual(['ben_p']);
    await ben.withHandle('ben p; drop').run('profile');
    expect((await ben.profile()).handles).toEqual([]);
  });

  it('GIVEN Benjamin links a second account that has the handle ben_tg THEN both handles are his, and Anna finds him by the new one', async () => {
    const anna = await runner(h, 'Anna', { community: C });
    const ben = await runner(h, 'Benjamin', { community: C, handle: 'ben_p' });
    await anna.run('match');
    const code = /\/link ([A-Z0-9]{6})/.exec((await ben.in(null).run('link')).replies[0]!.text)![1]!;
    const other: Invocation = { platform: 'y-net', user: { key: userKey('y-net', '77'), displayName: 'Ben', handle: 'ben_tg' }, community: null };
    const linked = await h.dispatcher.handle(other, { kind: 'line', command: 'link', text: code });
    expect(linked.replies.at(-1)!.text).toMatch(/Linked/);
    expect((await ben.profile()).handles.map((x) => x.handle).sort()).toEqual(['ben_p', 'ben_tg']);

    await anna.run('connect', '@ben_tg');
    expect(anna.text()).toMatch(/Buddy request sent to \*\*Benjamin\*\*/);
  });
});
