import { defineCommand } from '../src/interaction/command.js';
import type { Reply } from '../src/interaction/reply.js';

export default defineCommand({
  name: 'places',
  description: "This community's curated public meeting places",
  requires: [{ kind: 'in-community' }],
  category: 'sessions',
  options: {},
  async execute(ctx): Promise<Reply> {
    const names = ctx.core.moderation.placeNames(ctx.community);
    const community = ctx.community?.name ?? ctx.t.t('session-places-this-community');
    if (names.length === 0) return { visibility: 'private', text: ctx.t.t('session-places-none', { community }) };
    // So that "/place-remove 2" means the second place shown here.
    await ctx.rememberList('places', names);
    return {
      visibility: 'private',
      title: ctx.t.t('session-places-title', { community }),
      text: `${names.map((n, i) => `${i + 1}. ${n}`).join('\n')}\n\n${ctx.t.t('session-places-footer')}`,
    };
  },
});
