import type { Logger } from '../../src/logger.js';
import { type Pictures, PoolPictures } from '../../src/render/pictures.js';
import { PngPool } from '../../src/render/pool.js';

let pool: PngPool | null = null;

/**
 * The real picture renderer (worker threads) for tests that drive the product end to end: one
 * pool per test process, started on first use. Idle workers are unref'd, so the pool never keeps
 * a test process alive and needs no teardown.
 */
export function testPictures(log: Logger): Pictures {
  pool ??= new PngPool({ size: 1 });
  return new PoolPictures(pool, log);
}
