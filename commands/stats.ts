import { defineCommand } from '../src/interaction/command.js';
import type { Reply } from '../src/interaction/reply.js';
import { statsReply } from '../src/views/session.js';

export default defineCommand({
  name: 'stats',
  description: 'Your streak, attendance rate and sessions hosted and joined',
  access: 'anyone',
  scope: 'anywhere',
  options: {},
  async execute(ctx): Promise<Reply> {
    return statsReply(ctx.me.displayName, await ctx.core.sessions.stats(ctx.me));
  },
});
