/**
 * `npm run bench`: every benchmark, one after the other in its own process (so one's memory
 * and timers don't disturb the next), each printing its table. Figures, not assertions.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BENCHES = ['parse.ts', 'discord.ts', 'telegram.ts', 'sessions.ts', 'fanout-main.ts', 'render.ts', 'recall.ts'];

let failed = false;
for (const file of BENCHES) {
  const path = fileURLToPath(new URL(file, import.meta.url));
  process.stdout.write(`\n=== ${file.replace(/(-main)?\.ts$/, '')} ===\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', path], { stdio: 'inherit' });
  failed ||= run.status !== 0;
}
if (failed) process.exitCode = 1;
