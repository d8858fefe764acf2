import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import { needsStop } from '../src/domain/names.js';

export default defineCommand({
  name: 'unban',
  description: 'Lift a ban in this community (moderators)',
  requires: [{ kind: 'in-community' }, { kind: 'moderator' }],
  category: 'moderators',
  options: { person: opt.person({ description: 'Who: their name (a member or someone in /reports), or their id', required: true, lists: [] }) },
  positional: 'person',
  async execute(ctx, { person }): Promise<Reply | UserError> {
    const found = await ctx.core.buddies.resolvePerson(ctx.me, person);
    if (!found.ok) return found.error;
    const outcome = await ctx.core.moderation.unban(ctx, found.value);
    if (!outcome.ok) return outcome.error;
    return { visibility: 'private', text: ctx.t.t('ban-lifted', { name: outcome.value.displayName, dot: needsStop(outcome.value.displayName) }), tone: 'success' };
  },
});
