import type { UserError } from '../src/result.js';
import { seatsLeft } from '../src/domain/session.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { type Reply } from '../src/interaction/reply.js';
import leave from './leave.js';

export default defineCommand({
  name: 'join',
  description: 'Ask the host to let you join a session',
  requires: [{ kind: 'anyone' }],
  category: 'sessions',
  options: {
    session: opt.session({ description: 'The session: its number in /sessions, or its id', required: true, lists: ['sessions'] }),
    message: opt.text({ description: 'A few words for the host (optional)', max: 300, label: 'The message' }),
  },
  positional: ['session', 'message'],
  async execute(ctx, { session, message }): Promise<Reply | UserError> {
    const joined = await ctx.core.sessions.join(ctx.me, session, message ?? '');
    if (!joined.ok) return joined.error;
    const s = joined.value.session;
    // A full session still takes requests: an accepted one goes on the waitlist, behind those already there.
    const full = seatsLeft(s) === 0;
    const args = { title: s.title, at: s.startsAt, place: s.place.label, position: s.waitlist.length + 1 };
    return {
      visibility: 'private',
      title: ctx.t.t(full ? 'session-join-sent-full-title' : 'session-join-sent-title'),
      text: ctx.t.t(full ? 'session-join-sent-full' : 'session-join-sent', args),
      buttons: [[await ctx.button(ctx.t.t('session-button-withdraw'), leave, { session: s.id }, { style: 'danger' })]],
      tone: 'success',
    };
  },
});
