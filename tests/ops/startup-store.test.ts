import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleBot } from '../../bots/console/index.js';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { type Durability, openConfiguredStore, StoreStartError } from '../../src/store/open.js';
import { type LogLine, recordingLogger } from '../support/log-capture.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Real mongod log lines for each way a start can fail (mongod 4.4+ logs JSON; exit codes as mongod's). */
const FAILURES = {
  lockHeld: {
    exit: 100,
    lines: [
      '{"t":{"$date":"2026-11-29T10:00:00.000+00:00"},"s":"I","c":"CONTROL","id":4615611,"ctx":"initandlisten","msg":"MongoDB starting","attr":{"pid":4242,"port":27017}}',
      '{"t":{"$date":"2026-11-29T10:00:00.001+00:00"},"s":"E","c":"CONTROL","id":20557,"ctx":"initandlisten","msg":"DBException in initAndListen, terminating","attr":{"error":"DBPathInUse: Unable to lock the lock file: DATA/mongod.lock (Resource temporarily unavailable). Another mongod instance is already running on the DATA directory"}}',
      '{"t":{"$date":"2026-11-29T10:00:00.002+00:00"},"s":"I","c":"CONTROL","id":23138,"ctx":"initandlisten","msg":"Shutting down","attr":{"exitCode":100}}',
    ],
  },
  otherVersion: {
    exit: 14,
    lines: [
      '{"t":{"$date":"2026-11-29T10:00:00.000+00:00"},"s":"F","c":"CONTROL","id":20573,"ctx":"initandlisten","msg":"Wrong mongod version","attr":{"error":"UPGRADE PROBLEM: Found an invalid featureCompatibilityVersion document (ERROR: Location4926900: Invalid featureCompatibilityVersion document in admin.system.version: { _id: \\"featureCompatibilityVersion\\", version: \\"4.4\\" }."}}',
      '{"t":{"$date":"2026-11-29T10:00:00.001+00:00"},"s":"F","c":"ASSERT","id":23089,"ctx":"initandlisten","msg":"Fatal assertion","attr":{"msgid":20573,"file":"src/mongo/db/mongod_main.cpp","line":760}}',
      '***aborting after fassert() failure',
    ],
  },
  diskFull: {
    exit: 14,
    lines: [
      '{"t":{"$date":"2026-11-29T10:00:00.000+00:00"},"s":"E","c":"WT","id":22435,"ctx":"initandlisten","msg":"WiredTiger error message","attr":{"error":28,"message":{"msg":"__posix_file_write:542:DATA/WiredTiger.turtle.set: handle-write: pwrite: failed to write 1291 bytes at offset 0","error_str":"No space left on device","error_code":28}}}',
      '{"t":{"$date":"2026-11-29T10:00:00.001+00:00"},"s":"F","c":"STORAGE","id":28595,"ctx":"initandlisten","msg":"Terminating.","attr":{"reason":"28: No space left on device"}}',
      '***aborting after fassert() failure',
    ],
  },
} as const;

let scratch: string;
/** A running service whose dispatcher the terminal adapter drives. */
let app: App;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'spotter-startup-'));
  const loaded = loadConfig({ STORE: 'memory' });
  if (!loaded.ok) throw new Error(loaded.message);
  app = await createApp(loaded.config, silentLogger());
});
afterAll(async () => {
  await app.stop();
  await rm(scratch, { recursive: true, force: true });
});

/** The terminal adapter's banner, shown for a store of this durability. */
async function banner(durability: Durability): Promise<string> {
  const output = new PassThrough();
  let screen = '';
  output.on('data', (c: Buffer) => (screen += c.toString()));
  const bot = createConsoleBot({ dispatcher: app.dispatcher, kv: app.opened.store.kv.namespace('console'), clock: () => new Date(), log: silentLogger() }, { input: new PassThrough(), output }, { durability });
  await bot.start();
  await bot.stop();
  return screen;
}

/**
 * A mongod stand-in: answers `--version` as mongod does (mongodb-memory-server checks it), and
 * otherwise prints the given log lines and exits with mongod's exit code, like a real failing start.
 */
async function fakeMongod(name: string, failure: { exit: number; lines: readonly string[] }, dataDir: string): Promise<string> {
  const path = join(scratch, `mongod-${name}`);
  const log = failure.lines.map((l) => l.replaceAll('DATA', dataDir)).join('\n');
  await writeFile(
    path,
    `#!/bin/sh\ncase "$*" in *--version*) echo "db version v8.2.6"; exit 0;; esac\ncat <<'LOG'\n${log}\nLOG\nexit ${failure.exit}\n`,
  );
  await chmod(path, 0o755);
  return path;
}

async function failingStart(name: keyof typeof FAILURES): Promise<{ error: unknown; dataDir: string }> {
  const dataDir = join(scratch, `data-${name}`);
  const binary = await fakeMongod(name, FAILURES[name], dataDir);
  const error = await openConfiguredStore({ kind: 'embedded', dataDir }, silentLogger(), {
    embedded: { locateBinary: async () => ({ ok: true, path: binary }) },
  }).then(
    () => null,
    (e: unknown) => e,
  );
  return { error, dataDir };
}

describe('start-up: an embedded mongod that exists but will not start', () => {
  it('GIVEN its lock is held by an orphaned mongod WHEN Spotter starts THEN it stops naming the data directory and the lock, and never falls back to memory', async () => {
    const { error, dataDir } = await failingStart('lockHeld');
    expect(error).toBeInstanceOf(StoreStartError);
    const message = (error as Error).message;
    expect(message).toContain(resolve(dataDir));
    expect(message).toMatch(/lock is held by another mongod/);
    expect(message).toMatch(/DBPathInUse/);
    expect(message).not.toMatch(/\n/);
  });

  it('GIVEN data files from another MongoDB version WHEN Spotter starts THEN it stops saying so', async () => {
    const { error, dataDir } = await failingStart('otherVersion');
    expect(error).toBeInstanceOf(StoreStartError);
    expect((error as Error).message).toContain(resolve(dataDir));
    expect((error as Error).message).toMatch(/written by a different MongoDB version/);
    expect((error as Error).message).toMatch(/UPGRADE PROBLEM/);
  });

  it('GIVEN a full disk WHEN Spotter starts THEN it stops saying the disk is full', async () => {
    const { error } = await failingStart('diskFull');
    expect(error).toBeInstanceOf(StoreStartError);
    expect((error as Error).message).toMatch(/disk it is on is full/);
    expect((error as Error).message).toMatch(/mongod said: .*No space left on device/);
  });

  it('GIVEN `npm start` with a mongod whose data directory is locked WHEN it runs THEN it exits 1 with one message and leaves the data alone', async () => {
    const dataDir = join(scratch, 'data-process');
    const binary = await fakeMongod('process', FAILURES.lockHeld, dataDir);
    // MONGOMS_SYSTEM_BINARY is mongodb-memory-server's own setting for "use this mongod".
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, MONGOMS_SYSTEM_BINARY: binary, MONGODB_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    });
    const failure = (await run.then(() => null, (e: { code: number; stderr: string; stdout: string }) => e))!;
    expect(failure.code).toBe(1);
    const lines = failure.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(resolve(ROOT, dataDir));
    expect(lines[0]).toMatch(/lock is held by another mongod/);
    expect(failure.stdout).not.toMatch(/in-memory/);
    expect(await readdir(dataDir)).toEqual([]);
  }, 60_000);
});

describe('start-up: no mongod can be had', () => {
  it('GIVEN no mongod binary WHEN Spotter starts THEN it runs on memory with a warning, and the terminal banner says data is lost and how to keep it', async () => {
    const logs: LogLine[] = [];
    const opened = await openConfiguredStore({ kind: 'embedded', dataDir: join(scratch, 'unused') }, recordingLogger(logs), {
      embedded: { locateBinary: async () => ({ ok: false, reason: 'no mongod binary on this machine and the MongoDB download server is unreachable' }) },
    });
    expect(opened.store.kind).toBe('memory');
    expect(opened.durability).toEqual({ kind: 'memory-fallback', reason: expect.stringMatching(/no mongod binary/) });
    const warnings = logs.filter((l) => l.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.msg).toMatch(/LOST when Spotter stops.*MONGODB_URI/);

    const screen = await banner(opened.durability);
    expect(screen).toMatch(/Data is kept in memory only and will be LOST when Spotter stops/);
    expect(screen).toMatch(/set MONGODB_URI to a MongoDB server or install mongod/);
    await opened.close();
  });

  it('GIVEN STORE=memory WHEN Spotter starts THEN it says so in one info line, no warning, and the banner stays quiet', async () => {
    const logs: LogLine[] = [];
    const opened = await openConfiguredStore({ kind: 'memory' }, recordingLogger(logs));
    expect(opened.durability).toEqual({ kind: 'memory-chosen' });
    expect(logs.map((l) => l.level)).toEqual(['info']);
    const screen = await banner(opened.durability);
    expect(screen).toMatch(/Terminal Spotter/);
    expect(screen).not.toMatch(/LOST/);
    await opened.close();
  });
});
