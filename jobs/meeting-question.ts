import { z } from 'zod';
import type { ConnectionId, PersonId } from '../src/domain/ids.js';
import { withDedupeScope } from '../src/delivery/outbox-notifier.js';
import { defineJob } from './define.js';
import { JOB } from './names.js';

/**
 * A week after two people connected: each is asked "did you two train together?". A connection
 * that ended since (disconnected, blocked, declined) asks nobody: the core checks it at run time.
 * Inside the job's dedupe scope, so a repeated run asks nobody twice.
 */
export const meetingQuestion = defineJob({
  name: JOB.meetingQuestion,
  description: 'Asks two buddies a week after connecting whether they trained together',
  schema: z.object({ connectionId: z.string().min(1) }),
  options: { concurrency: 5, retries: 3 },
  async handle({ connectionId }, ctx) {
    const asked = await withDedupeScope(`meeting:connection:${connectionId}:1`, () => ctx.core.meetings.askConnection(connectionId as ConnectionId));
    ctx.log.info({ connectionId, asked }, 'meeting question sent');
  },
});

/** A week after someone answered "not yet": asked once more (the last time), if the occasion still stands. */
export const meetingAskAgain = defineJob({
  name: JOB.meetingAskAgain,
  description: 'Asks once more, a week after "not yet", whether two people trained together',
  schema: z.object({ sourceKey: z.string().min(1), personId: z.string().min(1) }),
  options: { concurrency: 5, retries: 3 },
  async handle({ sourceKey, personId }, ctx) {
    const asked = await withDedupeScope(`meeting:${sourceKey}:2`, () => ctx.core.meetings.askAgain(sourceKey, personId as PersonId));
    ctx.log.info({ sourceKey, asked }, 'meeting question asked again');
  },
});
