import { phrase } from '../src/domain/phrase.js';
import { LATE_CHOICES, LATE_MAX_MINUTES, LATE_MIN_MINUTES } from '../src/domain/session-live.js';
import { type UserError, userError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { type Button, type Reply } from '../src/interaction/reply.js';
import { liveChoices } from '../src/views/live.js';
import { sessionRef } from '../src/views/session.js';
import runningLate from './running-late.js';

export default defineCommand({
  name: 'running-late',
  description: "Tell the host and the others you're running late, with the minutes",
  requires: [{ kind: 'anyone' }],
  category: 'sessions',
  options: {
    session: opt.session({ description: 'The session (leave it out for the one about to start)', lists: ['my-sessions'] }),
    minutes: opt.integer({ description: `How many minutes late (${LATE_MIN_MINUTES}–${LATE_MAX_MINUTES})`, min: LATE_MIN_MINUTES, max: LATE_MAX_MINUTES, label: 'The minutes' }),
  },
  positional: ['session', 'minutes'],
  async execute(ctx, { session, minutes }): Promise<Reply | UserError> {
    let ref = session;
    if (!ref) {
      const current = await ctx.core.sessions.currentFor(ctx.me, 'late');
      if (current.length === 0) return userError('not-found', phrase('live-late-none'));
      if (current.length > 1)
        return {
          visibility: 'private',
          text: ctx.t.t('live-late-choose', { count: current.length }),
          select: await ctx.select(ctx.t.t('live-choose-placeholder'), runningLate, 'session', minutes === undefined ? {} : { minutes }, liveChoices(ctx.t, current)),
        };
      ref = current[0]!.session.id;
    }
    if (minutes === undefined) {
      // No number yet: the usual ones as buttons, or a number typed with the command.
      const allowed = await ctx.core.sessions.lateAllowed(ctx.me, ref);
      if (!allowed.ok) return allowed.error;
      const s = allowed.value;
      const choices: Button[] = [];
      for (const n of LATE_CHOICES) choices.push(await ctx.button(ctx.t.t('live-late-button-minutes', { minutes: n }), runningLate, { session: s.id, minutes: n }));
      return {
        visibility: 'private',
        text: ctx.t.t('live-late-ask', { session: sessionRef(ctx.t, s), min: LATE_MIN_MINUTES, max: LATE_MAX_MINUTES }),
        buttons: [choices],
      };
    }
    const done = await ctx.core.sessions.runningLate(ctx.me, ref, minutes);
    if (!done.ok) return done.error;
    return {
      visibility: 'private',
      text: ctx.t.t(done.value.told ? 'live-late-sent' : 'live-late-sent-nobody', { session: sessionRef(ctx.t, done.value.session), minutes, count: done.value.told }),
      tone: 'success',
    };
  },
});
