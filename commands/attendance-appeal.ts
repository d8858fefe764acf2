import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import type { Reply } from '../src/interaction/reply.js';

/** "Appeal" under a no-show pause: a report-like entry for the moderators of the session's community. */
export default defineCommand({
  name: 'attendance-appeal',
  description: 'Asks the moderators to look at your no-show pause',
  requires: [{ kind: 'anyone' }],
  category: 'sessions',
  hidden: true,
  options: {},
  async execute(ctx): Promise<Reply | UserError> {
    const filed = await ctx.core.moderation.appealPause(ctx.me);
    if (!filed.ok) return filed.error;
    return { visibility: 'private', text: ctx.t.t('attendance-appeal-filed'), tone: 'success' };
  },
});
