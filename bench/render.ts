/**
 * `npm run bench` (render): how long each progress picture takes to render through the worker
 * pool (SVG built on the main thread, PNG on a worker), and the longest event-loop delay while 20
 * are rendered at once. Goals: under 150 ms each; under 50 ms of event-loop delay.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Picture } from '../src/render/pictures.js';
import { PngPool } from '../src/render/pool.js';
import { communityWeeksPicture } from '../src/views/images/community-weeks.js';
import { trainingCalendarPicture } from '../src/views/images/training-calendar.js';
import { busyCommunity, busyYear, emptyYear, streakYear } from '../tests/render/samples.js';
import { percentile } from './setup.js';

const RUNS = 15;
const AT_ONCE = 20;

const PICTURES: [string, () => Picture][] = [
  ['calendar, busy year', () => trainingCalendarPicture('Alexandra', busyYear())],
  ['calendar, empty', () => trainingCalendarPicture('Ben', emptyYear())],
  ['calendar, 365-day streak', () => trainingCalendarPicture('Chris', streakYear())],
  ['community, 12 weeks', () => communityWeeksPicture('Berlin Runners', busyCommunity())],
];

async function renderOnce(pool: PngPool, make: () => Picture): Promise<number> {
  const started = performance.now();
  const picture = make();
  const out = await pool.render(picture.svg, picture.scale);
  if (!out.ok) throw new Error(`render failed: ${JSON.stringify(out.error)}`);
  return performance.now() - started;
}

const pool = new PngPool({ maxQueue: AT_ONCE * 2 });
await pool.warm();
console.log(`worker threads: ${pool.size}; each picture rendered ${RUNS} times, one at a time`);
console.log('picture                      median ms   p95 ms   max ms   size');
for (const [name, make] of PICTURES) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await renderOnce(pool, make));
  times.sort((a, b) => a - b);
  const p = make();
  const out = await pool.render(p.svg, p.scale);
  const size = out.ok ? `${out.value.width}×${out.value.height}, ${(out.value.bytes.byteLength / 1024).toFixed(0)} KiB` : 'failed';
  console.log(`${name.padEnd(28)} ${percentile(times, 50).toFixed(1).padStart(9)} ${percentile(times, 95).toFixed(1).padStart(8)} ${times.at(-1)!.toFixed(1).padStart(8)}   ${size}`);
}

// 20 at once: the main thread builds every SVG and hands it over; the event loop must stay free.
const delay = monitorEventLoopDelay({ resolution: 1 });
delay.enable();
const started = performance.now();
await Promise.all(Array.from({ length: AT_ONCE }, (_, i) => renderOnce(pool, PICTURES[i % PICTURES.length]![1])));
const wall = performance.now() - started;
delay.disable();
console.log(`${AT_ONCE} at once: all done in ${wall.toFixed(0)} ms; longest event-loop delay ${(delay.max / 1e6).toFixed(1)} ms (p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms)`);
await pool.close();
