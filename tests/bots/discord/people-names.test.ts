import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DiscordWorld, type Person } from './world.js';

let w: DiscordWorld;
let alice: Person;
let bob: Person;
let zoe: Person;

beforeAll(async () => {
  w = await DiscordWorld.start();
  alice = w.person('Alice');
  bob = w.person('Bob');
  zoe = w.person('Zoë');
  await w.profile(alice, { place: 'Berlin, DE', activities: 'running' });
  await w.profile(bob, { place: 'Berlin, DE', activities: 'running' });
  // Zoë lives far away: she never shows up in Alice's matches, so Alice has not dealt with her.
  await w.profile(zoe, { place: 'Hamburg, DE', activities: 'running' });
});
beforeEach(() => w.isolate());
afterAll(async () => {
  await w?.stop();
});

describe('people by name on Discord', () => {
  it('GIVEN Bob in my matches WHEN I type "bo" into /connect person THEN autocomplete offers Bob, and Zoë, whom I never dealt with, is not offered', async () => {
    await w.slash(alice.here, 'match');
    const typed = await w.settle(w.fake.autocomplete(alice.here, 'connect', 'person', 'bo'));
    expect(typed.ack?.type).toBe(8);
    expect(typed.choices?.map((c) => c.name)).toEqual(['Bob']);
    const empty = await w.settle(w.fake.autocomplete(alice.here, 'connect', 'person', 'zo'));
    expect(empty.choices).toEqual([]);

    const sent = await w.slash(alice.here, 'connect', { person: typed.choices![0]!.value });
    expect(w.text(sent)).toMatch(/Buddy request sent to \*\*Bob\*\*/);
  });

  it('GIVEN Bob asked me WHEN I accept by his Discord mention, and name Zoë THEN Bob is found and Zoë is not, as for a typo', async () => {
    const accepted = await w.slash(bob.here, 'buddy-accept', { person: `<@${alice.user.id}>` });
    expect(w.text(accepted)).toMatch(/Alice/);
    const stranger = await w.slash(alice.here, 'msg', { person: 'Zoë', text: 'hi' });
    expect(w.text(stranger)).toMatch(/I don't know anyone called “Zoë”/);
    expect(w.errors()).toEqual([]);
  });
});
