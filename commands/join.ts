import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { errorReply, type Reply, timeTag } from '../src/interaction/reply.js';

export default defineCommand({
  name: 'join',
  description: 'Ask the host to let you join a session',
  access: 'anyone',
  scope: 'anywhere',
  options: {
    session: opt.session({ description: 'The session: its number in /sessions, or its id', required: true }),
    message: opt.text({ description: 'A few words for the host (optional)', max: 300, label: 'The message' }),
  },
  positional: 'session',
  async execute(ctx, { session, message }): Promise<Reply> {
    const joined = await ctx.core.sessions.join(ctx.me, session, message ?? '');
    if (!joined.ok) return errorReply(joined.error.message);
    const s = joined.value.session;
    return {
      visibility: 'private',
      title: 'Request sent',
      text: `I asked the host to let you join **${s.title}** (${timeTag(s.startsAt, 'F')}, ${s.place.label}). I'll tell you as soon as they answer.`,
      buttons: [[await ctx.button('Withdraw request', 'leave', { session: s.id }, { style: 'danger' })]],
      tone: 'success',
    };
  },
});
