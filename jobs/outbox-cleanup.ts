import { z } from 'zod';
import { defineJob } from './define.js';
import { JOB } from './names.js';

const DAY_MS = 86_400_000;

/** Daily: settled notifications past retention, and the daily alert counters of past days. */
export const outboxCleanup = defineJob({
  name: JOB.outboxCleanup,
  description: 'Deletes settled notifications past retention and old daily alert counters',
  schema: z.unknown(),
  options: { concurrency: 1, retries: 0 },
  async handle(_payload, ctx) {
    const now = ctx.clock().getTime();
    const purged = await ctx.store.outbox.purgeSettled(new Date(now - ctx.settings.outboxRetentionDays * DAY_MS));
    const counters = await ctx.store.alerts.purgeSlots(new Date(now - 3 * DAY_MS));
    ctx.log.info({ purged, counters }, 'outbox cleaned up');
  },
});
