import { defineCommand } from '../src/interaction/command.js';

export default defineCommand({
  name: 'pause',
  description: 'Hide yourself from matching and alerts for now',
  requires: [{ kind: 'anyone' }],
  category: 'profile',
  options: {},
  async execute(ctx) {
    await ctx.core.people.setStatus(ctx.me, 'paused');
    return { visibility: 'private', text: ctx.t.t('profile-paused'), tone: 'success' };
  },
});
