import { DateTime } from 'luxon';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import calendarFeed from './calendar-feed.js';

/** A live calendar of your sessions to subscribe to once (Google Calendar, Apple Calendar, Outlook). */
export default defineCommand({
  name: 'calendar-feed',
  description: 'A private calendar address with your sessions, kept up to date',
  requires: [{ kind: 'anyone' }],
  category: 'sessions',
  options: {
    action: opt.choice({
      description: 'on (show or make your address), reset (a new address; the old one stops), off',
      label: 'What to do',
      values: [
        { value: 'on', label: 'On' },
        { value: 'reset', label: 'Reset' },
        { value: 'off', label: 'Off' },
      ],
    }),
  },
  positional: 'action',
  async execute(ctx, { action }): Promise<Reply> {
    const { t, core, me } = ctx;
    const base = core.deps.settings.feedBaseUrl;
    // Feeds are served by the ops server: a deployment without one has no address to give.
    if (!base) return { visibility: 'private', text: t.t('feed-unavailable'), tone: 'warning' };
    if (action === 'off') {
      const had = await core.feeds.stop(me);
      return { visibility: 'private', text: t.t(had ? 'feed-off' : 'feed-was-off'), tone: had ? 'success' : 'info' };
    }
    const existing = await core.feeds.current(me);
    if (existing && action !== 'reset') {
      const since = DateTime.fromJSDate(existing.createdAt, { zone: me.timeZone }).setLocale(t.lang === 'en-XA' ? 'en' : t.lang).toLocaleString(DateTime.DATE_MED);
      return {
        visibility: 'private',
        text: t.t('feed-exists', { since }),
        buttons: [
          [
            await ctx.button(t.t('feed-button-reset'), calendarFeed, { action: 'reset' }, { style: 'primary' }),
            await ctx.button(t.t('feed-button-off'), calendarFeed, { action: 'off' }, { style: 'danger' }),
          ],
        ],
      };
    }
    const token = await core.feeds.issue(me);
    const url = `${base}/calendar/${token}.ics`;
    return {
      visibility: 'private',
      title: t.t('feed-title'),
      text: t.t(existing ? 'feed-reset' : 'feed-made', { url }),
      tone: 'success',
    };
  },
});
