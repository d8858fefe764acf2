import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { type Reply } from '../src/interaction/reply.js';
import { sessionRef } from '../src/views/session.js';

export default defineCommand({
  name: 'session-cancel',
  description: 'Cancel a session you host; everyone in it is told',
  requires: [{ kind: 'host', option: 'session', via: 'session' }],
  category: 'sessions',
  options: {
    session: opt.session({ description: 'The session: its number in /my-sessions, or its id', required: true, lists: ['my-sessions'] }),
    reason: opt.text({ description: 'Why, in a few words (shown to participants)', max: 200, label: 'The reason' }),
  },
  positional: ['session', 'reason'],
  async execute(ctx, { session, reason }): Promise<Reply | UserError> {
    const cancelled = await ctx.core.sessions.cancelByHost(ctx.me, session, reason ?? '');
    if (!cancelled.ok) return cancelled.error;
    const s = cancelled.value;
    const told = s.participants.length + s.waitlist.length;
    return {
      visibility: 'private',
      text: ctx.t.t('session-cancel-done', { session: sessionRef(ctx.t, s), told }),
      tone: 'success',
    };
  },
});
