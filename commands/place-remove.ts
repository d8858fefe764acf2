import type { UserError } from '../src/result.js';
import { PLACE_NAME_MAX } from '../src/core/moderation.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { type Reply } from '../src/interaction/reply.js';

export default defineCommand({
  name: 'place-remove',
  description: 'Remove a meeting place from this community (moderators)',
  requires: [{ kind: 'in-community' }, { kind: 'moderator' }],
  category: 'moderators',
  options: { name: opt.text({ description: 'The place: its number or its name, as /places shows it', required: true, max: PLACE_NAME_MAX, label: 'The name', lists: ['places'] }) },
  positional: 'name',
  async execute(ctx, { name }): Promise<Reply | UserError> {
    const outcome = await ctx.core.moderation.removePlace(ctx, name);
    if (!outcome.ok) return outcome.error;
    return { visibility: 'private', text: ctx.t.t('session-place-removed', { name: outcome.value }), tone: 'success' };
  },
});
