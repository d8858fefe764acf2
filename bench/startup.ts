/**
 * Start-up: the time from spawning the service (headless: in-memory store, no platform, the ops
 * server on a free port) to its first 200 on `/readyz`, next to node's own start and node's with
 * tsx (the service runs through tsx in `npm start`). Each measured RUNS times.
 *
 * Usage: tsx bench/startup.ts
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const RUNS = 3;
const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const TIMEOUT_MS = 30_000;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

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
      if (await ready().catch(() => false)) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`not ready after ${TIMEOUT_MS} ms: ${stderr.slice(0, 400)}`);
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

export async function startup(): Promise<{ node: number[]; tsx: number[]; ready: number[] }> {
  const out = { node: [] as number[], tsx: [] as number[], ready: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    out.node.push(await timeTo(['-e', '0'], process.env, null));
    out.tsx.push(await timeTo(['--import', 'tsx', '-e', '0'], process.env, null));
    const port = await freePort();
    // No tokens and no terminal: the service runs headless (ops server, jobs), the in-memory store.
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, STORE: 'memory', HTTP_PORT: String(port), HTTP_HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
    out.ready.push(await timeTo(['--import', 'tsx', MAIN], env, async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200));
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await startup();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const fmt = (xs: number[]) => `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
  console.log(`node -e 0:            ${fmt(r.node)}`);
  console.log(`node --import tsx:    ${fmt(r.tsx)}`);
  console.log(`service to /readyz:   ${fmt(r.ready)} (goal ≤ 1000 ms)`);
}
