import type { UserError } from '../src/result.js';
import { MESSAGE_MAX } from '../src/core/messaging.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';

export default defineCommand({
  name: 'session-chat',
  description: 'Write to the chat of a session you host or have a seat in',
  requires: [{ kind: 'anyone' }],
  category: 'sessions',
  options: {
    session: opt.session({ description: 'Which session: its number in your last list, or its id', required: true, lists: ['my-sessions'] }),
    message: opt.longText({ description: 'Your message to the group', required: true, max: MESSAGE_MAX, label: 'The message' }),
    'reply-to': opt.text({ description: 'The message you are answering (set by the Reply button)', max: 40, label: 'The message to reply to' }),
  },
  positional: ['session', 'message'],
  guided: ['session', 'message'],
  async execute(ctx, values): Promise<Reply | UserError> {
    const replyTo = values['reply-to'] as string | undefined;
    const outcome = await ctx.core.sessionChat.post(ctx.me, values.session, values.message, replyTo);
    if (!outcome.ok) return outcome.error;
    return { visibility: 'private', text: ctx.t.t('session-chat-sent', { title: outcome.value.session.title }), tone: 'success' };
  },
});
