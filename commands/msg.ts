import type { UserError } from '../src/result.js';
import { MESSAGE_MAX } from '../src/core/messaging.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import { needsStop } from '../src/domain/names.js';

export default defineCommand({
  name: 'msg',
  description: 'Send a message to a buddy, on whatever platform they use',
  requires: [{ kind: 'anyone' }],
  category: 'buddies',
  options: {
    person: opt.person({ description: 'Which buddy: their name, or their number in /buddies', required: true, lists: ['buddies'] }),
    text: opt.longText({ description: 'Your message', required: true, max: MESSAGE_MAX, label: 'The message' }),
    'reply-to': opt.text({ description: 'The message you are answering (set by the Reply button)', max: 40, label: 'The message to reply to' }),
  },
  positional: ['person', 'text'],
  guided: ['person', 'text'],
  async execute(ctx, values): Promise<Reply | UserError> {
    const replyTo = values['reply-to'] as string | undefined;
    const outcome = await ctx.core.messaging.send(ctx.me, ctx.community, values.person, values.text, replyTo);
    if (!outcome.ok) return outcome.error;
    return { visibility: 'private', text: ctx.t.t('msg-sent', { name: outcome.value.to.displayName, dot: needsStop(outcome.value.to.displayName) }), tone: 'success' };
  },
});
