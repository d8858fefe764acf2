import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userKey } from '../../../src/domain/platform.js';
import { DiscordWorld, type Person } from './world.js';

let w: DiscordWorld;

beforeAll(async () => {
  w = await DiscordWorld.start();
});
beforeEach(() => w.isolate());
afterAll(async () => {
  await w?.stop();
});

/** A member with a finished profile who has used a slash command once: Discord told us their username. */
async function member(name: string, account: { username?: string; discriminator?: string } = {}): Promise<Person> {
  const p = w.person(name, account);
  await w.profile(p, { place: 'Berlin, DE', activities: 'running' });
  await w.slash(p.here, 'profile');
  return p;
}

const handlesOf = async (p: Person) => (await w.store.people.findByIdentity(userKey('discord', p.user.id)))!.handles.map((h) => h.handle);

describe('people by username on Discord', () => {
  it('GIVEN Benjamin (username ben.p) in my matches WHEN I write /connect person: @ben.p THEN the request goes to him; "@ben" in autocomplete offers him too', async () => {
    const alice = await member('Alice');
    const ben = await member('Benjamin', { username: 'ben.p' });
    expect(await handlesOf(ben)).toEqual(['ben.p']);
    await w.slash(alice.here, 'match');

    const typed = await w.settle(w.fake.autocomplete(alice.here, 'connect', 'person', '@ben.'));
    expect(typed.choices?.map((c) => c.name)).toEqual(['Benjamin']);

    const sent = await w.slash(alice.here, 'connect', { person: '@ben.p' });
    expect(w.text(sent)).toMatch(/Buddy request sent to \*\*Benjamin\*\*/);
    expect(w.errors()).toEqual([]);
  });

  it('GIVEN Benjamin changes his username WHEN I name the old one THEN nobody is found, worded as for a typo; the new one finds him', async () => {
    const alice = await member('Alice');
    const ben = await member('Benjamin', { username: 'benj.old' });
    await w.slash(alice.here, 'match');
    const renamed = w.fake.renameUser(ben.user, 'benj.new');
    await w.slash({ ...ben.here, user: renamed }, 'profile');
    expect(await handlesOf(ben)).toEqual(['benj.new']);

    const old = w.text(await w.slash(alice.here, 'connect', { person: '@benj.old' })).replace('@benj.old', 'X');
    const typo = w.text(await w.slash(alice.here, 'connect', { person: '@qwzxq' })).replace('@qwzxq', 'X');
    expect(old).toBe(typo);
    expect(old).toMatch(/I don't know anyone called “X”/);

    const sent = await w.slash(alice.here, 'connect', { person: '@benj.new' });
    expect(w.text(sent)).toMatch(/Buddy request sent to \*\*Benjamin\*\*/);
  });

  it('GIVEN an account still on a legacy name#1234 WHEN it acts THEN its username, shared with others, is kept as no handle', async () => {
    const oldie = await member('Oldie', { username: 'oldie', discriminator: '1234' });
    expect(await handlesOf(oldie)).toEqual([]);
  });

  it('GIVEN Zora (username zora.x) far away, whom I never dealt with WHEN I name @zora.x THEN the answer is the one for a typo: no directory', async () => {
    const alice = await member('Alice');
    const zora = w.person('Zora', { username: 'zora.x' });
    await w.profile(zora, { place: 'Hamburg, DE', activities: 'running' });
    await w.slash(zora.here, 'profile');
    await w.slash(alice.here, 'match');
    const stranger = w.text(await w.slash(alice.here, 'msg', { person: '@zora.x', text: 'hi' })).replace('@zora.x', 'X');
    const typo = w.text(await w.slash(alice.here, 'msg', { person: '@qwzxq', text: 'hi' })).replace('@qwzxq', 'X');
    expect(stranger).toBe(typo);
  });
});
