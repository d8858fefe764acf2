import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { type Reply } from '../src/interaction/reply.js';
import { calendarWords } from '../src/views/session.js';

export default defineCommand({
  name: 'calendar',
  description: 'Get a calendar file (.ics) for one session or all of yours',
  access: 'anyone',
  scope: 'anywhere',
  options: { session: opt.session({ description: 'One session (its number or id); leave out for all your upcoming sessions' }) },
  positional: 'session',
  async execute(ctx, { session }): Promise<Reply | UserError> {
    const file = await ctx.core.sessions.calendar(ctx.me, session, calendarWords(ctx.t));
    if (!file.ok) return file.error;
    return {
      visibility: 'private',
      text: ctx.t.t(session ? 'ics-open-one' : 'ics-open-all'),
      file: file.value,
    };
  },
});
