import { type UserError, userError } from '../src/result.js';
import { phrase } from '../src/domain/phrase.js';
import type { ReportId } from '../src/domain/ids.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import { reportOpenReply } from '../src/views/bans.js';

/** The "Open report" button of a report pushed to a moderator; works in a private chat too. */
export default defineCommand({
  name: 'report-open',
  description: 'Opens a report pushed to you (moderators)',
  requires: [{ kind: 'anyone' }],
  category: 'buddies',
  hidden: true,
  options: { report: opt.text({ description: 'The report id', required: true, max: 64, label: 'The report' }) },
  positional: 'report',
  async execute(ctx, { report }): Promise<Reply | UserError> {
    const id = report.trim();
    if (!/^[A-Za-z0-9_-]{8,64}$/.test(id)) return userError('not-found', phrase('report-error-report-not-found'));
    const opened = await ctx.core.moderation.openReport(ctx.me, ctx.invocation, id as ReportId);
    if (!opened.ok) return opened.error;
    return reportOpenReply(ctx.t, opened.value.communityName, opened.value.view);
  },
});
