import type { UserError } from '../src/result.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';

export default defineCommand({
  name: 'set-location',
  description: 'Set your home area: a city or area, "lat, lng", a map link, or share your location',
  access: 'anyone',
  scope: 'anywhere',
  options: { place: opt.place({ description: 'Your city or area (e.g. "Kreuzberg, Berlin"), "lat, lng" or a map link', required: true }) },
  positional: 'place',
  async execute(ctx, { place }): Promise<Reply | UserError> {
    const outcome = await ctx.core.people.setLocation(ctx.me, { kind: 'text', text: place });
    if (!outcome.ok) return outcome.error;
    if (outcome.value.kind === 'ambiguous') {
      return {
        visibility: 'private',
        text: `There are several places called "${place.slice(0, 60)}". Which one?`,
        select: await ctx.select(
          'Choose your area',
          'set-location',
          'place',
          {},
          outcome.value.options.map((o) => ({ value: o.label, label: o.label.slice(0, 100) })),
        ),
      };
    }
    const { profile, place: resolved, zoneChanged } = outcome.value;
    const zoneNote = zoneChanged ? ` Your time zone is now ${resolved.timeZone}; change it with /set-timezone if that's wrong.` : '';
    return {
      visibility: 'private',
      text: `Home area set to **${resolved.label}** (matching within ${profile.radiusKm} km). Only the area name is ever shown to others.${zoneNote}`,
      tone: 'success',
    };
  },
});
