import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

async function* jsFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* jsFiles(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/** The production build, as `npm run build` makes it, in a scratch folder inside the project. */
let out: string;
beforeAll(async () => {
  out = await mkdtemp(join(ROOT, 'dist-test-'));
  await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', out]);
  await writeFile(join(out, 'main.js'), 'import "./src/main.js";\n');
}, 120_000);
afterAll(() => rm(out, { recursive: true, force: true }));

describe('the production build', () => {
  it('GIVEN the compiled output WHEN its imports are read THEN every package it needs is a production dependency', async () => {
    const needed = new Set<string>();
    for await (const file of jsFiles(out)) {
      const code = await readFile(file, 'utf8');
      for (const m of code.matchAll(/\bfrom\s+['"]([@a-z][\w.@/-]*)['"]|\bimport\s*\(?\s*['"]([@a-z][\w.@/-]*)['"]/g)) {
        const spec = (m[1] ?? m[2])!;
        if (spec.startsWith('node:')) continue;
        needed.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
    for (const p of ['mongoose', 'discord.js', 'telegraf', 'agenda', 'agendash', 'pino', 'zod']) expect(needed).toContain(p);
    expect([...needed].filter((p) => !(p in pkg.dependencies))).toEqual([]);
  });

  it('GIVEN `node dist/main.js` WHEN started headless with HTTP_PORT THEN /readyz answers 200 and SIGTERM stops it with exit 0', async () => {
    const port = await freePort();
    const child: ChildProcess = spawn(process.execPath, [join(out, 'main.js')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, STORE: 'memory', HTTP_PORT: String(port), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let ready: Response | null = null;
    for (let i = 0; i < 150 && !ready?.ok; i++) {
      await new Promise((r) => setTimeout(r, 100));
      ready = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null);
    }
    expect(ready?.status).toBe(200);
    const started = Date.now();
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 60_000);
});
