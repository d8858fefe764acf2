import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import { auditReply } from '../src/views/moderation.js';

export default defineCommand({
  name: 'audit',
  description: 'Recent moderator actions in this community (moderators)',
  requires: [{ kind: 'in-community' }, { kind: 'moderator' }],
  category: 'moderators',
  options: { count: opt.integer({ description: 'How many entries (1–50, default 20)', min: 1, max: 50, label: 'The count' }) },
  positional: 'count',
  async execute(ctx, values): Promise<Reply | UserError> {
    const count = (values as { count?: number }).count ?? 20;
    const outcome = await ctx.core.moderation.auditLog(ctx, count);
    return outcome.ok ? auditReply(ctx.t, ctx.community?.name ?? ctx.t.t('mod-this-community'), outcome.value) : outcome.error;
  },
});
