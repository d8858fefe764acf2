/**
 * `npm run bench [-- scenario ...]`: each scenario in its own process (so one's memory and timers
 * don't disturb the next), each printing its own table (min / median / max over its runs), then
 * one closing table of the medians. No names: the default set below (about 10 minutes on 2 cores).
 *
 *   startup        spawn → /readyz, next to node's own start
 *   world-spread   /match on Discord, 50,000 profiles over the world's towns, vs the `help` floor
 *   dense-city     /match on Discord, 50,000 profiles within 15 km of Berlin, vs the floor
 *   burst-200      200 Discord interactions at the same moment (acknowledgements vs answers)
 *   burst-600      600 at once
 *   fanout-10k     10,000 match alerts through the real alert job and sender, Telegram at 30/s (one run: 5.6 min)
 *   fanout-1k      the same with 1,000 people, 3 runs
 *   telegram       Telegram update → answer, /match on 50,000 vs /help
 *   rounds-5k      a weekly pairing round of 5,000 members over Germany's towns: time to pair, score vs greedy, event-loop delay
 *   parse, render, recall   the older micro-benches (adversarial parsing, pictures, match quality)
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

interface Scenario {
  readonly file: string;
  readonly args: readonly string[];
}

const SCENARIOS: ReadonlyMap<string, Scenario> = new Map(Object.entries({
  startup: { file: 'startup.ts', args: [] },
  'world-spread': { file: 'discord.ts', args: ['world-spread'] },
  'dense-city': { file: 'discord.ts', args: ['dense-city'] },
  'burst-200': { file: 'discord.ts', args: ['burst-200'] },
  'burst-600': { file: 'discord.ts', args: ['burst-600'] },
  'fanout-10k': { file: 'fanout.ts', args: ['10000', '1'] },
  'fanout-1k': { file: 'fanout.ts', args: ['1000', '3'] },
  telegram: { file: 'telegram.ts', args: [] },
  parse: { file: 'parse.ts', args: [] },
  render: { file: 'render.ts', args: [] },
  recall: { file: 'recall.ts', args: ['dense-50k'] },
  'sessions-20k': { file: 'sessions.ts', args: [] },
  'rounds-5k': { file: 'rounds.ts', args: ['5000', 'DE', '3'] },
} satisfies Record<string, Scenario>));
const DEFAULT = ['startup', 'world-spread', 'dense-city', 'sessions-20k', 'rounds-5k', 'burst-200', 'burst-600', 'fanout-10k'];

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !SCENARIOS.has(name));
if (unknown.length) {
  process.stderr.write(`unknown scenario(s): ${unknown.join(', ')}\nknown: ${[...SCENARIOS.keys()].join(', ')}\n`);
  process.exit(2);
}

const summaries: { scenario: string; runs: number; medians: Record<string, string> }[] = [];
let failed = false;
for (const name of asked.length ? asked : DEFAULT) {
  const { file, args } = SCENARIOS.get(name)!;
  process.stdout.write(`\n=== ${name} ===\n`);
  const child = spawn(process.execPath, ['--import', 'tsx', '--expose-gc', fileURLToPath(new URL(file, import.meta.url)), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) if (line.startsWith('SUMMARY ')) summaries.push(JSON.parse(line.slice(8)));
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  failed ||= code !== 0;
}

if (summaries.length) {
  process.stdout.write(`\n=== medians (node ${process.version}, ${new Date().toISOString().slice(0, 10)}) ===\n`);
  for (const s of summaries) {
    process.stdout.write(`${s.scenario} (${s.runs} run${s.runs === 1 ? '' : 's'}): ${Object.entries(s.medians).map(([k, v]) => `${k} ${v}`).join(' · ')}\n`);
  }
}
if (failed) process.exitCode = 1;
