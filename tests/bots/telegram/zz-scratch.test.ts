import { it } from 'vitest';
import { TelegramWorld } from './world.js';
it('transcript', async () => {
  const world = await TelegramWorld.create();
  const a = world.telegramUser(5001, 'Alice');
  await a.says('/setup'); await a.says('running, yoga'); await a.press('Intermediate'); await a.sharesLocation(52.52, 13.405);
  await a.says('15'); await a.says('weekday evenings'); await a.press('Skip'); await a.says('/match'); await a.says('/help'); await a.says('/set_radius 5000');
  for (const c of world.fake.calls) if (c.method !== 'getUpdates') console.log(c.method, c.status, JSON.stringify(c.params).slice(0, 600));
  await world.stop();
});
