import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { type Reply } from '../src/interaction/reply.js';
import { icsFileName, sessionsIcs } from '../src/views/calendar.js';

export default defineCommand({
  name: 'calendar',
  description: 'Get a calendar file (.ics) for one session or all of yours',
  requires: [{ kind: 'anyone' }],
  category: 'sessions',
  options: { session: opt.session({ description: 'One session (its number or id); leave out for all your upcoming sessions', lists: ['my-sessions'] }) },
  positional: 'session',
  async execute(ctx, { session }): Promise<Reply | UserError> {
    const chosen = await ctx.core.sessions.calendar(ctx.me, session);
    if (!chosen.ok) return chosen.error;
    const { one, entries } = chosen.value;
    return {
      visibility: 'private',
      text: ctx.t.t(one ? 'ics-open-one' : 'ics-open-all'),
      file: {
        name: one ? icsFileName(one.title) : 'spotter-sessions.ics',
        mime: 'text/calendar',
        content: sessionsIcs(entries, one ? one.title : ctx.t.t('ics-calendar-name'), ctx.t),
      },
    };
  },
});
