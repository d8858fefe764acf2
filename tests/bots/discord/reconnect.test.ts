import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DiscordWorld, type Person } from './world.js';

let w: DiscordWorld;
let ann: Person;
beforeAll(async () => {
  w = await DiscordWorld.start();
  ann = w.person('Ann');
  await w.profile(ann);
});
beforeEach(() => w.isolate());
afterAll(async () => {
  await w?.stop();
});

// A guard against a hang, not a deadline: discord.js waits a moment before it reconnects.
const waitReady = () => w.fake.world.waitFor(() => w.fake.gateway.connected && w.bot.isReady(), 20_000, 'the bot to be back');

/** Each story counts the gateway's sessions from where the one before left them. */
let resumesBefore = 0;
let identifiesBefore = 0;
beforeEach(async () => {
  await waitReady();
  resumesBefore = w.fake.gateway.resumes;
  identifiesBefore = w.fake.gateway.identifies;
});
const resumed = () => w.fake.gateway.resumes - resumesBefore;
const identified = () => w.fake.gateway.identifies - identifiesBefore;

describe('gateway reconnects on Discord', () => {
  it('GIVEN a connected bot WHEN the gateway closes with 4000 and a member runs a command during the outage THEN the bot resumes, gets the interaction replayed and answers it in time', async () => {
    expect(w.bot.isReady()).toBe(true);
    w.fake.drop('close-4000');
    const ix = w.fake.slash(ann.here, 'help');
    await w.settle(ix);

    expect(ix.ack?.type).toBe(5);
    expect(ix.ack!.at - ix.createdAt).toBeLessThan(3_000);
    expect(w.text(ix)).toContain('Spotter');
    expect(resumed()).toBe(1);
    expect(identified()).toBe(0);
    await waitReady();
  });

  it('GIVEN a slow command in progress WHEN the connection dies without a close frame THEN its answer still arrives (REST is independent) and the bot resumes', async () => {
    const ix = w.fake.slash(ann.here, 'match');
    await w.fake.acked(ix);
    w.fake.drop('socket');
    await w.settle(ix);
    expect(ix.ack?.type).toBe(5);
    expect(w.text(ix)).toMatch(/No matches yet|Buddies near you/);

    await waitReady();
    expect(resumed()).toBe(1);
    const after = await w.slash(ann.here, 'profile');
    expect(w.text(after)).toContain('Ann');
  });

  it('GIVEN a connected bot WHEN Discord asks it to reconnect (op 7) THEN it resumes and keeps answering', async () => {
    w.fake.drop('reconnect');
    const ix = await w.settle(w.fake.slash(ann.here, 'help'));
    expect(ix.ack?.type).toBe(5);
    await waitReady();
    expect(resumed()).toBe(1);
    expect(identified()).toBe(0);
    expect(w.errors()).toEqual([]);
  });
});
