import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';

export default defineCommand({
  name: 'disconnect',
  description: 'Stop being buddies with someone, or withdraw a request',
  requires: [{ kind: 'anyone' }],
  category: 'buddies',
  options: { person: opt.person({ description: 'Who: their name, or their number in /buddies', required: true, lists: ['buddies'] }) },
  positional: 'person',
  async execute(ctx, { person }): Promise<Reply | UserError> {
    const outcome = await ctx.core.buddies.disconnect(ctx.me, person);
    if (!outcome.ok) return outcome.error;
    const { person: them, was } = outcome.value;
    return {
      visibility: 'private',
      text: ctx.t.t(was === 'accepted' ? 'buddy-disconnect-done' : 'buddy-disconnect-withdrawn', { name: them.displayName }),
    };
  },
});
