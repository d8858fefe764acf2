import { type UserError, userError } from '../src/result.js';
import { phrase } from '../src/domain/phrase.js';
import type { MessageId, SessionId } from '../src/domain/ids.js';
import { looksLikeId } from '../src/domain/refs.js';
import { REASON_MAX, type ReportInput } from '../src/core/moderation-reports.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';

export default defineCommand({
  name: 'report',
  description: "Report a person, session or message to the community's moderators",
  requires: [{ kind: 'anyone' }],
  category: 'buddies',
  options: {
    reason: opt.longText({ description: 'What happened? Moderators read this', required: true, max: REASON_MAX, label: 'The reason' }),
    person: opt.person({ description: 'A person: their name, or their number in your last /match or /buddies list', lists: ['matches', 'buddies'] }),
    session: opt.session({ description: 'A session: its number in /sessions or /my-sessions, or its id', lists: ['sessions', 'my-sessions'] }),
    message: opt.text({ description: 'A message sent to you (set by its Report button)', max: 40, label: 'The message' }),
  },
  guided: ['person', 'reason'],
  async execute(ctx, values): Promise<Reply | UserError> {
    const { person, session, message } = values as { person?: string; session?: string; message?: string };
    const given = [person, session, message].filter((v) => v !== undefined).length;
    if (given !== 1)
      return userError('invalid-input', phrase(given === 0 ? 'report-error-say-what' : 'report-error-one-at-a-time'));
    let target: ReportInput;
    if (person !== undefined) {
      const found = await ctx.core.buddies.resolvePerson(ctx.me, person);
      if (!found.ok) return found.error;
      target = { kind: 'person', personId: found.value.id };
    } else if (session !== undefined) {
      // A list number is already an id here (the option's `lists`); anything else must look like one.
      if (!looksLikeId(session)) return userError('not-found', phrase('report-error-session-not-in-list'));
      target = { kind: 'session', sessionId: session.trim() as SessionId };
    } else {
      const id = message!.trim();
      if (!looksLikeId(id)) return userError('not-found', phrase('report-error-message-use-button'));
      target = { kind: 'message', messageId: id as MessageId };
    }
    const filed = await ctx.core.moderation.fileReport(ctx.me, ctx.community, target, values.reason);
    if (!filed.ok) return filed.error;
    return {
      visibility: 'private',
      text: ctx.t.t('report-filed'),
      tone: 'success',
    };
  },
});
