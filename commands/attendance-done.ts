import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import { attendanceSheetReply } from '../src/views/notifications/attendance.js';

/** "Done" on the host's attendance sheet: every row counts as it shows. */
export default defineCommand({
  name: 'attendance-done',
  description: 'Confirms your attendance sheet as it shows',
  requires: [{ kind: 'host', option: 'session', via: 'session' }],
  category: 'sessions',
  hidden: true,
  options: { session: opt.text({ description: 'The session id', required: true, max: 64, label: 'The session' }) },
  positional: 'session',
  async execute(ctx, { session }): Promise<Reply | UserError> {
    const sheet = await ctx.core.sessions.confirmAttendance(ctx.me, session);
    if (!sheet.ok) return sheet.error;
    return attendanceSheetReply(ctx.t, sheet.value);
  },
});
