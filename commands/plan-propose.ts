import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import { planSentReply } from '../src/views/plan-replies.js';

/** "Propose another time": asks for a time in the person's own words, then sends it to accept. */
export default defineCommand({
  name: 'plan-propose',
  description: 'Proposes your own time to train with someone',
  requires: [{ kind: 'anyone' }],
  category: 'buddies',
  hidden: true,
  options: {
    person: opt.person({ description: 'Who the time is for', required: true, lists: ['buddies', 'matches'] }),
    time: opt.when({ description: 'When? e.g. "saturday 9am", "tomorrow 18:30"', required: true }),
    activity: opt.activity({ description: 'The activity' }),
  },
  positional: 'person',
  async execute(ctx, { person, time, activity }): Promise<Reply | UserError> {
    const sent = await ctx.core.plan.proposeTime(ctx.me, ctx.community, person, time, activity);
    return sent.ok ? planSentReply(ctx.t, sent.value) : sent.error;
  },
});
