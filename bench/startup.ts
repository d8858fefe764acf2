/**
 * Start-up: the time from spawning the service (headless: in-memory store, no platform, the ops
 * server on a free port) to its first 200 on `/readyz`, next to node's own start and node's with
 * tsx: the sources through tsx (`npm run start:dev`), the build (`node dist/main.js`) and `npm
 * start` (scripts/start.mjs: the build when it is current, else tsx). Each measured RUNS times.
 *
 * Usage: tsx bench/startup.ts
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { type Column, printRuns, summary } from './report.js';

const RUNS = 3;
const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const NPM_START = fileURLToPath(new URL('../scripts/start.mjs', import.meta.url));
/** The production build (`npm run build` → `npm run start:prod`), measured too when present. */
const BUILT = process.env.BENCH_BUILT_MAIN ?? fileURLToPath(new URL('../dist/main.js', import.meta.url));
const TIMEOUT_MS = 30_000;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/**
 * CPU time (user + system, ms) a process has used so far, from /proc (Linux; 0 elsewhere). On a
 * busy machine wall time stretches with the queue for the cores; this does not, much.
 */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in 1/100 s
  } catch {
    return 0;
  }
}

/** The CPU ms each measured service had used when it first answered ready. */
const cpuAtReady: number[] = [];

/** Spawns node with `args` and resolves with the ms until `ready()` is true (or the process exits). */
async function timeTo(args: string[], env: NodeJS.ProcessEnv, ready: (() => Promise<boolean>) | null): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number>((resolve) => child.once('exit', () => resolve(performance.now() - started)));
  if (!ready) return exited;
  try {
    while (performance.now() - started < TIMEOUT_MS) {
      if (child.exitCode !== null) throw new Error(`the service exited (${child.exitCode}): ${stderr.slice(0, 400)}`);
      if (await ready().catch(() => false)) {
        const ms = performance.now() - started;
        cpuAtReady.push(cpuMs(child.pid));
        return ms;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`not ready after ${TIMEOUT_MS} ms: ${stderr.slice(0, 400)}`);
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

export async function startup(): Promise<{ node: number[]; tsx: number[]; ready: number[]; readyCpu: number[]; built: number[]; builtCpu: number[]; npmStart: number[] }> {
  const out = { node: [] as number[], tsx: [] as number[], ready: [] as number[], readyCpu: [] as number[], built: [] as number[], builtCpu: [] as number[], npmStart: [] as number[] };
  const built = existsSync(BUILT);
  for (let i = 0; i < RUNS; i++) {
    out.node.push(await timeTo(['-e', '0'], process.env, null));
    out.tsx.push(await timeTo(['--import', 'tsx', '-e', '0'], process.env, null));
    const port = await freePort();
    // No tokens and no terminal: the service runs headless (ops server, jobs), the in-memory store.
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, STORE: 'memory', HTTP_PORT: String(port), HTTP_HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
    const readyz = async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200;
    out.ready.push(await timeTo(['--import', 'tsx', MAIN], env, readyz));
    out.readyCpu.push(cpuAtReady.at(-1)!);
    if (built) {
      out.built.push(await timeTo([BUILT], env, readyz));
      out.builtCpu.push(cpuAtReady.at(-1)!);
    }
    out.npmStart.push(await timeTo([NPM_START], env, readyz));
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await startup();
  const runs = r.ready.map((ready, i) => ({
    'node -e 0': r.node[i]!,
    'node --import tsx -e 0': r.tsx[i]!,
    'tsx (start:dev) to /readyz': ready,
    'its CPU time by then': r.readyCpu[i]!,
    ...(r.built.length ? { 'built (start:prod) to /readyz': r.built[i]!, 'its CPU time by then (built)': r.builtCpu[i]!, 'built ÷ node': r.built[i]! / r.node[i]! } : {}),
    'tsx ÷ node': ready / r.node[i]!,
    'npm start (scripts/start.mjs) to /readyz': r.npmStart[i]!,
  }));
  const columns: Column[] = Object.keys(runs[0]!).map((name) => ({ name, unit: name.includes('÷') ? '×' : 'ms' }));
  process.stdout.write(`\nstart-up (headless, in-memory store; through tsx, the build when dist/ exists, and npm start: the build when current, else tsx), ${RUNS} runs, ms (goal: start to /readyz ≤ 1000)\n`);
  printRuns(columns, runs);
  summary('startup', columns, runs);
}
