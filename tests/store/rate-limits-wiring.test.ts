import mongoose from 'mongoose';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type LimitSettings } from '../../src/core/limits.js';
import type { PersonId } from '../../src/domain/ids.js';
import { silentLogger } from '../../src/logger.js';
import { openConfiguredStore } from '../../src/store/open.js';
import { buildMongoRateLimits, RATE_LIMITS_COLLECTION } from '../../src/store/rate-limits.js';

/**
 * How the limits are wired to storage. With no MongoDB server here, the MongoDB side is checked
 * by construction on an unopened connection; the contract suite (tests/store/contract/limits.ts)
 * runs the same limits against a real server wherever one can be had.
 */

const ana = 'ana' as PersonId;
const connections: mongoose.Connection[] = [];
afterEach(async () => {
  for (const c of connections.splice(0)) await c.close();
});

function unopenedConnection(): mongoose.Connection {
  const connection = mongoose.createConnection();
  // Fail at once instead of queueing for 10 s while no server is there.
  connection.config.bufferCommands = false;
  connections.push(connection);
  return connection;
}

describe('limits on the MongoDB store', () => {
  it("GIVEN the store's connection WHEN the limits are built THEN every limiter lives in that connection's rate_limits collection and nothing is sent yet", () => {
    const connection = unopenedConnection();
    const built = buildMongoRateLimits(connection, DEFAULT_LIMITS);
    expect(built.limits).toBeDefined();
    expect(Object.keys(connection.collections)).toEqual([RATE_LIMITS_COLLECTION]);
    expect(connection.readyState).toBe(mongoose.ConnectionStates.disconnected);
  });

  it('GIVEN the database cannot be reached WHEN an action is counted THEN the failure surfaces instead of letting the action through', async () => {
    const { limits, ensureIndexes } = buildMongoRateLimits(unopenedConnection(), DEFAULT_LIMITS);
    await expect(limits.take('session-create', ana)).rejects.toThrow(/rate_limits\.findOneAndUpdate/);
    await expect(limits.linkLocked(ana)).rejects.toThrow(/rate_limits\.findOne/);
    await expect(ensureIndexes()).rejects.toThrow(/rate_limits\.createIndex/);
  });
});

describe('limits on the in-memory store', () => {
  it('GIVEN STORE=memory WHEN the store is opened THEN its limits count in memory: the allowance, then a refusal naming the action', async () => {
    const opened = await openConfiguredStore({ kind: 'memory' }, silentLogger());
    const settings: LimitSettings = { ...DEFAULT_LIMITS, report: { points: 2, windowMs: 86_400_000 } };
    const limits = await opened.openLimits(settings);
    expect((await limits.take('report', ana)).ok).toBe(true);
    expect((await limits.take('report', ana)).ok).toBe(true);
    const third = await limits.take('report', ana);
    expect(third.ok).toBe(false);
    expect(!third.ok && third.error).toMatchObject({ action: 'report', allowance: { points: 2 } });
    await opened.close();
  });
});
