import { execFile } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DryMongoBinary, MongoBinary, MongoInstance } from 'mongodb-memory-server';
import { classifyMongodFailure, type MongodFailure } from './mongod-failure.js';

/**
 * The embedded default: a mongod (run through mongodb-memory-server's instance manager) keeping
 * its data in a directory, so it survives restarts. Two outcomes must never be confused: no
 * mongod can be had at all (the caller may fall back to memory, loudly), and a mongod that exists
 * but fails to start (the data is there and must not be silently replaced by an empty store).
 */

const DOWNLOAD_HOST = 'fastdl.mongodb.org';
const PORT_ATTEMPTS = 3;
/** WiredTiger may replay its journal after an unclean stop: give a real data directory time. */
const LAUNCH_TIMEOUT_MS = 60_000;

export type BinaryLookup = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly reason: string };

export type EmbeddedMongo =
  | { readonly ok: true; readonly uri: string; stop(): Promise<void> }
  /** No mongod binary on this machine and none could be downloaded. */
  | { readonly ok: false; readonly kind: 'no-binary'; readonly reason: string }
  /** A mongod exists but would not start with this data directory. */
  | { readonly ok: false; readonly kind: 'failed'; readonly reason: string; readonly failure: MongodFailure; readonly dataDir: string | null };

export interface EmbeddedOptions {
  /** Where the mongod binary comes from (tests inject a fake mongod script). */
  readonly locateBinary?: () => Promise<BinaryLookup>;
  /** How long mongod may take to say it is waiting for connections. */
  readonly launchTimeoutMs?: number;
}

/** mongod's own output, kept while it starts: the only place that says why it would not. */
class WatchedMongod extends MongoInstance {
  readonly output: string[] = [];

  /** Called with whatever one read of mongod's output held, possibly several lines. */
  protected override checkErrorInLine(chunk: string): void {
    for (const line of chunk.split('\n').map((l) => l.trim()).filter(Boolean)) {
      this.output.push(line);
      // Line by line: the library JSON-parses a line it recognises, and a chunk of several would
      // throw inside a stream handler, i.e. crash the process.
      try {
        super.checkErrorInLine(line);
      } catch {
        // An unparsable line is still in `output`, which is what the failure is classified from.
      }
    }
    if (this.output.length > 400) this.output.splice(0, this.output.length - 400);
  }
}

/** Starts a persistent local mongod, or says why it can't and whether that is "no mongod here". */
export async function startEmbeddedMongo(dataDir: string | null, options: EmbeddedOptions = {}): Promise<EmbeddedMongo> {
  const binary = await (options.locateBinary ?? locateMongod)();
  if (!binary.ok) return { ok: false, kind: 'no-binary', reason: binary.reason };

  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'spotter-mongo-')));
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    return failed(dataDir, classifyMongodFailure([], (error as Error).message));
  }
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const mongod = new WatchedMongod({
      instance: { port, ip: '127.0.0.1', dbPath: dir, storageEngine: 'wiredTiger', launchTimeout: options.launchTimeoutMs ?? LAUNCH_TIMEOUT_MS },
      binary: { systemBinary: binary.path },
    });
    try {
      await mongod.start();
      return {
        ok: true,
        // No database name: the store has always used the server's default one, and existing data lives there.
        uri: `mongodb://127.0.0.1:${port}/`,
        stop: async () => {
          await mongod.stop();
          // Keep a configured data directory: it is the point of the embedded default.
          if (dataDir === null) await rm(dir, { recursive: true, force: true });
        },
      };
    } catch (error) {
      await mongod.stop().catch(() => false);
      const failure = classifyMongodFailure(mongod.output, (error as Error).message);
      // Another process took the port between choosing and binding it: choose again.
      if (failure.kind === 'port-in-use' && attempt < PORT_ATTEMPTS) continue;
      if (dataDir === null) await rm(dir, { recursive: true, force: true });
      return failed(dataDir, failure);
    }
  }
}

const failed = (dataDir: string | null, failure: MongodFailure): EmbeddedMongo => ({
  ok: false,
  kind: 'failed',
  reason: `mongod could not start (${failure.kind}: ${failure.detail})`,
  failure,
  dataDir,
});

/**
 * mongodb-memory-server's own configuration and download cache first (MONGOMS_SYSTEM_BINARY, an
 * earlier download), then a mongod on PATH, then a download, only when its host resolves: an
 * offline machine must not stall start-up on a download that cannot succeed.
 */
export async function locateMongod(): Promise<BinaryLookup> {
  const found = (await cachedBinary()) ?? (await mongodOnPath());
  if (found) return { ok: true, path: found };
  if (!(await canDownload())) return { ok: false, reason: 'no mongod binary on this machine and the MongoDB download server is unreachable' };
  try {
    return { ok: true, path: await MongoBinary.getPath() };
  } catch (error) {
    return { ok: false, reason: `no mongod binary on this machine and the download failed (${(error as Error).message.split('\n')[0]})` };
  }
}

async function mongodOnPath(): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)('which', ['mongod'], { timeout: 2000 });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

async function cachedBinary(): Promise<string | undefined> {
  try {
    return await DryMongoBinary.locateBinary(await DryMongoBinary.generateOptions());
  } catch {
    return undefined;
  }
}

async function canDownload(): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), 2000).unref());
  return Promise.race([lookup(DOWNLOAD_HOST).then(() => true, () => false), timeout]);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
