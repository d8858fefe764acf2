import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import setLocation from './set-location.js';

export default defineCommand({
  name: 'set-location',
  description: 'Set your home area: a city or area, "lat, lng", a map link, or share your location',
  requires: [{ kind: 'anyone' }],
  category: 'profile',
  options: { place: opt.place({ description: 'Your city or area (e.g. "Kreuzberg, Berlin"), "lat, lng" or a map link', required: true }) },
  positional: 'place',
  async execute(ctx, { place }): Promise<Reply | UserError> {
    const outcome = await ctx.core.people.setLocation(ctx.me, { kind: 'text', text: place });
    if (!outcome.ok) return outcome.error;
    if (outcome.value.kind === 'ambiguous') {
      return {
        visibility: 'private',
        text: ctx.t.t('profile-place-ambiguous', { place: place.slice(0, 60) }),
        select: await ctx.select(
          ctx.t.t('profile-choose-area'),
          setLocation,
          'place',
          {},
          outcome.value.options.map((o) => ({ value: o.label, label: o.label.slice(0, 100) })),
        ),
      };
    }
    const { profile, place: resolved, zoneChanged } = outcome.value;
    const args = { area: resolved.label, km: profile.radiusKm, zone: resolved.timeZone };
    return {
      visibility: 'private',
      text: ctx.t.t(zoneChanged ? 'profile-area-set-zone' : 'profile-area-set', args),
      tone: 'success',
    };
  },
});
