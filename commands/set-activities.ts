import { activityLabel } from '../src/domain/activities.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';

export default defineCommand({
  name: 'set-activities',
  description: 'Set the activities you train, e.g. "running, yoga"',
  access: 'anyone',
  scope: 'anywhere',
  options: { activities: opt.activities({ description: 'Activities, comma-separated (running, cycling, gym, yoga, climbing…)', required: true }) },
  positional: 'activities',
  async execute(ctx, { activities }) {
    await ctx.core.people.setActivities(ctx.me, activities);
    return { visibility: 'private', text: `Activities: **${activities.map(activityLabel).join(', ')}**.`, tone: 'success' };
  },
});
