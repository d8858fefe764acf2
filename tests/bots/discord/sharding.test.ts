import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DiscordWorld } from './world.js';

/**
 * Discord recommends 2 shards (GET /gateway/bot); the bot runs as many as recommended
 * (`shards: 'auto'`). Each shard is a gateway session of its own and carries the events of the
 * servers whose `(guild_id >> 22) % 2` is its id; DMs come on shard 0.
 */
let w: DiscordWorld;
beforeAll(async () => {
  w = await DiscordWorld.start({ shards: 2 });
});
beforeEach(() => w.isolate());
afterAll(async () => {
  await w?.stop();
});

describe('sharding on Discord', () => {
  it('GIVEN Discord recommends 2 shards WHEN the bot starts THEN it identifies both, each with [shard_id, 2], and is ready only once both are', () => {
    expect(w.fake.gateway.identified.map((s) => [...s]).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(w.fake.gateway.identifies).toBe(2);
    expect(w.fake.gateway.connected).toBe(true);
    expect(w.bot.isReady()).toBe(true);
  });

  it('GIVEN a server on each shard WHEN a member runs a command in each THEN both reach the bot, each through its own shard, and both are answered', async () => {
    const [berlin, hamburg] = w.guilds;
    expect(w.fake.gateway.shardFor(berlin!.id)).toBe(0);
    expect(w.fake.gateway.shardFor(hamburg!.id)).toBe(1);
    const ann = w.person('Ann');
    const bea = w.person('Bea', { guild: hamburg! });

    const [inBerlin, inHamburg] = await Promise.all([w.slash(ann.here, 'help'), w.slash(bea.here, 'help')]);

    expect(w.text(inBerlin)).toContain('Spotter');
    expect(w.text(inHamburg)).toContain('Spotter');
    await w.profile(bea);
    expect(w.text(await w.slash(bea.here, 'profile'))).toContain('Bea');
  });

  it('GIVEN a member in a DM WHEN they run a command THEN it comes on shard 0 and is answered', async () => {
    const cy = w.person('Cy');
    expect(w.fake.gateway.shardFor(null)).toBe(0);
    expect(w.text(await w.slash(cy.dm, 'help'))).toContain('Spotter');
  });
});

describe('shards split between instances (DISCORD_SHARDS=1/2)', () => {
  let second: DiscordWorld;
  beforeAll(async () => {
    second = await DiscordWorld.start({ shards: 2, ownShards: { ids: [1], count: 2 } });
  });
  afterAll(async () => {
    await second?.stop();
  });

  it('GIVEN this instance runs shard 1 of 2 WHEN it starts THEN it identifies that shard only, and the servers on it reach this instance', async () => {
    expect(second.fake.gateway.identified.map((s) => [...s])).toEqual([[1, 2]]);
    const hamburg = second.guilds[1]!;
    const dee = second.person('Dee', { guild: hamburg });
    expect(second.text(await second.slash(dee.here, 'help'))).toContain('Spotter');
  });
});
