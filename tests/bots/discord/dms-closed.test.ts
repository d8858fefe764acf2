import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { messageText } from '../../fakes/discord/index.js';
import { DiscordWorld, type Person } from './world.js';

let w: DiscordWorld;
let alice: Person;
let bob: Person;
let carl: Person;

beforeAll(async () => {
  w = await DiscordWorld.start();
  alice = w.person('Alice');
  bob = w.person('Bob');
  carl = w.person('Carl');
  for (const p of [alice, bob, carl]) await w.profile(p);
});
beforeEach(() => w.isolate());
afterAll(async () => {
  await w?.stop();
});

const dmPosts = (p: Person) => w.fake.requests('POST', `/channels/${w.fake.world.dmChannelOf(p.user.id).id}/messages`);

describe('closed DMs on Discord', () => {
  it('GIVEN Bob closed his DMs WHEN Alice asks to connect THEN Alice is answered, the DM is refused with 50007, and nothing crashes', async () => {
    w.fake.closeDms(bob.user);
    const match = await w.slash(alice.here, 'match');
    const connect = await w.click(alice.here, w.lastShown(match), /Bob/);

    expect(w.text(connect)).toMatch(/Buddy request sent to \*\*Bob\*\*/);
    const refused = dmPosts(bob);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.status).toBe(403);
    expect(w.fake.dms(bob.user)).toHaveLength(0);
    expect(w.errors()).toEqual([]);
  });

  it('GIVEN Bob is unreachable WHEN more happens for him THEN Spotter stops trying his DMs (no invalid requests piling up)', async () => {
    const match = await w.slash(carl.here, 'match');
    await w.click(carl.here, w.lastShown(match), /Bob/);
    expect(dmPosts(bob)).toHaveLength(1);
    expect(w.fake.world.invalidRequests).toBe(1);
  });

  it('GIVEN notices kept for Bob WHEN he next uses the bot THEN he sees what he missed first, privately, then his answer', async () => {
    const ix = await w.slash(bob.here, 'profile');
    const [notices, profile] = w.fake.shown(ix);
    expect(messageText(notices!)).toMatch(/While you were away \(2\)/);
    expect(messageText(notices!)).toContain('Alice');
    expect(messageText(notices!)).toContain('Carl');
    expect(messageText(profile!)).toContain('Your profile: Bob');

    // Back in touch: he opened his DMs, and Spotter writes to him again.
    w.fake.openDms(bob.user);
    const requests = await w.slash(bob.here, 'buddies');
    expect(w.text(requests)).toContain('Alice');
    const dave = w.person('Dave');
    await w.profile(dave);
    const match = await w.slash(dave.here, 'match');
    await w.click(dave.here, w.lastShown(match), /Bob/);
    expect(messageText(w.fake.dms(bob.user)[0]!)).toContain('New buddy request');
  });
});
