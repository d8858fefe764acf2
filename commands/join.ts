import type { UserError } from '../src/result.js';
import { seatsLeft } from '../src/domain/session.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { errorReply, type Reply, timeTag } from '../src/interaction/reply.js';

export default defineCommand({
  name: 'join',
  description: 'Ask the host to let you join a session',
  access: 'anyone',
  scope: 'anywhere',
  options: {
    session: opt.session({ description: 'The session: its number in /sessions, or its id', required: true }),
    message: opt.text({ description: 'A few words for the host (optional)', max: 300, label: 'The message' }),
  },
  positional: 'session',
  async execute(ctx, { session, message }): Promise<Reply | UserError> {
    const joined = await ctx.core.sessions.join(ctx.me, session, message ?? '');
    if (!joined.ok) return joined.error;
    const s = joined.value.session;
    // A full session still takes requests: an accepted one goes on the waitlist, behind those already there.
    const place = s.waitlist.length + 1;
    const full = seatsLeft(s) === 0
      ? ` It's full, so if the host accepts you go on the waitlist${place === 1 ? ', first in line' : ` at place ${place}`}, and get a seat when one frees up.`
      : '';
    return {
      visibility: 'private',
      title: full ? 'Request sent: the session is full' : 'Request sent',
      text: `I asked the host to let you join **${s.title}** (${timeTag(s.startsAt, 'F')}, ${s.place.label}).${full} I'll tell you as soon as they answer.`,
      buttons: [[await ctx.button('Withdraw request', 'leave', { session: s.id }, { style: 'danger' })]],
      tone: 'success',
    };
  },
});
