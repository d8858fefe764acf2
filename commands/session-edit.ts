import type { UserError } from '../src/result.js';
import { LEVEL_RANGE_CHOICES } from '../src/core/sessions-input.js';
import { defineCommand, onlyGiven } from '../src/interaction/command.js';
import { opt } from '../src/interaction/options.js';
import { type Reply } from '../src/interaction/reply.js';
import { changeLine } from '../src/views/notifications/sessions.js';
import sessionEdit from './session-edit.js';

export default defineCommand({
  name: 'session-edit',
  description: 'Change a session you host; everyone in it is told what changed',
  access: 'host',
  scope: 'anywhere',
  options: {
    session: opt.session({ description: 'The session: its number in /my-sessions, or its id', required: true, lists: ['my-sessions'] }),
    when: opt.when({ description: 'New start, in your time: "sat 10am"' }),
    place: opt.place({ description: 'New meeting place' }),
    capacity: opt.integer({ description: 'New number of seats, 1 to 50', min: 1, max: 50, label: 'The capacity' }),
    duration: opt.text({ description: 'New length: "45 min", "1h30"', max: 20, label: 'The duration' }),
    title: opt.text({ description: 'New title', max: 80, label: 'The title' }),
    notes: opt.longText({ description: 'New notes for joiners (up to 500 characters)', max: 500, label: 'The notes', plural: true }),
    levels: opt.choice({ description: 'New level range: all, beginner, intermediate-advanced…', label: 'The level range', values: LEVEL_RANGE_CHOICES }),
    weekly: opt.boolean({ description: 'Repeat every week', label: 'Weekly' }),
  },
  positional: 'session',
  guided: ['session', 'when', 'place', 'capacity', 'title', 'notes'],
  async execute(ctx, values): Promise<Reply | UserError> {
    // Pin the session by id, so a place picked from a list later still edits this one.
    const found = await ctx.core.sessions.find(ctx.me, values.session);
    if (!found.ok) return found.error;
    const { session: _ref, ...changes } = values;
    const edited = await ctx.core.sessions.edit(ctx.me, found.value.id, changes);
    if (!edited.ok) return edited.error;
    if (edited.value.kind === 'ambiguous') {
      // The place is what the select chooses; everything else asked for is kept as it was given.
      const { place: _asked, ...others } = changes;
      const keep = onlyGiven({ ...others, session: found.value.id });
      return {
        visibility: 'private',
        text: [ctx.t.t('session-place-ambiguous', { name: (values.place ?? '').slice(0, 60) }), ...edited.value.options.map((o, i) => `${i + 1}. ${o.label}`)].join('\n'),
        select: await ctx.select(ctx.t.t('session-place-choose'), sessionEdit, 'place', keep, edited.value.options),
      };
    }
    const { session: s, changes: done, promoted } = edited.value;
    const told = s.participants.length + s.waitlist.length;
    return {
      visibility: 'private',
      title: ctx.t.t('session-updated-title', { title: s.title }),
      text: [
        ...done.map((c) => `• ${changeLine(ctx.t, c)}`),
        ...(promoted.length ? [ctx.t.t('session-updated-promoted', { count: promoted.length })] : []),
        ctx.t.t('session-updated-now', { at: s.startsAt, place: s.place.label, told: told ? 'yes' : 'no' }),
      ].join('\n'),
      tone: 'success',
    };
  },
});
