import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { activityNames } from '../src/views/words.js';

export default defineCommand({
  name: 'set-activities',
  description: 'Set the activities you train, e.g. "running, yoga"',
  requires: [{ kind: 'anyone' }],
  category: 'profile',
  options: { activities: opt.activities({ description: 'Activities, comma-separated (running, cycling, gym, yoga, climbing…)', required: true }) },
  positional: 'activities',
  async execute(ctx, { activities }) {
    await ctx.core.people.setActivities(ctx.me, activities);
    return { visibility: 'private', text: ctx.t.t('profile-activities-set', { activities: activityNames(ctx.t, activities) }), tone: 'success' };
  },
});
