import type { UserError } from '../src/result.js';
import type { MessageId, SessionId } from '../src/domain/ids.js';
import { REASON_MAX, type ReportInput } from '../src/core/moderation-reports.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { errorReply, type Reply } from '../src/interaction/reply.js';

export default defineCommand({
  name: 'report',
  description: "Report a person, session or message to the community's moderators",
  access: 'anyone',
  scope: 'anywhere',
  options: {
    reason: opt.longText({ description: 'What happened? Moderators read this', required: true, max: REASON_MAX, label: 'The reason' }),
    person: opt.person({ description: 'A person: their number in your last list, or their id' }),
    session: opt.session({ description: 'A session: its number in your last list, or its id' }),
    message: opt.text({ description: 'A message sent to you (set by its Report button)', max: 40, label: 'The message' }),
  },
  guided: ['person', 'reason'],
  async execute(ctx, values): Promise<Reply | UserError> {
    const { person, session, message } = values as { person?: string; session?: string; message?: string };
    const given = [person, session, message].filter((v) => v !== undefined).length;
    if (given !== 1)
      return errorReply(
        given === 0
          ? 'Say what you are reporting: person: <number>, session: <number>, or use the Report button under a message.'
          : 'Report one thing at a time: a person, a session or a message.',
      );
    let target: ReportInput;
    if (person !== undefined) {
      const found = await ctx.core.buddies.resolvePerson(ctx.me, person);
      if (!found.ok) return found.error;
      target = { kind: 'person', personId: found.value.id };
    } else if (session !== undefined) {
      const id = await ctx.core.actions.resolveRef(ctx.me.id, 'session', session);
      if (!id) return errorReply("I can't find that session. Use its number from your last /sessions list, or its id.");
      target = { kind: 'session', sessionId: id as SessionId };
    } else {
      const id = message!.trim();
      if (!/^[A-Za-z0-9_-]{8,64}$/.test(id)) return errorReply("I can't find that message. Use the Report button under it.");
      target = { kind: 'message', messageId: id as MessageId };
    }
    const filed = await ctx.core.moderation.fileReport(ctx.me, ctx.community, target, values.reason);
    if (!filed.ok) return filed.error;
    return {
      visibility: 'private',
      text: "Thanks — your report went to the community's moderators, privately. Nothing was posted publicly and the person isn't told who reported. If you feel unsafe, you can also /block them.",
      tone: 'success',
    };
  },
});
