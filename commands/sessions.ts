import type { UserError } from '../src/result.js';
import { activityLabel } from '../src/domain/activities.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { type Button, errorReply, type Reply } from '../src/interaction/reply.js';
import { lastPageLabel, MAX_PAGE, pageOutOfRange } from '../src/views/pages.js';
import { sessionListReply } from '../src/views/session.js';

export default defineCommand({
  name: 'sessions',
  description: 'Browse workout sessions near you, with filters',
  access: 'anyone',
  scope: 'anywhere',
  options: {
    activity: opt.activity({ description: 'Only this activity, e.g. running' }),
    day: opt.text({ description: 'Only this day: "today", "tomorrow", "sat", "2026-12-05"', max: 40, label: 'The day' }),
    level: opt.level({ description: 'Only sessions that suit this level' }),
    distance: opt.integer({ description: 'How far to look, in km (default: your radius)', min: 1, max: 200, label: 'The distance', unit: ' km' }),
    page: opt.integer({ description: 'Page of results', min: 1, max: MAX_PAGE, label: 'The page' }),
  },
  positional: 'activity',
  needsProfile: true,
  slow: true,
  async execute(ctx, { activity, day, level, distance, page }): Promise<Reply | UserError> {
    const found = await ctx.core.sessions.browse(ctx.me, { activity, day, level, distanceKm: distance }, page ?? 1, ctx.community);
    if (!found.ok) return found.error;
    const r = found.value;
    const what = [activity ? activityLabel(activity) : null, level ? `for ${level}` : null, r.dayLabel ? `on ${r.dayLabel}` : null].filter(Boolean).join(' ');
    if (r.total === 0)
      return {
        visibility: 'private',
        title: 'No sessions found',
        text: `No ${what ? `${what} ` : ''}sessions within ${r.radiusKm} km right now. Look further with distance: …, or start one with /session-create.`,
      };
    const filters = { activity, day, level, distance };
    const keep = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
    if ((page ?? 1) > r.pages) return pageOutOfRange(r.pages, 'sessions', await ctx.button(lastPageLabel(r.pages), 'sessions', { ...keep, page: r.pages }));
    await ctx.rememberList('session', r.allIds);
    const first = (r.page - 1) * 5;
    const views: Button[] = [];
    for (const [i, it] of r.items.entries()) views.push(await ctx.button(`#${first + i + 1}`, 'session', { session: it.session.id }));
    const nav: Button[] = [];
    if (r.page > 1) nav.push(await ctx.button('◀ Previous', 'sessions', { ...keep, page: r.page - 1 }));
    if (r.page < r.pages) nav.push(await ctx.button('Next ▶', 'sessions', { ...keep, page: r.page + 1 }));
    return sessionListReply(
      `Sessions near you · page ${r.page} of ${r.pages}`,
      `${r.total} ${what ? `${what} ` : ''}${r.total === 1 ? 'session' : 'sessions'} within ${r.radiusKm} km. /join <number> asks the host to let you in; /session <number> shows one.`,
      r.items,
      first,
      nav.length ? [views, nav] : [views],
    );
  },
});
