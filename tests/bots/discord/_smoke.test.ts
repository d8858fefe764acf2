import { afterAll, beforeAll, expect, it } from 'vitest';
import { DiscordWorld } from './world.js';

let w: DiscordWorld;
beforeAll(async () => { w = await DiscordWorld.start(); });
afterAll(async () => { await w?.stop(); });

it('help', async () => {
  const alice = w.person('Alice');
  const ix = await w.slash(alice.here, 'help');
  console.log(ix.ack, w.text(ix).slice(0, 300));
  console.log(w.fake.world.unknownRoutes, w.fake.world.requests.map(r => `${r.method} ${r.path}${r.query} ${r.status}`));
  console.log(w.errors());
  expect(ix.ack?.type).toBe(4);
});
