import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communityKey } from '../../../src/domain/platform.js';
import { type FakeMessage, messageText } from '../../fakes/discord/index.js';
import { DiscordWorld, type Person } from './world.js';

let w: DiscordWorld;
let max: Person;
let alice: Person;
let bob: Person;

beforeAll(async () => {
  w = await DiscordWorld.start();
  max = w.person('Max', { manageGuild: true });
  alice = w.person('Alice');
  bob = w.person('Bob');
  await w.profile(alice, { place: 'Berlin, DE', activities: 'running, yoga' });
  await w.profile(bob, { place: 'Berlin, DE', activities: 'running' });
});
afterAll(async () => {
  await w?.stop();
});

const lastDm = (p: Person): FakeMessage => w.lastDm(p);

describe('pairing rounds on Discord', () => {
  it('GIVEN a moderator sets up /rounds and two members join WHEN the round runs THEN each gets the intro by DM with a "Find a time" button for the other', async () => {
    const setup = await w.slash(max.here, 'rounds setup', { weekday: 'mon', hour: 9, timezone: 'Europe/Berlin' });
    expect(w.text(setup)).toMatch(/Pairing rounds are on: Mondays at 09:00 \(Europe\/Berlin\)/);
    for (const p of [alice, bob]) expect(w.text(await w.slash(p.here, 'rounds join'))).toMatch(/You're in!/);

    const community = (await w.store.communities.getByKey(communityKey('discord', w.guild.id)))!;
    const round = await w.core.rounds.run(community.id);
    expect(round?.groups).toHaveLength(1);

    const toAlice = lastDm(alice);
    expect(messageText(toAlice)).toMatch(/Your training buddy this week \(Berlin Runners\)/);
    expect(messageText(toAlice)).toMatch(/Bob/);
    expect(messageText(toAlice)).toMatch(/Find a time with Bob/);
    expect(messageText(lastDm(bob))).toMatch(/Find a time with Alice/);
    expect(messageText(toAlice)).not.toMatch(/\d+\.\d{3,}/);

    const status = await w.slash(max.here, 'rounds status');
    expect(w.text(status)).toMatch(/2 paired in 1 group · 0 planned · 0 met/);
    expect(w.errors()).toEqual([]);
  });
});
