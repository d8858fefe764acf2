import type { UserError } from '../src/result.js';
import type { FarPlace } from '../src/core/sessions-reach.js';
import { onlyGiven, type CommandContext } from '../src/interaction/command.js';
import type { Reply } from '../src/interaction/reply.js';
import { changeLine } from '../src/views/notifications/sessions.js';
import { roundKm } from './_session-create-form.js';
import type { EditValues } from './_session-edit-form.js';
import sessionEdit from './session-edit.js';
import sessionEditFar from './session-edit-far.js';

/**
 * What /session-edit and its far-place confirmation share: making the changes, with the reply that
 * tells the host. (A file starting with "_" is no command.)
 */
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
  const args = onlyGiven({ ...changes, session: sessionId });
  const move = await ctx.button(ctx.t.t('session-edit-far-move'), sessionEditFar, { ...args, go: true }, { style: 'primary', once: true });
  const cancel = await ctx.button(ctx.t.t('flow-cancel'), sessionEditFar, { ...args, go: false, confirm: move.action }, { style: 'danger', once: move.action });
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
    const { place: _asked, ...others } = changes;
    const keep = onlyGiven({ ...others, session: found.value.id });
    return {
      visibility: 'private',
      text: [ctx.t.t('session-place-ambiguous', { name: (changes.place ?? '').slice(0, 60) }), ...edited.value.options.map((o, i) => `${i + 1}. ${o.label}`)].join('\n'),
      select: await ctx.select(ctx.t.t('session-place-choose'), sessionEdit, 'place', keep, edited.value.options),
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
