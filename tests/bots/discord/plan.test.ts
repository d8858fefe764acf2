import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeMessage, messageText } from '../../fakes/discord/index.js';
import { userKey } from '../../../src/domain/platform.js';
import { DiscordWorld, type Person } from './world.js';

let w: DiscordWorld;
let alice: Person;
let bob: Person;

beforeAll(async () => {
  w = await DiscordWorld.start();
  alice = w.person('Alice');
  bob = w.person('Bob');
  await w.profile(alice, { place: 'Berlin, DE' });
  await w.profile(bob, { place: 'Lisbon, PT' });
  for (const p of [alice, bob]) await w.slash(p.here, 'set-availability', { when: 'weekday evenings' });
});
beforeEach(() => w.isolate());
afterAll(async () => {
  await w?.stop();
});

const lastDm = (p: Person): FakeMessage => w.lastDm(p);

describe('/plan on Discord', () => {
  it('GIVEN Alice in Berlin and Bob in Lisbon, free on weekday evenings WHEN Alice runs /plan and offers Monday, and Bob takes it from his DM THEN both are told by DM and the private session is in each /my-sessions as a Discord timestamp', async () => {
    const bobId = (await w.store.people.findByIdentity(userKey('discord', bob.user.id)))!.id;
    const planned = await w.slash(alice.here, 'plan', { person: bobId });
    const slots = w.lastShown(planned);
    expect(messageText(slots)).toMatch(/best times this week for Running with \*\*Bob\*\*/);

    const offered = await w.click(alice.here, slots, 'Mon 23 Nov, 18:00–19:00');
    expect(w.text(offered)).toMatch(/Sent to Bob\./);
    const proposal = lastDm(bob);
    expect(messageText(proposal)).toContain('Alice wants to train with you');
    // Bob's button is in his own zone: 18:00 in Berlin is 17:00 in Lisbon.
    const taken = await w.click(bob.dm, proposal, 'Mon 23 Nov, 17:00–18:00');
    expect(w.text(taken)).toMatch(/You and \*\*Alice\*\* are training together/);
    expect(messageText(lastDm(alice))).toContain('Session planned');

    const start = Date.parse('2026-11-23T17:00:00Z') / 1000;
    for (const p of [alice, bob]) {
      const mine = await w.slash(p.dm, 'my-sessions');
      expect(w.text(mine), p.user.username).toContain(`<t:${start}:`);
    }
    // Nobody else finds it: no announcement anywhere.
    const carol = w.person('Carol');
    await w.profile(carol, { place: 'Berlin, DE' });
    const browse = await w.slash(carol.here, 'sessions');
    expect(w.text(browse)).not.toContain(`<t:${start}:`);
    expect(w.errors()).toEqual([]);
  });
});
