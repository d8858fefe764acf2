import { defineCommand } from '../src/interaction/command.js';
import { type Button, type Reply } from '../src/interaction/reply.js';
import { mySessionsReply } from '../src/views/session.js';

/** At most one row of buttons of each kind (platforms cap a row at five). */
const ROW = 5;

export default defineCommand({
  name: 'my-sessions',
  description: 'Your upcoming sessions: hosting, going, waitlisted, requested',
  access: 'anyone',
  scope: 'anywhere',
  options: {},
  async execute(ctx): Promise<Reply> {
    const mine = await ctx.core.sessions.mine(ctx.me);
    if (mine.length === 0)
      return { visibility: 'private', text: ctx.t.t('session-mine-none') };
    await ctx.rememberList('my-sessions', mine.map((m) => m.session.id));
    const views: Button[] = [];
    for (const [i, m] of mine.slice(0, ROW).entries()) views.push(await ctx.button(ctx.t.t('session-button-number', { n: String(i + 1) }), 'session', { session: m.session.id }));
    // Requests still waiting for the host: each withdrawn by the same /leave that frees a seat.
    const withdraws: Button[] = [];
    for (const [i, m] of mine.entries()) {
      if (m.role !== 'requested' || withdraws.length === ROW) continue;
      withdraws.push(await ctx.button(ctx.t.t('session-button-withdraw-number', { n: String(i + 1) }), 'leave', { session: m.session.id }, { style: 'danger' }));
    }
    const calendar = [await ctx.button(ctx.t.t('session-button-calendar-all'), 'calendar', {})];
    return mySessionsReply(ctx.t, mine, withdraws.length ? [views, withdraws, calendar] : [views, calendar]);
  },
});
