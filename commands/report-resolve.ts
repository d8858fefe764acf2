import { type UserError, userError } from '../src/result.js';
import { phrase } from '../src/domain/phrase.js';
import type { ReportId } from '../src/domain/ids.js';
import { looksLikeId } from '../src/domain/refs.js';
import { REASON_MAX } from '../src/core/moderation-reports.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';

export default defineCommand({
  name: 'report-resolve',
  description: 'Resolve a report with a note on what was done (moderators)',
  requires: [{ kind: 'in-community' }, { kind: 'moderator' }],
  category: 'moderators',
  options: {
    report: opt.report({ description: 'The report: its number in /reports', required: true, lists: ['reports'] }),
    note: opt.longText({ description: 'What you did about it (for the audit log)', required: true, max: REASON_MAX, label: 'The note' }),
    clear: opt.boolean({ description: 'For an appeal of a no-show pause: cleared, lift the pause', label: 'Cleared' }),
  },
  positional: ['report', 'note'],
  guided: ['report', 'note'],
  async execute(ctx, { report, note, clear }): Promise<Reply | UserError> {
    // A list number is already an id here (the option's `lists`); anything else must look like one.
    if (!looksLikeId(report)) return userError('not-found', phrase('report-error-not-in-list'));
    const outcome = await ctx.core.moderation.resolveReport(ctx, report.trim() as ReportId, note, clear === true);
    if (!outcome.ok) return outcome.error;
    return { visibility: 'private', text: ctx.t.t('report-resolved'), tone: 'success' };
  },
});
