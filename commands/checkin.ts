import { phrase } from '../src/domain/phrase.js';
import type { CurrentSession, LivePurpose } from '../src/core/sessions.js';
import { type UserError, userError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { type Reply } from '../src/interaction/reply.js';
import { liveChoices } from '../src/views/live.js';
import { sessionRef } from '../src/views/session.js';
import checkin from './checkin.js';

export default defineCommand({
  name: 'checkin',
  description: 'Tell Spotter whether you made it to a session you joined',
  requires: [{ kind: 'anyone' }],
  category: 'sessions',
  options: {
    attended: opt.boolean({ description: 'Were you there? yes or no', label: 'Attended', required: true }),
    session: opt.session({ description: 'The session: its number in /my-sessions, or its id', lists: ['my-sessions'] }),
  },
  positional: ['session', 'attended'],
  async execute(ctx, { session, attended }): Promise<Reply | UserError> {
    let ref = session;
    if (!ref) {
      // Without a session: the one happening now or just over, or a choice when there are several.
      const purpose: LivePurpose = attended ? 'here' : 'missed';
      const current: CurrentSession[] = await ctx.core.sessions.currentFor(ctx.me, purpose);
      if (current.length === 0) return userError('not-found', phrase('live-checkin-none'));
      if (current.length > 1)
        return {
          visibility: 'private',
          text: ctx.t.t('live-checkin-choose', { count: current.length }),
          select: await ctx.select(ctx.t.t('live-choose-placeholder'), checkin, 'session', { attended }, liveChoices(ctx.t, current)),
        };
      ref = current[0]!.session.id;
    }
    const done = await ctx.core.sessions.checkIn(ctx.me, ref, attended);
    if (!done.ok) return done.error;
    const a = done.value.attendance;
    return {
      visibility: 'private',
      text: attended
        ? ctx.t.t('session-checked-in', { session: sessionRef(ctx.t, done.value.session), streak: a.streak, best: a.bestStreak })
        : ctx.t.t('session-checked-in-missed', { session: sessionRef(ctx.t, done.value.session) }),
      tone: 'success',
    };
  },
});
