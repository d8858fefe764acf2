import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { type Button, type Reply } from '../src/interaction/reply.js';
import { sessionDetailReply } from '../src/views/session.js';
import calendar from './calendar.js';
import join from './join.js';
import leave from './leave.js';
import requests from './requests.js';

export default defineCommand({
  name: 'session',
  description: 'Show one session: when, where, level, seats',
  requires: [{ kind: 'anyone' }],
  category: 'sessions',
  options: { session: opt.session({ description: 'The session: its number in /sessions or /my-sessions, or its id', required: true, lists: ['sessions', 'my-sessions'] }) },
  positional: 'session',
  async execute(ctx, { session }): Promise<Reply | UserError> {
    const found = await ctx.core.sessions.view(ctx.me, session);
    if (!found.ok) return found.error;
    const v = found.value;
    const s = v.session;
    const live = s.status === 'open' || s.status === 'full';
    const buttons: Button[] = [];
    if (live && s.startsAt > ctx.now) {
      if (v.role === 'none') buttons.push(await ctx.button(ctx.t.t('session-button-join'), join, { session: s.id }, { style: 'primary' }));
      if (v.role === 'requested') buttons.push(await ctx.button(ctx.t.t('session-button-withdraw'), leave, { session: s.id }, { style: 'danger' }));
      if (v.role === 'participant' || v.role === 'waitlisted') buttons.push(await ctx.button(ctx.t.t('session-button-leave'), leave, { session: s.id }, { style: 'danger' }));
      if (v.role === 'host' && v.pendingRequests > 0)
        buttons.push(await ctx.button(ctx.t.t('session-button-requests', { count: v.pendingRequests }), requests, { session: s.id }, { style: 'primary' }));
    }
    buttons.push(await ctx.button(ctx.t.t('session-button-calendar'), calendar, { session: s.id }));
    return sessionDetailReply(ctx.t, v, [buttons]);
  },
});
