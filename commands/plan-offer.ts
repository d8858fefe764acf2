import { type UserError, userError } from '../src/result.js';
import { phrase } from '../src/domain/phrase.js';
import { decodeSlots } from '../src/domain/slots.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import { planSentReply } from '../src/views/plan-replies.js';

/** A slot button of /plan: sends the chosen time(s) to the other person. */
export default defineCommand({
  name: 'plan-offer',
  description: 'Offers times found by /plan to the other person',
  requires: [{ kind: 'profile-complete' }],
  category: 'buddies',
  hidden: true,
  options: {
    person: opt.person({ description: 'Who the times are for', required: true, lists: ['buddies', 'matches'] }),
    slots: opt.text({ description: 'The times offered', required: true, max: 100, label: 'The times' }),
    activity: opt.activity({ description: 'The activity', required: true }),
  },
  positional: 'person',
  async execute(ctx, { person, slots, activity }): Promise<Reply | UserError> {
    const chosen = decodeSlots(slots);
    if (!chosen) return userError('invalid-input', phrase('plan-error-time-passed'));
    const sent = await ctx.core.plan.offer(ctx.me, ctx.community, person, chosen, activity);
    return sent.ok ? planSentReply(ctx.t, sent.value) : sent.error;
  },
});
