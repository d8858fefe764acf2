import { parseAvailability } from '../src/core/parse/availability.js';
import { describeAvailability } from '../src/core/parse/availability-describe.js';
import { readingLang } from '../src/i18n/languages.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';

export default defineCommand({
  name: 'set-availability',
  description: 'When you can train each week, in words: "weekday evenings, sat morning"',
  requires: [{ kind: 'anyone' }],
  category: 'profile',
  options: { when: opt.text({ description: 'e.g. "weekday evenings, sat morning" or "mon/wed 6-8am"; "none" clears it', required: true, max: 300, label: 'Your availability' }) },
  positional: 'when',
  async execute(ctx, { when }) {
    const slots = parseAvailability(when, readingLang(ctx.t.lang));
    if (!slots.ok) return slots.error;
    await ctx.core.people.setAvailability(ctx.me, slots.value);
    return {
      visibility: 'private',
      text: slots.value.length
        ? ctx.t.t('profile-availability-set', { when: ctx.t.say(describeAvailability(slots.value)), zone: ctx.me.timeZone })
        : ctx.t.t('profile-availability-cleared'),
      tone: 'success',
    };
  },
});
