import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/support/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Every core: vitest's default leaves one idle (cores - 1), which on a 2-core machine runs the
    // files one at a time. The stories are written to stay green with the cores busy.
    maxWorkers: '100%',
  },
});
