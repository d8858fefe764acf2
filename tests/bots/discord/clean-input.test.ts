import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userKey } from '../../../src/domain/platform.js';
import { DiscordWorld } from './world.js';

/** Issue #10 (points 4 and 7) through the real discord.js client, against the fake Discord. */
let w: DiscordWorld;
beforeAll(async () => {
  w = await DiscordWorld.start();
});
beforeEach(() => w.isolate());
afterAll(async () => {
  await w?.stop();
});

const profileOf = async (userId: string) => w.store.people.findByIdentity(userKey('discord', userId));

describe('typed words and names on Discord', () => {
  it('GIVEN a member whose Discord name carries a right-to-left override WHEN they first use Spotter THEN their profile name is clean', async () => {
    const eve = w.person('\u202EEve\u200B');
    await w.slash(eve.here, 'profile');
    expect((await profileOf(eve.user.id))?.displayName).toBe('Eve');
    expect(w.errors()).toEqual([]);
  });

  it('GIVEN a member WHEN they send /set-availability constructor THEN the unknown word is named privately, nothing crashes and nothing is stored', async () => {
    const bob = w.person('Bob');
    const ix = await w.slash(bob.here, 'set-availability', { when: 'constructor' });
    expect(w.text(ix)).toMatch(/I don't understand "constructor" in your availability/);
    expect(w.text(ix)).not.toMatch(/something went wrong/i);
    expect((await profileOf(bob.user.id))?.availability ?? []).toEqual([]);
    expect(w.errors()).toEqual([]);
  });

  it('GIVEN a member WHEN they set a name with a zero-width space and an isolate THEN the name is stored and confirmed without them', async () => {
    const cy = w.person('Cy');
    const ix = await w.slash(cy.here, 'set-name', { name: 'C\u2066y\u2069\u200B' });
    expect(w.text(ix)).toContain('**Cy**');
    expect((await profileOf(cy.user.id))?.displayName).toBe('Cy');
  });
});
