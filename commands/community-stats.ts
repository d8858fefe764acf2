import { defineCommand } from '../src/interaction/command.js';
import { errorReply, type Reply } from '../src/interaction/reply.js';
import { statsReply } from '../src/views/moderation.js';

export default defineCommand({
  name: 'community-stats',
  description: 'How Spotter is doing in this community (moderators)',
  access: 'moderator',
  scope: 'community',
  options: {},
  async execute(ctx): Promise<Reply> {
    const outcome = await ctx.core.moderation.stats(ctx);
    return outcome.ok ? statsReply(ctx.community?.name ?? 'this community', outcome.value) : errorReply(outcome.error.message);
  },
});
