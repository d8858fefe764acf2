import type { UserError } from '../src/result.js';
import { CONNECT_MESSAGE_MAX } from '../src/core/buddies.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import { needsStop } from '../src/domain/names.js';
import { personLine } from '../src/views/words.js';
import buddyAccept from './buddy-accept.js';
import buddyDecline from './buddy-decline.js';

export default defineCommand({
  name: 'connect',
  description: 'Ask someone to be your workout buddy',
  requires: [{ kind: 'anyone' }],
  category: 'buddies',
  options: {
    person: opt.person({ description: 'Who: their name, or their number in your last /match or /buddies list', required: true, lists: ['matches', 'buddies'] }),
    message: opt.text({ description: 'A short note to go with your request (optional)', max: CONNECT_MESSAGE_MAX, label: 'The note' }),
  },
  positional: ['person', 'message'],
  async execute(ctx, { person, message }): Promise<Reply | UserError> {
    const outcome = await ctx.core.buddies.request(ctx.me, ctx.community, person, message as string | undefined);
    if (!outcome.ok) return outcome.error;
    const them = outcome.value.person;
    if (outcome.value.kind === 'incoming')
      return {
        visibility: 'private',
        text: ctx.t.t('buddy-connect-incoming', { person: personLine(ctx.t, them) }),
        buttons: [
          [
            await ctx.button(ctx.t.t('button-accept'), buddyAccept, { person: them.id }, { style: 'success' }),
            await ctx.button(ctx.t.t('button-decline'), buddyDecline, { person: them.id }, { style: 'danger' }),
          ],
        ],
      };
    return { visibility: 'private', text: ctx.t.t('buddy-connect-sent', { name: them.displayName, dot: needsStop(them.displayName) }), tone: 'success' };
  },
});
