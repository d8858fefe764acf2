import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import { needsStop } from '../src/domain/names.js';

export default defineCommand({
  name: 'block',
  description: 'Block someone: silent, both ways, at once',
  requires: [{ kind: 'anyone' }],
  category: 'buddies',
  options: { person: opt.person({ description: 'Who: their name, or their number in your last /buddies or /match list', required: true, lists: ['buddies', 'matches'] }) },
  positional: 'person',
  async execute(ctx, { person }): Promise<Reply | UserError> {
    const outcome = await ctx.core.buddies.block(ctx.me, person);
    if (!outcome.ok) return outcome.error;
    return {
      visibility: 'private',
      text: ctx.t.t('buddy-block-done', { name: outcome.value.displayName, dot: needsStop(outcome.value.displayName) }),
      tone: 'success',
    };
  },
});
