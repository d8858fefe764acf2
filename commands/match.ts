import type { UserError } from '../src/result.js';
import type { PersonId } from '../src/domain/ids.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Button, Reply } from '../src/interaction/reply.js';
import { matchListReply } from '../src/views/matches.js';
import { distinctNames } from '../src/domain/names.js';
import { MAX_PAGE } from '../src/views/pages.js';
import connect from './connect.js';
import match from './match.js';
import plan from './plan.js';

export default defineCommand({
  name: 'match',
  description: 'Find workout buddies near you, ranked and explained',
  requires: [{ kind: 'profile-complete' }],
  category: 'buddies',
  options: { page: opt.integer({ description: 'Page of results', min: 1, max: MAX_PAGE, label: 'The page' }) },
  positional: 'page',
  slow: true,
  async execute(ctx, { page }): Promise<Reply | UserError> {
    const found = await ctx.core.matching.findMatches(ctx.me, ctx.community, page ?? 1);
    if (!found.ok) return found.error;
    const { matches, pages, total } = found.value;
    const index = found.value.page;
    if (total === 0)
      return {
        visibility: 'private',
        title: ctx.t.t('match-none-title'),
        text: ctx.t.t('match-none-text', { km: ctx.me.radiusKm }),
      };
    if ((page ?? 1) > pages)
      return {
        visibility: 'private',
        text: ctx.t.t('match-page-out-of-range', { pages }),
        tone: 'error',
        buttons: [[await ctx.button(ctx.t.t('match-button-last-page', { pages }), match, { page: pages })]],
      };
    const first = (index - 1) * 5;
    await ctx.rememberList('matches', found.value.allIds);
    const names = distinctNames(matches.map((m) => m.person));
    const nameOf = (id: PersonId) => names.get(id) ?? ctx.t.t('match-someone');
    const buttons: Button[][] = [];
    for (const [i, m] of matches.entries())
      buttons.push([
        await ctx.button(ctx.t.t('match-button-connect', { number: String(first + i + 1), name: nameOf(m.person.id) }).slice(0, 80), connect, { person: m.person.id }, { style: 'primary' }),
        // Straight to a time together: /plan takes anyone one could connect with.
        await ctx.button(ctx.t.t('match-button-plan', { number: String(first + i + 1), name: nameOf(m.person.id) }).slice(0, 80), plan, { person: m.person.id }),
      ]);
    const nav: Button[] = [];
    if (index > 1) nav.push(await ctx.button(ctx.t.t('match-button-previous'), match, { page: index - 1 }));
    if (index < pages) nav.push(await ctx.button(ctx.t.t('match-button-next'), match, { page: index + 1 }));
    if (nav.length) buttons.push(nav);
    return matchListReply(ctx.t, found.value, buttons, names);
  },
});
