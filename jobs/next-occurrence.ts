import { z } from 'zod';
import type { SessionId } from '../src/domain/ids.js';
import { defineJob } from './define.js';
import { JOB } from './names.js';

/**
 * When an occurrence of a weekly session starts, the next one (same local time a week later) is
 * created, so there is always a week for people to find and join it, and its own jobs are
 * planned. The core's `createNextOccurrence` is idempotent: a repeated run finds the one it made.
 */
export const nextOccurrence = defineJob({
  name: JOB.nextOccurrence,
  description: 'Creates the next occurrence of a weekly session when the current one starts',
  schema: z.object({ sessionId: z.string().min(1) }),
  options: { concurrency: 5, retries: 5 },
  async handle({ sessionId }, ctx) {
    const id = sessionId as SessionId;
    const s = await ctx.store.sessions.get(id);
    if (!s || s.recurrence !== 'weekly' || s.status === 'cancelled') return;
    if (ctx.clock().getTime() < s.startsAt.getTime() - 60_000) return ctx.runAgainAt(s.startsAt);
    const next = await ctx.core.sessions.createNextOccurrence(id);
    if (next) await ctx.planner.syncSession(next.id);
  },
});
