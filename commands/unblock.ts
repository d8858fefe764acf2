import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { errorReply, type Reply, endSentence } from '../src/interaction/reply.js';

export default defineCommand({
  name: 'unblock',
  description: 'Unblock someone you blocked',
  access: 'anyone',
  scope: 'anywhere',
  options: { person: opt.person({ description: 'Who: their number in your last /buddies list', required: true }) },
  positional: 'person',
  async execute(ctx, { person }): Promise<Reply | UserError> {
    const outcome = await ctx.core.buddies.unblock(ctx.me, person);
    if (!outcome.ok) return outcome.error;
    return { visibility: 'private', text: `Unblocked ${endSentence(`**${outcome.value.displayName}**`)} You can find each other again.` };
  },
});
