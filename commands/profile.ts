import { defineCommand } from '../src/interaction/command.js';
import { profileReply } from '../src/views/profile.js';

export default defineCommand({
  name: 'profile',
  description: 'Show your profile (only you see it)',
  access: 'anyone',
  scope: 'anywhere',
  options: {},
  async execute(ctx) {
    const reply = profileReply(ctx.me);
    const toggle = ctx.me.status === 'active' ? await ctx.button('Pause', 'pause', {}) : await ctx.button('Resume', 'resume', {}, { style: 'success' });
    return { ...reply, buttons: [[await ctx.button('Edit with /setup', 'setup', {}, { style: 'primary' }), toggle, await ctx.button('Export my data', 'export', {})]] };
  },
});
