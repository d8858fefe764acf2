import { defineCommand } from '../src/interaction/command.js';
import type { Reply } from '../src/interaction/reply.js';
import { trainingCalendarPicture } from '../src/views/images/training-calendar.js';
import { statsReply } from '../src/views/progress.js';

export default defineCommand({
  name: 'stats',
  description: 'Your training calendar, streaks, show-up rate, buddies and top activities',
  requires: [{ kind: 'anyone' }],
  category: 'sessions',
  options: {},
  // The picture is rendered on a worker thread: Discord gets a deferral rather than a race.
  slow: true,
  async execute(ctx): Promise<Reply> {
    const stats = { ...(await ctx.core.sessions.stats(ctx.me)), buddyStreaks: await ctx.core.meetings.streaks(ctx.me) };
    return ctx.pictures.attach(statsReply(ctx.me.displayName, stats, ctx.t), trainingCalendarPicture(ctx.me.displayName, stats, ctx.t));
  },
});
