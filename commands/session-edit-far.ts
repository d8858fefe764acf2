import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import { EDIT_OPTIONS } from './_session-edit-form.js';
import { editSession } from './_session-edit-run.js';

/** The answer to "Move the session there anyway?": an edit to a place far from its community or its host. */
export default defineCommand({
  name: 'session-edit-far',
  description: 'Moves a session to a place far away, once its host said yes',
  requires: [{ kind: 'host', option: 'session', via: 'session' }],
  category: 'sessions',
  hidden: true,
  options: {
    go: opt.boolean({ description: 'Move it there (yes) or leave it (no)', required: true, label: 'The answer' }),
    session: opt.text({ description: 'The session id', required: true, max: 64, label: 'The session' }),
    ...EDIT_OPTIONS,
    confirm: opt.text({ description: 'The Move button that cancelling withdraws', max: 64, label: 'The button' }),
  },
  async execute(ctx, { go, confirm, session, ...changes }): Promise<Reply | UserError> {
    if (!go) {
      if (confirm) await ctx.core.actions.withdraw(ctx.me.id, confirm);
      return { visibility: 'private', text: ctx.t.t('session-edit-far-cancelled'), tone: 'info' };
    }
    return editSession(ctx, session, changes, true);
  },
});
