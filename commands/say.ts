import type { UserError } from '../src/result.js';
import { MESSAGE_MAX } from '../src/core/messaging.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';

/**
 * Said inside a session chat's own place (a Discord thread): the platform hands a command's words
 * to the bot even where it may not read the messages written there (no Message Content), so this
 * is how members on other platforms read a member there.
 */
export default defineCommand({
  name: 'say',
  description: 'In a session chat thread: write so members on other apps read it too',
  requires: [{ kind: 'in-community' }],
  category: 'sessions',
  options: {
    message: opt.longText({ description: 'Your message to the group', required: true, max: MESSAGE_MAX, label: 'The message' }),
  },
  positional: ['message'],
  guided: ['message'],
  async execute(ctx, values): Promise<Reply | UserError> {
    const membership = ctx.invocation.community;
    if (!membership) return { visibility: 'private', text: ctx.t.t('chat-say-error-not-in-place') };
    const outcome = await ctx.core.sessionChat.say(ctx.me, membership.key, membership.channelId, values.message);
    if (!outcome.ok) return outcome.error;
    return { visibility: 'private', text: ctx.t.t('session-chat-sent', { title: outcome.value.session.title }), tone: 'success' };
  },
});
