import { z } from 'zod';
import type { PersonId, SessionId } from '../src/domain/ids.js';
import { defineJob } from './define.js';
import { JOB } from './names.js';

/** After a profile is completed or changed (debounced): the people it is now a good match for. */
export const profileMatchAlerts = defineJob({
  name: JOB.profileAlerts,
  description: 'Alerts the people a new or changed profile is a good match for',
  schema: z.object({ personId: z.string().min(1) }),
  options: { concurrency: 3, retries: 3 },
  async handle({ personId }, ctx) {
    const run = await ctx.alerts.forProfile(personId as PersonId);
    if (run.considered) ctx.log.info({ personId, ...run }, 'profile match alerts');
  },
});

/** After a session is created: the people nearby who would want to join it. */
export const sessionMatchAlerts = defineJob({
  name: JOB.sessionAlerts,
  description: 'Alerts the people a new session suits',
  schema: z.object({ sessionId: z.string().min(1) }),
  options: { concurrency: 3, retries: 3 },
  async handle({ sessionId }, ctx) {
    const run = await ctx.alerts.forSession(sessionId as SessionId);
    if (run.considered) ctx.log.info({ sessionId, ...run }, 'session match alerts');
  },
});

/** In the evening of a day someone's alerts overflowed the daily cap: the rest, in one message. */
export const matchDigest = defineJob({
  name: JOB.matchDigest,
  description: "Sends the day's folded match alerts as one digest",
  schema: z.object({ personId: z.string().min(1) }),
  options: { concurrency: 5, retries: 3 },
  async handle({ personId }, ctx) {
    await ctx.alerts.digest(personId as PersonId);
  },
});
