import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import type { Reply } from '../src/interaction/reply.js';
import { roundsStatusReply } from '../src/views/rounds.js';
import { ROUNDS_GROUP } from './_rounds-group.js';

export default defineCommand({
  name: 'rounds-status',
  description: "This community's pairing rounds: schedule, your place, and each round's figures for moderators",
  group: ROUNDS_GROUP,
  requires: [{ kind: 'in-community' }],
  category: 'rounds',
  options: {},
  async execute(ctx): Promise<Reply | UserError> {
    const status = await ctx.core.rounds.status(ctx);
    if (!status.ok) return status.error;
    return roundsStatusReply(ctx.t, ctx.community?.name ?? ctx.t.t('mod-this-community'), status.value);
  },
});
