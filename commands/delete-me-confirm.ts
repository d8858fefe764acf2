import { defineCommand } from '../src/interaction/command.js';

export default defineCommand({
  name: 'delete-me-confirm',
  description: 'Confirms /delete-me',
  requires: [{ kind: 'anyone' }],
  category: 'profile',
  hidden: true,
  options: {},
  slow: true,
  async execute(ctx) {
    const erasure = await ctx.core.people.erase(ctx.me);
    return {
      visibility: 'private',
      text: ctx.t.t('delete-done', { cancelled: erasure.cancelledSessions.length, told: erasure.told }),
      tone: 'success',
    };
  },
});
