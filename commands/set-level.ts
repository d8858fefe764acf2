import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';

export default defineCommand({
  name: 'set-level',
  description: 'Set your fitness level: beginner, intermediate or advanced',
  access: 'anyone',
  scope: 'anywhere',
  options: { level: opt.level({ description: 'Your level: beginner, intermediate or advanced', required: true }) },
  positional: 'level',
  async execute(ctx, { level }) {
    await ctx.core.people.setLevel(ctx.me, level);
    return { visibility: 'private', text: `Level: **${level}**.`, tone: 'success' };
  },
});
