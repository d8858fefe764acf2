import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { type Reply } from '../src/interaction/reply.js';
import { nameOr, seatsLabel, sessionRef } from '../src/views/session.js';

export default defineCommand({
  name: 'request-accept',
  description: 'Accept a join request for a session you host',
  requires: [{ kind: 'host', option: 'request', via: 'request' }],
  category: 'sessions',
  options: { request: opt.text({ description: 'The request: its number in /requests', required: true, max: 64, label: 'The request', lists: ['requests'] }) },
  positional: 'request',
  async execute(ctx, { request }): Promise<Reply | UserError> {
    const answered = await ctx.core.sessions.accept(ctx.me, request);
    if (!answered.ok) return answered.error;
    const { requesterName, session: s, seat, position } = answered.value;
    return {
      visibility: 'private',
      text:
        seat === 'seated'
          ? ctx.t.t('session-accepted-seated', { name: nameOr(ctx.t, requesterName), session: sessionRef(ctx.t, s), seats: seatsLabel(ctx.t, s) })
          : ctx.t.t('session-accepted-waitlisted', { name: nameOr(ctx.t, requesterName), session: sessionRef(ctx.t, s), position }),
      tone: 'success',
    };
  },
});
