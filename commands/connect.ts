import type { UserError } from '../src/result.js';
import { CONNECT_MESSAGE_MAX } from '../src/core/buddies.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { errorReply, type Reply, endSentence } from '../src/interaction/reply.js';
import { personLine } from '../src/views/buddies.js';

export default defineCommand({
  name: 'connect',
  description: 'Ask someone to be your workout buddy',
  access: 'anyone',
  scope: 'anywhere',
  options: {
    person: opt.person({ description: 'Who: their number in your last /match or /buddies list, or their id', required: true }),
    message: opt.text({ description: 'A short note to go with your request (optional)', max: CONNECT_MESSAGE_MAX, label: 'The note' }),
  },
  positional: 'person',
  async execute(ctx, { person, message }): Promise<Reply | UserError> {
    const outcome = await ctx.core.buddies.request(ctx.me, ctx.community, person, message as string | undefined);
    if (!outcome.ok) return outcome.error;
    const them = outcome.value.person;
    if (outcome.value.kind === 'incoming')
      return {
        visibility: 'private',
        text: `${personLine(them)} already asked to connect with you. Accept?`,
        buttons: [
          [
            await ctx.button('Accept', 'buddy-accept', { person: them.id }, { style: 'success' }),
            await ctx.button('Decline', 'buddy-decline', { person: them.id }, { style: 'danger' }),
          ],
        ],
      };
    return { visibility: 'private', text: `Buddy request sent to ${endSentence(`**${them.displayName}**`)} I'll tell you when they answer.`, tone: 'success' };
  },
});
