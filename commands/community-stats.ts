import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { type Reply } from '../src/interaction/reply.js';
import { communityWeeksPicture } from '../src/views/images/community-weeks.js';
import { communityStatsReply } from '../src/views/progress.js';

export default defineCommand({
  name: 'community-stats',
  description: 'How Spotter is doing in this community, with charts of the last 12 weeks (moderators)',
  requires: [{ kind: 'in-community' }, { kind: 'moderator' }],
  category: 'moderators',
  options: {},
  slow: true,
  async execute(ctx): Promise<Reply | UserError> {
    const outcome = await ctx.core.moderation.stats(ctx);
    if (!outcome.ok) return outcome.error;
    const name = ctx.community?.name ?? ctx.t.t('stats-this-community');
    return ctx.pictures.attach(communityStatsReply(name, outcome.value, ctx.t), communityWeeksPicture(name, outcome.value.history, ctx.t));
  },
});
