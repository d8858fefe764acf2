import type { UserError } from '../src/result.js';
import { activityName, levelName } from '../src/views/words.js';
import { defineCommand, onlyGiven } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { type Button, type Reply } from '../src/interaction/reply.js';
import { lastPageLabelIn, MAX_PAGE, pageOutOfRangeIn } from '../src/views/pages.js';
import { sessionListReply } from '../src/views/session.js';
import session from './session.js';
import sessions from './sessions.js';

export default defineCommand({
  name: 'sessions',
  description: 'Browse workout sessions near you, with filters',
  requires: [{ kind: 'profile-complete' }],
  category: 'sessions',
  options: {
    activity: opt.activity({ description: 'Only this activity, e.g. running' }),
    day: opt.text({ description: 'Only this day: "today", "tomorrow", "sat", "2026-12-05"', max: 40, label: 'The day' }),
    level: opt.level({ description: 'Only sessions that suit this level' }),
    distance: opt.integer({ description: 'How far to look, in km (default: your radius)', min: 1, max: 200, label: 'The distance', unit: ' km' }),
    page: opt.integer({ description: 'Page of results', min: 1, max: MAX_PAGE, label: 'The page' }),
  },
  positional: ['activity', 'level', 'day'],
  slow: true,
  async execute(ctx, { activity, day, level, distance, page }): Promise<Reply | UserError> {
    const found = await ctx.core.sessions.browse(ctx.me, { activity, day, level, distanceKm: distance }, page ?? 1, ctx.community);
    if (!found.ok) return found.error;
    const r = found.value;
    // Which sessions: "Running", "for beginner", "on Sat 28 Nov", each said in the reader's language.
    const what = [
      activity ? activityName(ctx.t, activity) : null,
      level ? ctx.t.t('session-filter-level', { level: levelName(ctx.t, level) }) : null,
      r.day ? ctx.t.t('session-filter-day', { day: r.day }) : null,
    ]
      .filter(Boolean)
      .join(' ');
    if (r.total === 0)
      return {
        visibility: 'private',
        title: ctx.t.t('session-browse-none-title'),
        text: ctx.t.t(what ? 'session-browse-none-filtered' : 'session-browse-none', { what, km: r.radiusKm }),
      };
    const keep = onlyGiven({ activity, day, level, distance });
    if ((page ?? 1) > r.pages) return pageOutOfRangeIn(ctx.t, r.pages, 'sessions', await ctx.button(lastPageLabelIn(ctx.t, r.pages), sessions, { ...keep, page: r.pages }));
    await ctx.rememberList('sessions', r.allIds);
    const first = (r.page - 1) * 5;
    const views: Button[] = [];
    for (const [i, it] of r.items.entries()) views.push(await ctx.button(ctx.t.t('session-button-number', { n: String(first + i + 1) }), session, { session: it.session.id }));
    const nav: Button[] = [];
    if (r.page > 1) nav.push(await ctx.button(ctx.t.t('session-button-previous'), sessions, { ...keep, page: r.page - 1 }));
    if (r.page < r.pages) nav.push(await ctx.button(ctx.t.t('session-button-next'), sessions, { ...keep, page: r.page + 1 }));
    return sessionListReply(
      ctx.t,
      ctx.t.t('session-browse-title', { page: r.page, pages: r.pages }),
      ctx.t.t(what ? 'session-browse-intro-filtered' : 'session-browse-intro', { count: r.total, what, km: r.radiusKm }),
      r.items,
      first,
      nav.length ? [views, nav] : [views],
    );
  },
});
