import { defineCommand } from '../src/interaction/command.js';

export default defineCommand({
  name: 'resume',
  description: 'Appear in matching again',
  requires: [{ kind: 'anyone' }],
  category: 'profile',
  options: {},
  async execute(ctx) {
    await ctx.core.people.setStatus(ctx.me, 'active');
    return { visibility: 'private', text: ctx.t.t('profile-resumed'), tone: 'success' };
  },
});
