import { defineCommand } from '../src/interaction/command.js';
import { type Button, type Reply } from '../src/interaction/reply.js';
import { sessionListReply } from '../src/views/session.js';

export default defineCommand({
  name: 'my-sessions',
  description: 'Your upcoming sessions: hosting, going, waitlisted',
  access: 'anyone',
  scope: 'anywhere',
  options: {},
  async execute(ctx): Promise<Reply> {
    const mine = await ctx.core.sessions.mine(ctx.me);
    if (mine.length === 0)
      return { visibility: 'private', text: "You have no upcoming sessions. Find one with /sessions or start your own with /session-create." };
    await ctx.rememberList('session', mine.map((m) => m.session.id));
    const views: Button[] = [];
    for (const [i, m] of mine.slice(0, 5).entries()) views.push(await ctx.button(`#${i + 1}`, 'session', { session: m.session.id }));
    const items = mine.map((m) => ({
      session: m.session,
      distanceKm: null,
      note: m.role === 'host' ? 'you host' : m.role === 'participant' ? "you're in" : `waitlist #${m.position}`,
    }));
    return sessionListReply(
      `Your sessions (${mine.length})`,
      '/session <number> shows one, /leave <number> leaves it, /session-edit <number> changes one you host.',
      items,
      0,
      [views, [await ctx.button('Add all to calendar', 'calendar', {})]],
    );
  },
});
