import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { errorReply, type Reply, endSentence } from '../src/interaction/reply.js';

export default defineCommand({
  name: 'block',
  description: 'Block someone: silent, both ways, at once',
  access: 'anyone',
  scope: 'anywhere',
  options: { person: opt.person({ description: 'Who: their number in your last list, or their id', required: true }) },
  positional: 'person',
  async execute(ctx, { person }): Promise<Reply | UserError> {
    const outcome = await ctx.core.buddies.block(ctx.me, person);
    if (!outcome.ok) return outcome.error;
    return {
      visibility: 'private',
      text: `Blocked ${endSentence(`**${outcome.value.displayName}**`)} They won't be told. Neither of you will see the other in matches or be able to connect or message. Undo with /unblock.`,
      tone: 'success',
    };
  },
});
