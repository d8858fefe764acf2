import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import type { Reply } from '../src/interaction/reply.js';
import { ROUNDS_GROUP } from './_rounds-group.js';

export default defineCommand({
  name: 'rounds-leave',
  description: "Stop taking part in this community's pairing rounds",
  group: ROUNDS_GROUP,
  requires: [{ kind: 'in-community' }],
  category: 'rounds',
  options: {},
  async execute(ctx): Promise<Reply | UserError> {
    const done = await ctx.core.rounds.leave(ctx.me, ctx.community);
    if (!done.ok) return done.error;
    return { visibility: 'private', text: ctx.t.t('rounds-left'), tone: 'success' };
  },
});
