import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { type Reply } from '../src/interaction/reply.js';
import { nameOr, sessionRef } from '../src/views/session.js';

export default defineCommand({
  name: 'request-decline',
  description: 'Decline a join request for a session you host',
  requires: [{ kind: 'host', option: 'request', via: 'request' }],
  category: 'sessions',
  options: { request: opt.text({ description: 'The request: its number in /requests', required: true, max: 64, label: 'The request', lists: ['requests'] }) },
  positional: 'request',
  async execute(ctx, { request }): Promise<Reply | UserError> {
    const answered = await ctx.core.sessions.decline(ctx.me, request);
    if (!answered.ok) return answered.error;
    const { requesterName, session } = answered.value;
    return { visibility: 'private', text: ctx.t.t('session-declined-done', { name: nameOr(ctx.t, requesterName), session: sessionRef(ctx.t, session) }) };
  },
});
