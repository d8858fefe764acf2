import { z } from 'zod';
import type { RoundId } from '../src/domain/rounds.js';
import { withDedupeScope } from '../src/delivery/outbox-notifier.js';
import { defineJob } from './define.js';
import { JOB } from './names.js';

/** A round's last day (unless the next round ended it first): closed once, its pairs asked whether they met. */
export const roundEnd = defineJob({
  name: JOB.roundEnd,
  description: 'Ends a pairing round and asks its pairs whether they met',
  schema: z.object({ roundId: z.string().min(1) }),
  options: { concurrency: 2, retries: 3 },
  async handle({ roundId }, ctx) {
    const ended = await withDedupeScope(`round-end:${roundId}`, () => ctx.core.rounds.end(roundId as RoundId));
    ctx.log.info({ roundId, ended }, 'round end');
  },
});
