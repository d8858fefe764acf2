import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import { SESSION_OPTIONS } from './_session-create-form.js';
import { createSession } from './_session-create-run.js';

/** The answer to "Create it there anyway?": a session at a place far from its community or its host. */
export default defineCommand({
  name: 'session-create-far',
  description: 'Creates a session at a place far away, once its host said yes',
  requires: [{ kind: 'anyone' }],
  category: 'sessions',
  hidden: true,
  options: {
    go: opt.boolean({ description: 'Create it there (yes) or not at all (no)', required: true, label: 'The answer' }),
    ...SESSION_OPTIONS,
    confirm: opt.text({ description: 'The Create button that cancelling withdraws', max: 64, label: 'The button' }),
  },
  async execute(ctx, { go, confirm, ...values }): Promise<Reply | UserError> {
    if (!go) {
      if (confirm) await ctx.core.actions.withdraw(ctx.me.id, confirm);
      return { visibility: 'private', text: ctx.t.t('guided-far-cancelled'), tone: 'info' };
    }
    return createSession(ctx, values, true);
  },
});
