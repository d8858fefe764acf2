import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import { needsStop } from '../src/domain/names.js';

export default defineCommand({
  name: 'unblock',
  description: 'Unblock someone you blocked',
  requires: [{ kind: 'anyone' }],
  category: 'buddies',
  options: { person: opt.person({ description: 'Who: their name, or their number in /buddies', required: true, lists: ['buddies'] }) },
  positional: 'person',
  async execute(ctx, { person }): Promise<Reply | UserError> {
    const outcome = await ctx.core.buddies.unblock(ctx.me, person);
    if (!outcome.ok) return outcome.error;
    return { visibility: 'private', text: ctx.t.t('buddy-unblock-done', { name: outcome.value.displayName, dot: needsStop(outcome.value.displayName) }) };
  },
});
