import type { UserError } from '../src/result.js';
import type { SessionId } from '../src/domain/ids.js';
import { looksLikeId } from '../src/domain/refs.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { errorReply, type Reply } from '../src/interaction/reply.js';
import { titleEnds } from '../src/domain/notifications/sessions.js';

export default defineCommand({
  name: 'session-remove',
  description: 'Remove a session from this community and tell everyone in it (moderators)',
  requires: [{ kind: 'in-community' }, { kind: 'moderator' }],
  category: 'moderators',
  options: {
    session: opt.session({ description: 'The session: its number in /sessions, or its id', required: true, lists: ['sessions'] }),
    reason: opt.longText({ description: 'Why (the host is told)', required: true, max: 300, label: 'The reason' }),
  },
  positional: ['session', 'reason'],
  guided: ['session', 'reason'],
  async execute(ctx, { session, reason }): Promise<Reply | UserError> {
    // A list number is already an id here (the option's `lists`); anything else must look like one.
    if (!looksLikeId(session)) return errorReply(ctx.t.t('session-remove-not-found'));
    const outcome = await ctx.core.moderation.removeSession(ctx, session.trim() as SessionId, reason);
    if (!outcome.ok) return outcome.error;
    const { session: removed, told } = outcome.value;
    return { visibility: 'private', text: ctx.t.t('session-remove-done', { title: removed.title, ends: titleEnds(removed.title), told }), tone: 'success' };
  },
});
