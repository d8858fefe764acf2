import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';

export default defineCommand({
  name: 'delete-me-cancel',
  description: 'Cancels /delete-me',
  requires: [{ kind: 'anyone' }],
  category: 'profile',
  hidden: true,
  options: { confirm: opt.text({ description: 'The confirmation button it cancels', max: 64, label: 'The button' }) },
  async execute(ctx, { confirm }) {
    // The "Yes" button of the same question stops working: cancelling is final.
    if (confirm) await ctx.core.actions.withdraw(ctx.me.id, confirm);
    return { visibility: 'private', text: ctx.t.t('delete-cancelled'), tone: 'info' };
  },
});
