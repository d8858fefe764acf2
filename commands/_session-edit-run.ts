import type { UserError } from '../src/result.js';
import { onlyGiven, type CommandContext } from '../src/interaction/command.js';
import type { Reply } from '../src/interaction/reply.js';
import { changeLine } from '../src/views/notifications/sessions.js';
import { confirmFar, type FarWords, whichPlace } from './_session-place.js';
import type { EditValues } from './_session-edit-form.js';
import sessionEdit from './session-edit.js';
import sessionEditFar from './session-edit-far.js';

/**
 * What /session-edit and its far-place confirmation share: making the changes, with the reply that
 * tells the host. (A file starting with "_" is no command.)
 */
/** The far-place question of /session-edit: move the session there anyway? */
const FAR_WORDS: FarWords = {
  community: 'session-edit-far-community',
  members: 'session-edit-far-members',
  home: 'session-edit-far-home',
  go: 'session-edit-far-move',
};

/** Edits the session (or asks which place, or whether a far place is meant) and tells the host what changed. */
export async function editSession(ctx: CommandContext, ref: string, changes: EditValues, farConfirmed: boolean): Promise<Reply | UserError> {
  // A list number is already the session's id here (the option's `lists`), and the host
  // precondition found it: the id pins it, so a place picked from a list later edits this one.
  const id = ref.trim();
  const edited = await ctx.core.sessions.edit(ctx.me, id, { ...changes, farConfirmed });
  if (!edited.ok) return edited.error;
  if (edited.value.kind === 'ambiguous') {
    const { place: _asked, ...others } = changes;
    const keep = onlyGiven({ ...others, session: id });
    return whichPlace(ctx, changes.place ?? '', edited.value, sessionEdit, 'place', keep);
  }
  if (edited.value.kind === 'far') {
    const args = onlyGiven({ ...changes, session: id });
    return confirmFar(ctx, edited.value, FAR_WORDS, sessionEditFar, (go, confirm) => onlyGiven({ ...args, go, confirm }));
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
}
