import { z } from 'zod';
import type { CommunityId } from '../src/domain/ids.js';
import { LATE_HOURS } from '../src/core/rounds.js';
import { isRoundTime, nextRoundAt } from '../src/core/rounds-time.js';
import { withDedupeScope } from '../src/delivery/outbox-notifier.js';
import { defineJob } from './define.js';
import { JOB } from './names.js';

/**
 * A community's weekly pairing round, at its weekday and hour on the community's clock. Repeats
 * by planning the next round first (DST-correct: the next local weekday and hour), so a failing
 * run does not end the series. A run more than LATE_HOURS late waits for next week. The round
 * is held once per local date (the store refuses a second), intros go out inside this round's
 * dedupe scope, then its nudge and end are planned.
 */
export const roundRun = defineJob({
  name: JOB.roundRun,
  description: "Pairs a community's opted-in members for the week and introduces each pair",
  schema: z.object({ communityId: z.string().min(1) }),
  options: { concurrency: 1, retries: 0, lockLifetimeMs: 10 * 60_000 },
  async handle({ communityId }, ctx) {
    const id = communityId as CommunityId;
    const config = await ctx.store.rounds.config(id);
    if (!config?.enabled) return;
    const now = ctx.clock();
    const next = nextRoundAt(config, now);
    ctx.runAgainAt(next);
    if (!isRoundTime(config, now, LATE_HOURS)) return;
    const round = await withDedupeScope(`round:${id}:${now.toISOString().slice(0, 10)}`, () => ctx.core.rounds.run(id));
    if (!round) return;
    await ctx.planner.roundFollowUps(round, next);
    ctx.log.info({ communityId, roundId: round.id, groups: round.groups.length }, 'round held');
  },
});
