import type { UserError } from '../src/result.js';
import { LEVEL_RANGE_CHOICES } from '../src/core/sessions-input.js';
import type { FarPlace } from '../src/core/sessions-reach.js';
import type { CommandContext } from '../src/interaction/command.js';
import { opt, type OptionValues } from '../src/interaction/options.js';
import type { Reply } from '../src/interaction/reply.js';
import { changeLine } from '../src/views/notifications/sessions.js';
import { roundKm } from './_session-create-run.js';

/**
 * What /session-edit and its far-place confirmation share: the changes a host may make, and
 * making them with the reply that tells the host. (A file starting with "_" is no command.)
 */
export const EDIT_OPTIONS = {
  when: opt.when({ description: 'New start, in your time: "sat 10am"' }),
  place: opt.place({ description: 'New meeting place' }),
  capacity: opt.integer({ description: 'New number of seats, 1 to 50', min: 1, max: 50, label: 'The capacity' }),
  duration: opt.text({ description: 'New length: "45 min", "1h30"', max: 20, label: 'The duration' }),
  title: opt.text({ description: 'New title', max: 80, label: 'The title' }),
  notes: opt.longText({ description: 'New notes for joiners (up to 500 characters)', max: 500, label: 'The notes', plural: true }),
  levels: opt.choice({ description: 'New level range: all, beginner, intermediate-advanced…', label: 'The level range', values: LEVEL_RANGE_CHOICES }),
  weekly: opt.boolean({ description: 'Repeat every week', label: 'Weekly' }),
};

export type EditValues = OptionValues<typeof EDIT_OPTIONS>;

/** "Atlantis is about 9,000 km from Tiergarten gate, where this community meets. Move the session there anyway?" */
function farText(ctx: CommandContext, far: FarPlace): string {
  const place = far.place.slice(0, 80);
  switch (far.from.kind) {
    case 'meeting-place':
      return ctx.t.t('session-edit-far-community', { place, km: roundKm(far.from.km), from: far.from.name });
    case 'members':
      return ctx.t.t('session-edit-far-members', { place });
    case 'home':
      return ctx.t.t('session-edit-far-home', { place, km: roundKm(far.from.km), from: far.from.area, radius: far.from.radiusKm });
  }
}

/** Move it there, or leave the session as it is: one answer, like every confirmation. */
async function confirmFar(ctx: CommandContext, sessionId: string, changes: EditValues, far: FarPlace): Promise<Reply> {
  const args = { ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)), session: sessionId };
  const move = await ctx.button(ctx.t.t('session-edit-far-move'), 'session-edit-far', { ...args, go: true }, { style: 'primary', once: true });
  const cancel = await ctx.button(ctx.t.t('flow-cancel'), 'session-edit-far', { ...args, go: false, confirm: move.action }, { style: 'danger', once: move.action });
  return { visibility: 'private', text: farText(ctx, far), buttons: [[move, cancel]], tone: 'warning' };
}

/** Edits the session (or asks which place, or whether a far place is meant) and tells the host what changed. */
export async function editSession(ctx: CommandContext, ref: string, changes: EditValues, farConfirmed: boolean): Promise<Reply | UserError> {
  // Pin the session by id, so a place picked from a list later still edits this one.
  const found = await ctx.core.sessions.find(ctx.me, ref);
  if (!found.ok) return found.error;
  const edited = await ctx.core.sessions.edit(ctx.me, found.value.id, { ...changes, farConfirmed });
  if (!edited.ok) return edited.error;
  if (edited.value.kind === 'ambiguous') {
    const keep = Object.fromEntries(Object.entries({ ...changes, session: found.value.id }).filter(([k, v]) => v !== undefined && k !== 'place'));
    return {
      visibility: 'private',
      text: [ctx.t.t('session-place-ambiguous', { name: (changes.place ?? '').slice(0, 60) }), ...edited.value.options.map((o, i) => `${i + 1}. ${o.label}`)].join('\n'),
      select: await ctx.select(ctx.t.t('session-place-choose'), 'session-edit', 'place', keep, edited.value.options),
    };
  }
  if (edited.value.kind === 'far') return confirmFar(ctx, found.value.id, changes, edited.value);
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
}
