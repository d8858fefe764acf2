import type { UserError } from '../src/result.js';
import { LEVEL_RANGE_CHOICES } from '../src/core/sessions-input.js';
import { defineCommand } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { at } from '../src/domain/phrase.js';
import { type Reply } from '../src/interaction/reply.js';
import { levelsLabel, seatsLabel } from '../src/views/session.js';
import { activityName } from '../src/views/words.js';

export default defineCommand({
  name: 'session-create',
  description: 'Create a workout session that people nearby can ask to join',
  access: 'anyone',
  scope: 'anywhere',
  options: {
    activity: opt.activity({ description: 'What you will do, e.g. running, yoga, climbing', required: true }),
    when: opt.when({ description: 'When it starts, in your own time: "tomorrow 7am", "sat 9:30"', required: true }),
    place: opt.place({ description: "Where to meet: one of this community's meeting places, or any area", required: true }),
    capacity: opt.integer({ description: 'Seats for others, 1 to 50 (default 4)', min: 1, max: 50, label: 'The capacity' }),
    levels: opt.choice({ description: 'Who it suits: all, beginner, intermediate-advanced… (default all)', label: 'The level range', values: LEVEL_RANGE_CHOICES }),
    duration: opt.text({ description: 'How long: "45 min", "1h30" (default 1 h)', max: 20, label: 'The duration' }),
    title: opt.text({ description: 'A short title (default: the activity)', max: 80, label: 'The title' }),
    notes: opt.longText({ description: 'Notes for joiners: pace, what to bring (up to 500 characters)', max: 500, label: 'The notes', plural: true }),
    weekly: opt.boolean({ description: 'Repeat it every week at the same time', label: 'Weekly' }),
  },
  positional: ['activity', 'when', 'place', 'capacity'],
  guided: ['activity', 'when', 'place', 'capacity', 'levels', 'notes'],
  async execute(ctx, values): Promise<Reply | UserError> {
    // An untitled session is named in its host's language: "Running session", "Laufen-Session".
    const title = values.title ?? ctx.t.t('session-default-title', { activity: activityName(ctx.t, values.activity) });
    const created = await ctx.core.sessions.create(ctx.me, ctx.community, { ...values, title });
    if (!created.ok) return created.error;
    if (created.value.kind === 'ambiguous') {
      const { place, ...rest } = values;
      const keep = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
      return {
        visibility: 'private',
        text: [ctx.t.t('session-place-ambiguous', { name: place.slice(0, 60) }), ...created.value.options.map((o, i) => `${i + 1}. ${o.label}`)].join('\n'),
        select: await ctx.select(ctx.t.t('session-place-choose'), 'session-create', 'place', keep, created.value.options),
      };
    }
    const { session: s, announced } = created.value;
    const where = announced ? 'announced' : ctx.community ? 'no-channel' : 'private';
    const facts = [
      ctx.t.t('session-created-when', { at: s.startsAt, relative: at(s.startsAt, 'R'), place: s.place.label }),
      levelsLabel(ctx.t, s.levels),
      seatsLabel(ctx.t, s),
      ...(s.recurrence === 'weekly' ? [ctx.t.t('session-repeats-weekly')] : []),
    ];
    return {
      visibility: 'private',
      title: ctx.t.t('session-created-title', { title: s.title }),
      text: `${facts.join(' · ')}.\n${ctx.t.t('session-created-where', { where })}`,
      buttons: [
        [
          await ctx.button(ctx.t.t('session-button-view'), 'session', { session: s.id }),
          await ctx.button(ctx.t.t('session-button-calendar'), 'calendar', { session: s.id }),
        ],
      ],
      tone: 'success',
    };
  },
});
