import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { levelName } from '../src/views/words.js';

export default defineCommand({
  name: 'set-level',
  description: 'Set your fitness level: beginner, intermediate or advanced',
  requires: [{ kind: 'anyone' }],
  category: 'profile',
  options: { level: opt.level({ description: 'Your level: beginner, intermediate or advanced', required: true }) },
  positional: 'level',
  async execute(ctx, { level }) {
    await ctx.core.people.setLevel(ctx.me, level);
    return { visibility: 'private', text: ctx.t.t('profile-level-set', { level: levelName(ctx.t, level) }), tone: 'success' };
  },
});
