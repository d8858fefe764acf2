import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { type Reply } from '../src/interaction/reply.js';
import { sessionRef } from '../src/views/session.js';

export default defineCommand({
  name: 'leave',
  description: 'Leave a session (your seat or waitlist place), or withdraw your request',
  requires: [{ kind: 'anyone' }],
  category: 'sessions',
  options: { session: opt.session({ description: 'The session: its number in /my-sessions, or its id', required: true, lists: ['my-sessions'] }) },
  positional: 'session',
  async execute(ctx, { session }): Promise<Reply | UserError> {
    const left = await ctx.core.sessions.leave(ctx.me, session);
    if (!left.ok) return left.error;
    const r = left.value;
    const named = sessionRef(ctx.t, r.session);
    const text = {
      'left-seat': ctx.t.t('promoted' in r && r.promoted ? 'session-left-seat-promoted' : 'session-left-seat', { session: named }),
      'left-waitlist': ctx.t.t('session-left-waitlist', { session: named }),
      withdrawn: ctx.t.t('session-left-withdrawn', { session: named }),
    }[r.kind];
    return { visibility: 'private', text };
  },
});
