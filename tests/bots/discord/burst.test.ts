import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCommand } from '../../../src/interaction/command.js';
import { buildRegistry } from '../../../src/interaction/registry.js';
import type { FakeInteraction } from '../../fakes/discord/index.js';
import { testRegistry } from '../../support/harness.js';
import { DiscordWorld } from './world.js';

/**
 * A burst of interactions at once: Discord needs each acknowledged within three seconds, so the
 * adapter acknowledges first and queues the command work. The work here waits on a gate the
 * test opens, which makes the order observable without timing anything.
 */

const BURST = 40;
/** The adapter's default bound on command work in flight (bots/discord/client.ts). */
const WORK_CONCURRENCY = 8;

const gate = { open: () => {}, opened: Promise.resolve() };
const resetGate = () => {
  gate.opened = new Promise<void>((resolve) => (gate.open = resolve));
};
const seen = { running: 0, mostAtOnce: 0, beforeAck: 0 };
let w: DiscordWorld;

const fixtures = [
  defineCommand({
    name: 'crunch',
    description: 'Work that waits until the test lets it finish',
    requires: [{ kind: 'anyone' }],
    category: 'more',
    options: {},
    async execute(ctx) {
      // The interaction this person just sent must already be acknowledged when the work starts.
      const userId = ctx.invocation.user.key.split(':')[1];
      const mine = [...w.fake.world.interactions.values()].filter((ix) => ix.userId === userId);
      if (mine.some((ix) => ix.ack === null)) seen.beforeAck++;
      seen.running++;
      seen.mostAtOnce = Math.max(seen.mostAtOnce, seen.running);
      await gate.opened;
      seen.running--;
      return { visibility: 'private', text: 'Crunched.' };
    },
  }),
];

beforeAll(async () => {
  w = await DiscordWorld.start({ registry: buildRegistry([...(await testRegistry()).list, ...fixtures]) });
});
afterAll(async () => {
  await w?.stop();
});

const answered = (ix: FakeInteraction) => w.fake.requests('PATCH', `/webhooks/${w.fake.applicationId}/${ix.token}/messages/@original`).length > 0;

describe('a burst of interactions on Discord', () => {
  it(`GIVEN ${BURST} members WHEN they all run a command at the same moment THEN every one is acknowledged before any is answered, the work runs a bounded few at a time, and every one gets its answer`, async () => {
    resetGate();
    const people = Array.from({ length: BURST }, (_, i) => w.person(`Burst ${i}`));

    const burst = people.map((p) => w.fake.slash(p.here, 'crunch'));
    // Every acknowledgement arrives while no command has been allowed to finish.
    await w.fake.world.waitFor(() => burst.every((ix) => ix.ack !== null), 30_000, 'every acknowledgement');
    expect(burst.map((ix) => ix.ack?.type)).toEqual(burst.map(() => 5));
    expect(burst.filter(answered)).toHaveLength(0);
    expect(seen.mostAtOnce).toBeLessThanOrEqual(WORK_CONCURRENCY);

    gate.open();
    await w.fake.world.waitFor(() => burst.every(answered), 60_000, 'every answer');
    await w.bot.idle();

    expect(seen.beforeAck).toBe(0);
    expect(seen.mostAtOnce).toBe(WORK_CONCURRENCY);
    for (const ix of burst) {
      expect(w.text(ix)).toBe('Crunched.');
      const mine = w.fake.world.requests.filter((r) => r.path.includes(ix.token));
      expect(mine.map((r) => r.method)).toEqual(['POST', 'PATCH']); // the deferral, then the answer: once each
    }
    expect(w.errors()).toEqual([]);
  }, 90_000);
});
