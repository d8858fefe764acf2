import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { errorReply, type Reply, endSentence } from '../src/interaction/reply.js';
import { sessionRef } from '../src/views/session.js';

export default defineCommand({
  name: 'leave',
  description: 'Leave a session (your seat or waitlist place), or withdraw your request',
  access: 'anyone',
  scope: 'anywhere',
  options: { session: opt.session({ description: 'The session: its number in your last list, or its id', required: true }) },
  positional: 'session',
  async execute(ctx, { session }): Promise<Reply | UserError> {
    const left = await ctx.core.sessions.leave(ctx.me, session);
    if (!left.ok) return left.error;
    const r = left.value;
    const title = sessionRef(r.session);
    const text = {
      'left-seat': `You left ${endSentence(title)} ${'promoted' in r && r.promoted ? 'The first person on the waitlist got your seat.' : 'Your seat is free for someone else.'}`,
      'left-waitlist': `You left the waitlist of ${endSentence(title)}`,
      withdrawn: `Withdrew your request to join ${endSentence(title)}`,
    }[r.kind];
    return { visibility: 'private', text };
  },
});
