import type { UserError } from '../src/result.js';
import { parseAvailability } from '../src/core/parse/availability.js';
import { readingLang } from '../src/i18n/languages.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import { profileReply } from '../src/views/profile.js';

/** The guided profile set-up: asked step by step, or given in one line with name: value pairs. */
export default defineCommand({
  name: 'setup',
  description: 'Set up your fitness profile step by step',
  access: 'anyone',
  scope: 'anywhere',
  options: {
    activities: opt.activities({ description: 'What do you train? e.g. "running, yoga"' }),
    level: opt.level({ description: 'Your level: beginner, intermediate or advanced' }),
    place: opt.place({ description: 'Where do you train? A city or area, "lat, lng", a map link — or share your location' }),
    radius: opt.integer({ description: 'How far will you travel, in km? (1–200)', min: 1, max: 200, label: 'The radius', unit: ' km' }),
    availability: opt.text({ description: 'When can you train? e.g. "weekday evenings, sat morning"', max: 300, label: 'Your availability' }),
    bio: opt.longText({ description: 'A few words about how you like to train', max: 300, label: 'Your bio' }),
  },
  guided: ['activities', 'level', 'place', 'radius', 'availability', 'bio'],
  async execute(ctx, values): Promise<Reply | Reply[] | UserError> {
    let me = ctx.me;
    if (values.availability !== undefined) {
      const slots = parseAvailability(values.availability, readingLang(ctx.t.lang));
      if (!slots.ok) return slots.error;
      me = await ctx.core.people.setAvailability(me, slots.value);
    }
    if (values.activities) me = await ctx.core.people.setActivities(me, values.activities);
    if (values.level) me = await ctx.core.people.setLevel(me, values.level);
    if (values.radius) me = await ctx.core.people.setRadius(me, values.radius);
    if (values.bio) me = await ctx.core.people.setBio(me, values.bio);
    if (values.place) {
      const located = await ctx.core.people.setLocation(me, { kind: 'text', text: values.place });
      if (!located.ok)
        return [
          profileReply(ctx.t, me, 'profile-title-so-far'),
          { visibility: 'private', text: ctx.t.t('setup-place-failed', { problem: located.error.message }), tone: 'error' },
        ];
      if (located.value.kind === 'ambiguous')
        return {
          visibility: 'private',
          text: ctx.t.t('setup-place-ambiguous', { place: values.place.slice(0, 60) }),
          select: await ctx.select(ctx.t.t('profile-choose-area'), 'set-location', 'place', {}, located.value.options.map((o) => ({ value: o.label, label: o.label.slice(0, 100) }))),
        };
      me = located.value.profile;
    }
    const reply = profileReply(ctx.t, me, 'profile-title-saved');
    return {
      ...reply,
      tone: 'success',
      buttons: [[await ctx.button(ctx.t.t('profile-button-match'), 'match', {}, { style: 'primary' }), await ctx.button(ctx.t.t('profile-button-sessions'), 'sessions', {})]],
    };
  },
});
