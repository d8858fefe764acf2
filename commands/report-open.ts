import type { UserError } from '../src/result.js';
import type { ReportId } from '../src/domain/ids.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { errorReply, type Reply } from '../src/interaction/reply.js';
import { reportOpenReply } from '../src/views/bans.js';

/** The "Open report" button of a report pushed to a moderator; works in a private chat too. */
export default defineCommand({
  name: 'report-open',
  description: 'Opens a report pushed to you (moderators)',
  access: 'anyone',
  scope: 'anywhere',
  hidden: true,
  options: { report: opt.text({ description: 'The report id', required: true, max: 64, label: 'The report' }) },
  positional: 'report',
  async execute(ctx, { report }): Promise<Reply | UserError> {
    const id = report.trim();
    if (!/^[A-Za-z0-9_-]{8,64}$/.test(id)) return errorReply("I can't find that report. Moderators see the open ones with /reports in their community.");
    const opened = await ctx.core.moderation.openReport(ctx.me, ctx.invocation, id as ReportId);
    if (!opened.ok) return opened.error;
    return reportOpenReply(opened.value.communityName, opened.value.view);
  },
});
