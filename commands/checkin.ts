import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { type Reply } from '../src/interaction/reply.js';
import { sessionRef } from '../src/views/session.js';

export default defineCommand({
  name: 'checkin',
  description: 'Tell Spotter whether you made it to a session you joined',
  access: 'anyone',
  scope: 'anywhere',
  options: {
    session: opt.session({ description: 'The session: its number in /my-sessions, or its id', required: true, lists: ['my-sessions'] }),
    attended: opt.boolean({ description: 'Were you there? yes or no', label: 'Attended', required: true }),
  },
  positional: ['session', 'attended'],
  async execute(ctx, { session, attended }): Promise<Reply | UserError> {
    const done = await ctx.core.sessions.checkIn(ctx.me, session, attended);
    if (!done.ok) return done.error;
    const a = done.value.attendance;
    return {
      visibility: 'private',
      text: attended
        ? ctx.t.t('session-checked-in', { session: sessionRef(ctx.t, done.value.session), streak: a.streak, best: a.bestStreak })
        : ctx.t.t('session-checked-in-missed', { session: sessionRef(ctx.t, done.value.session) }),
      tone: 'success',
    };
  },
});
