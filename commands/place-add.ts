import type { UserError } from '../src/result.js';
import { PLACE_NAME_MAX } from '../src/core/moderation.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { type Reply } from '../src/interaction/reply.js';
import placeAdd from './place-add.js';

export default defineCommand({
  name: 'place-add',
  description: 'Add a public meeting place to this community (moderators)',
  requires: [{ kind: 'in-community' }, { kind: 'moderator' }],
  category: 'moderators',
  options: {
    name: opt.text({ description: 'The name people will see, e.g. "Tiergarten main gate"', required: true, max: PLACE_NAME_MAX, label: 'The name' }),
    location: opt.place({ description: 'Where it is: a map link, "lat, lng" or an area name (never shown)', required: true }),
  },
  guided: ['name', 'location'],
  async execute(ctx, { name, location }): Promise<Reply | UserError> {
    const outcome = await ctx.core.moderation.addPlace(ctx, name, location);
    if (!outcome.ok) return outcome.error;
    if (outcome.value.kind === 'ambiguous')
      return {
        visibility: 'private',
        text: ctx.t.t('session-place-add-ambiguous', { name: location.slice(0, 60) }),
        select: await ctx.select(
          ctx.t.t('session-place-add-choose'),
          placeAdd,
          'location',
          { name },
          outcome.value.options.map((o) => ({ value: o, label: o.slice(0, 100) })),
        ),
      };
    const { name: saved, area, count } = outcome.value;
    return {
      visibility: 'private',
      text: ctx.t.t('session-place-added', { name: saved, area, count }),
      tone: 'success',
    };
  },
});
