import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import { attendanceSheetReply } from '../src/views/notifications/attendance.js';

/** A row's button on the host's attendance sheet: flips came ↔ no-show and shows the sheet again. */
export default defineCommand({
  name: 'attendance-toggle',
  description: 'Flips one participant between came and no-show on your attendance sheet',
  requires: [{ kind: 'host', option: 'session', via: 'session' }],
  category: 'sessions',
  hidden: true,
  options: {
    session: opt.text({ description: 'The session id', required: true, max: 64, label: 'The session' }),
    person: opt.text({ description: 'The participant id', required: true, max: 64, label: 'The participant' }),
  },
  async execute(ctx, { session, person }): Promise<Reply | UserError> {
    const sheet = await ctx.core.sessions.toggleAttendance(ctx.me, session, person);
    if (!sheet.ok) return sheet.error;
    return attendanceSheetReply(ctx.t, sheet.value);
  },
});
