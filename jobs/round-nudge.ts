import { z } from 'zod';
import type { RoundId } from '../src/domain/rounds.js';
import { withDedupeScope } from '../src/delivery/outbox-notifier.js';
import { defineJob } from './define.js';
import { JOB } from './names.js';

/** Three days into a round: groups with no session planned together get a nudge (once: the round is stamped). */
export const roundNudge = defineJob({
  name: JOB.roundNudge,
  description: 'Nudges round pairs who have planned nothing yet',
  schema: z.object({ roundId: z.string().min(1) }),
  options: { concurrency: 2, retries: 3 },
  async handle({ roundId }, ctx) {
    const nudged = await withDedupeScope(`round-nudge:${roundId}`, () => ctx.core.rounds.nudge(roundId as RoundId));
    ctx.log.info({ roundId, nudged }, 'round nudge');
  },
});
