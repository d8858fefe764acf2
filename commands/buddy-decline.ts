import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';

export default defineCommand({
  name: 'buddy-decline',
  description: 'Decline a buddy request',
  requires: [{ kind: 'anyone' }],
  category: 'buddies',
  options: { person: opt.person({ description: 'Who asked: their name, or their number in /buddies', required: true, lists: ['buddies'] }) },
  positional: 'person',
  async execute(ctx, { person }): Promise<Reply | UserError> {
    const outcome = await ctx.core.buddies.decline(ctx.me, person);
    if (!outcome.ok) return outcome.error;
    return { visibility: 'private', text: ctx.t.t('buddy-decline-done', { name: outcome.value.displayName }) };
  },
});
