import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';

export default defineCommand({
  name: 'set-name',
  description: 'The name other people see',
  access: 'anyone',
  scope: 'anywhere',
  options: { name: opt.text({ description: 'Your display name (up to 40 characters)', required: true, max: 40, label: 'Your name' }) },
  positional: 'name',
  async execute(ctx, { name }) {
    await ctx.core.people.setDisplayName(ctx.me, name);
    return { visibility: 'private', text: `You'll appear as **${name}**.`, tone: 'success' };
  },
});
