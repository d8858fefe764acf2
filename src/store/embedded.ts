import { execFile } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { mkdir } from 'node:fs/promises';
import { promisify } from 'node:util';
import { DryMongoBinary, MongoMemoryServer } from 'mongodb-memory-server';

/**
 * The embedded default: a mongod that mongodb-memory-server starts with its data kept in a
 * directory, so it survives restarts. It must never stall start-up on a download that cannot
 * succeed, so it looks for a binary first and only downloads when the download host resolves.
 */

const DOWNLOAD_HOST = 'fastdl.mongodb.org';

export type EmbeddedMongo =
  | { readonly ok: true; readonly uri: string; stop(): Promise<void> }
  | { readonly ok: false; readonly reason: string };

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

/** Starts a persistent local mongod, or says in one phrase why it can't. */
export async function startEmbeddedMongo(dataDir: string | null): Promise<EmbeddedMongo> {
  const systemBinary = (await mongodOnPath()) ?? (await cachedBinary());
  if (!systemBinary && !(await canDownload()))
    return { ok: false, reason: 'no mongod binary on this machine and the MongoDB download server is unreachable' };
  try {
    if (dataDir) await mkdir(dataDir, { recursive: true });
    const server = await MongoMemoryServer.create({
      instance: dataDir ? { dbPath: dataDir, storageEngine: 'wiredTiger' } : {},
      ...(systemBinary ? { binary: { systemBinary } } : {}),
    });
    return {
      ok: true,
      uri: server.getUri(),
      // Keep the data directory: it is the point of the embedded default.
      stop: async () => void (await server.stop({ doCleanup: dataDir === null, force: false })),
    };
  } catch (error) {
    return { ok: false, reason: `mongod could not start (${(error as Error).message.split('\n')[0]})` };
  }
}
