import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import type { Button, Reply } from '../src/interaction/reply.js';
import { reportsReply } from '../src/views/moderation.js';
import reportResolve from './report-resolve.js';

export default defineCommand({
  name: 'reports',
  description: 'Open reports in this community, oldest first (moderators)',
  requires: [{ kind: 'in-community' }, { kind: 'moderator' }],
  category: 'moderators',
  options: {},
  async execute(ctx): Promise<Reply | UserError> {
    const outcome = await ctx.core.moderation.openReports(ctx, 10);
    if (!outcome.ok) return outcome.error;
    const views = outcome.value;
    await ctx.rememberList('reports', views.map((v) => v.report.id));
    const buttons: Button[] = [];
    for (const [i, v] of views.entries()) buttons.push(await ctx.button(ctx.t.t('report-button-resolve', { number: String(i + 1) }), reportResolve, { report: v.report.id }, { style: 'success' }));
    return reportsReply(ctx.t, views, buttons);
  },
});
